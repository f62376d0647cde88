import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { App } from '../../src/ui/App.js';
import { formatMeter, formatMonth, formatTroopsShort, sanitize } from '../../src/ui/format.js';
import { PANEL_COLS } from '../../src/ui/layout.js';
import { opening, testGame } from './helpers/game.js';
import { isReading, KEY, type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

function start(game = testGame(), size = { cols: 80, rows: 24 }) {
  ui = renderUI(<App start={{ screen: 'game', game }} />, size);
  return { ui, game };
}

describe('the game screen', () => {
  it('shows month and turn, the meters as bars, the tracks and the options', async () => {
    const { ui, game } = start(testGame(), { cols: 100, rows: 30 });
    const view = game.twin.view();
    const f = await ui.readToOptions();
    expect(f).toContain(`Turn ${view.turn} of 4`);
    expect(f).toContain(formatMonth(view.month));
    expect(f).toContain(`capital ${view.meters.capital}`);
    expect(f).toContain(`US troops ${formatTroopsShort(view.meters.usTroops)}`);
    expect(f).toMatch(/█+░+/);
    for (const label of ['UN resolution', 'Iraqi invitation', 'Command']) expect(f).toContain(label);
    expect(f).toContain(`› 1) ${opening(view.choices[0]!.text, 2)}`);
    expect(f).toContain('Esc/q: quit');
    expect(f).toContain('? help');
  });

  it('takes an option by its digit and shows what it cost', async () => {
    const { ui, game } = start();
    await ui.readToOptions();
    const before = game.twin.view();
    const after = game.twin.choose(1);
    await ui.press('2');
    const f = await ui.waitFor(formatMeter('capital', after.meters.capital, after.delta?.capital));
    // The option taken stays on screen above what follows it, with what it changed under it.
    expect(f).toContain(`▸ ${opening(before.choices[1]!.text)}`);
    expect(f.split('\n')[f.split('\n').findIndex((l) => l.includes('▸ ')) + 1]).toMatch(/^ {3}= capital /);
    // The autosave runs once the frame is drawn.
    await ui.waitFor(() => game.save.mock.calls.length === 1);
    expect(game.session.view().decisions).toHaveLength(1);
  });

  it('moves the highlight with the arrows and takes it with Enter', async () => {
    const { ui, game } = start();
    await ui.readToOptions();
    await ui.waitFor('› 1)');
    await ui.press(KEY.down);
    await ui.waitFor('› 2)');
    await ui.press(KEY.up, KEY.up);
    const n = game.twin.view().choices.length;
    await ui.waitFor(`› ${n})`);
    await ui.press(KEY.enter);
    await ui.waitFor(() => game.session.view().decisions.length === 1);
    expect(game.session.view().decisions[0]!.index).toBe(n - 1);
  });

  it('scrolls the story with PgUp/PgDn and j/k, and never loses earlier passages', async () => {
    const { ui, game } = start();
    // While reading, the rule counts the lines below; scrolling moves that count.
    const first = await ui.waitFor(isReading);
    const below = (f: string) => Number(/↓(\d+) Enter: read on/.exec(f)?.[1]);
    const all = below(first);
    expect(all).toBeGreaterThan(0);
    await ui.press(KEY.pageDown);
    const down = below(await ui.waitFor((f) => below(f) < all));
    await ui.press('k');
    await ui.waitFor(`↓${down + 1} `);
    await ui.press('j', 'j');
    await ui.waitFor(`↓${down - 1} `);
    await ui.press(KEY.pageUp, KEY.pageUp, KEY.pageUp);
    await ui.waitFor(`↓${all} `);
    // With the options on screen, the rule counts the lines above.
    const end = await ui.readToOptions();
    expect(end).toMatch(/↑\d+ PgUp\/PgDn/);
    // After a decision, the first passage is still there, above.
    await ui.press('1');
    await ui.waitFor(() => game.session.view().decisions.length === 1);
    await ui.press('g');
    // Back at the top, with more below than before: the first passage, then the second.
    const top = await ui.waitFor((f) => below(f) > all);
    expect(top).toContain('── Turn 1');
  });

  it('undoes the last decision with u, says what it took back, and offers u only when there is one', async () => {
    const { ui, game } = start();
    const f = await ui.readToOptions();
    expect(f).not.toContain('u: undo');
    const taken = game.twin.view().choices[1]!.text;
    await ui.press('2');
    const after = await ui.waitFor('u: undo');
    expect(after).toMatch(/capital \d+/);
    await ui.press('u');
    // The footer says what was taken back until the next key.
    const back = await ui.waitFor(`Took back: ${opening(sanitize(taken))}`);
    expect(back).toContain(`capital ${game.twin.view().meters.capital} `);
    expect(game.session.view().decisions).toHaveLength(0);
    await ui.waitFor(() => game.save.mock.calls.length === 2);
    // Back at the passage, with the option taken back still highlighted, and nothing to undo.
    const again = await ui.readToOptions();
    expect(again).toContain(`› 2) ${opening(taken)}`);
    expect(again).not.toContain('u: undo');
  });

  it('leaves u out when the scenario forbids undo, and says why', async () => {
    const { ui } = start(testGame('nato', { undo: false }));
    await ui.readToOptions();
    await ui.press('1');
    const f = await ui.waitFor('▸ ');
    expect(f).not.toContain('u: undo');
    await ui.press('u');
    await ui.waitFor('Undo is off for this game.');
  });

  it('shows the history of decisions with h', async () => {
    const { ui, game } = start();
    await ui.readToOptions();
    const taken = game.twin.view().choices[0]!.text;
    await ui.press('1');
    await ui.waitFor('u: undo');
    await ui.press('h');
    const f = await ui.waitFor('History · 1 decision');
    expect(f).toContain(`1. ${opening(taken)}`);
    expect(f).toMatch(/capital \d+ → \d+/);
    await ui.press(KEY.escape);
    await ui.waitFor('u: undo');
  });

  it('shows the glossary with w, and w or Esc closes it', async () => {
    const { ui, game } = start(testGame(), { cols: 100, rows: 40 });
    const terms = game.twin.view().glossary;
    expect(terms.length).toBeGreaterThan(10);
    await ui.readToOptions();
    await ui.press('w');
    const f = await ui.waitFor(`Glossary · ${terms.length} terms`);
    // The first terms, each name and the opening of its explanation.
    expect(f).toContain(terms[0]!.name);
    expect(f).toContain(opening(terms[0]!.text, 4));
    expect(f).toContain(terms[1]!.name);
    await ui.press('w');
    await ui.waitFor((frame) => !frame.includes('Glossary ·') && frame.includes('1)'));
    await ui.press('w');
    await ui.waitFor('Glossary ·');
    await ui.press(KEY.escape);
    await ui.waitFor((frame) => !frame.includes('Glossary ·') && frame.includes('1)'));
  });

  it('shows the historical note of the passage with n', async () => {
    const { ui, game } = start();
    const notes = game.twin.view().passage.notes;
    const f = await ui.readToOptions();
    if (notes.length === 0) {
      expect(f).not.toContain('n: note');
      await ui.press('n');
      await ui.waitFor('There is no historical note');
      return;
    }
    expect(f).toContain('n: note');
    await ui.press('n');
    const open = await ui.waitFor('Historical note');
    expect(open).toContain(opening(notes[0]!, 2));
    await ui.press('n');
    await ui.waitFor('1)');
  });

  it('says there is no note when the passage has none, and leaves n out of the footer', async () => {
    const game = testGame();
    // Play on, in both sessions, to the first passage without a note.
    let steps = 0;
    while (game.twin.view().passage.notes.length > 0) {
      game.twin.choose(0);
      game.session.choose(0);
      steps++;
    }
    expect(steps).toBeGreaterThan(0);
    expect(game.twin.view().ended).toBe(false);
    const { ui } = start(game);
    const f = await ui.readToOptions();
    expect(f).not.toContain('n: note');
    await ui.press('n');
    const flash = await ui.waitFor('There is no historical note for this passage.');
    expect(flash).not.toContain('Historical note');
  });

  // The mutant of issue 18: a digit one past the last option taken as a choice.
  it('takes the last option by its digit, and answers a digit past it with how many there are', async () => {
    const { ui, game } = start();
    await ui.readToOptions();
    const n = game.twin.view().choices.length;
    expect(n).toBeLessThan(9);
    await ui.press(String(n + 1));
    await ui.waitFor(`There are ${n} options here.`);
    expect(game.session.view().decisions).toHaveLength(0);
    const last = game.twin.view().choices[n - 1]!.text;
    await ui.press(String(n));
    await ui.waitFor(() => game.session.view().decisions.length === 1);
    expect(game.session.view().decisions[0]).toMatchObject({ index: n - 1, text: last });
  });

  it('while reading, highlights an option by its digit, and answers a digit past the last with how many there are', async () => {
    const { ui, game } = start();
    await ui.waitFor(isReading);
    const n = game.twin.view().choices.length;
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(9);
    await ui.press(String(n + 1));
    const past = await ui.waitFor(`There are ${n} options here.`);
    expect(past).not.toContain('highlighted');
    await ui.press(String(n));
    await ui.waitFor(`Option ${n} highlighted. Read on with Enter; then Enter takes it.`);
    expect(game.session.view().decisions).toHaveLength(0);
  });

  it('saves with s and says where', async () => {
    const { ui, game } = start();
    await ui.waitFor(isReading);
    await ui.press('s');
    await ui.waitFor('Saved to /saves/game.json');
    expect(game.save).toHaveBeenCalledTimes(1);
    await ui.press('j');
    await ui.waitFor((f) => !f.includes('Saved to'));
  });

  it('says so when a save fails, and keeps playing', async () => {
    const game = testGame();
    game.save.mockImplementation(() => {
      throw new Error('disk full');
    });
    const { ui } = start(game);
    await ui.readToOptions();
    await ui.press('1');
    await ui.waitFor('Could not save: disk full');
  });

  it('asks before quitting with q; n stays, y leaves', async () => {
    const { ui, game } = start();
    await ui.readToOptions();
    await ui.press('q');
    await ui.waitFor('Leave the game now?');
    await ui.press('n');
    await ui.waitFor('1)');
    await ui.press('q');
    await ui.waitFor('Leave the game now?');
    await ui.press('y');
    await expect(ui.exited).resolves.toMatchObject({ kind: 'quit', game: { session: game.session } });
    expect(game.save).toHaveBeenCalled();
  });

  it('lists the keys from the key table with ?', async () => {
    const { ui } = start();
    await ui.readToOptions();
    await ui.press('?');
    const f = await ui.waitFor('Keys');
    expect(f).toContain('take the highlighted option');
    expect(f).toContain('while reading, highlight it');
    expect(f).toMatch(/take back the last decision \(not/);
    await ui.press('?');
    await ui.waitFor('1)');
  });

  it('saves and closes on Ctrl+C', async () => {
    const { ui, game } = start();
    await ui.readToOptions();
    await ui.press('1');
    await ui.waitFor(() => game.save.mock.calls.length === 1);
    game.save.mockClear();
    await ui.press(KEY.ctrlC);
    await expect(ui.exited).resolves.toMatchObject({ kind: 'interrupted' });
    expect(game.save).toHaveBeenCalledTimes(1);
  });

  it("names the tracks as an author's story does (ISAF), not as the campaign does", async () => {
    const { json } = compileStoryFile('examples/isaf/main.ink');
    const session = GameSession.start({ storyJson: json!, role: 'us', seed: 3, scenario: BUILT_IN_SCENARIOS.full });
    // At 100 columns, where the panel has room for each track's full name.
    const { ui } = start({ session, twin: session, save: vi.fn(() => []) }, { cols: 100, rows: 30 });
    const f = await ui.readToOptions();
    // Three months of story under the eleven-month scenario: the header counts the story's.
    expect(f).toContain('Turn 1 of 3');
    for (const label of ['UN mandate beyond Kabul', 'Afghan request', "ISAF's reach", 'Kabul only']) {
      expect(f).toContain(label);
    }
    expect(f).not.toContain('Iraqi invitation');
  });

  it.each([
    [64, 20],
    [80, 24],
    [PANEL_COLS - 1, 30],
  ])('puts the status in two lines on top at %i×%i, below the panel’s width', async (cols, rows) => {
    const { ui, game } = start(testGame(), { cols, rows });
    const view = game.twin.view();
    const f = await ui.readToOptions();
    const lines = f.split('\n');
    // The meters with their bars, the next upkeep and what ends the game; then the tracks.
    expect(lines[1]).toMatch(
      new RegExp(
        `capital ${view.meters.capital} █+░+ -${view.upkeep}/mo · US ${formatTroopsShort(view.meters.usTroops)} █+░+ /175k`,
      ),
    );
    expect(lines[2]).toMatch(/UN( resolution)?: none · Iraqi( invitation)?: none · Command: back-room support/);
    expect(f).not.toContain('Political capital');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(cols);
  });

  it(`shows the full panel beside the story from ${PANEL_COLS} columns, and not at ${PANEL_COLS - 1}`, async () => {
    const { ui, game } = start(testGame(), { cols: PANEL_COLS, rows: 30 });
    const view = game.twin.view();
    const wide = await ui.readToOptions();
    for (const heading of ['Political capital', 'Troop burden', 'Negotiations']) expect(wide).toContain(heading);
    expect(wide).toContain(`US troops ${formatTroopsShort(view.meters.usTroops)}`);
    // The upkeep and what ends the game, whole even in the narrowest panel.
    expect(wide).toContain(`upkeep -${view.upkeep}/month`);
    expect(wide).toContain('game over at 0 ');
    expect(wide).toContain('game over at 175k');
    // The panel sits beside the story: its border shares rows with the story's text.
    const withPanel = wide.split('\n').filter((l) => /│\s*$/.test(l));
    expect(withPanel.length).toBeGreaterThan(10);
    ui.resize(PANEL_COLS - 1, 30);
    const narrow = await ui.waitFor((f) => f.includes(`-${view.upkeep}/mo · US`));
    for (const heading of ['Political capital', 'Troop burden', 'Negotiations']) expect(narrow).not.toContain(heading);
    expect(narrow).not.toContain('│');
    expect(narrow.split('\n')[1]).toContain(`capital ${view.meters.capital} `);
  });

  it('prints a choice’s consequences under the month it was made in, before the next month’s heading', async () => {
    const { ui, game } = start(testGame('us', { seed: 2 }), { cols: 80, rows: 60 });
    // Option 1 each time, to the first decision that closes a month.
    let before = game.twin.view();
    let after = game.twin.choose(0);
    for (let step = 0; !(after.passage.newMonthAt && after.passage.newMonthAt > 0); step++) {
      expect(step, 'a decision that closes a month').toBeLessThan(10);
      await ui.readToOptions();
      await ui.press('1');
      await ui.waitFor(() => game.session.view().decisions.length === step + 1);
      before = after;
      after = game.twin.choose(0);
    }
    await ui.readToOptions();
    await ui.press('1');
    const f = await ui.waitFor(formatMeter('capital', after.meters.capital, after.delta?.capital));
    const heading = `── Turn ${after.turn} · ${formatMonth(after.month)} ──`;
    const at = (text: string) => f.indexOf(opening(sanitize(text), 5));
    const order = [
      f.indexOf(`▸ ${opening(before.choices[0]!.text)}`),
      f.indexOf('  = capital'),
      at(after.passage.lines[0]!.text),
      at(after.passage.lines[after.passage.newMonthAt! - 1]!.text),
      f.indexOf(heading),
      at(after.passage.lines[after.passage.newMonthAt!]!.text),
    ];
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // The header already names the new month.
    expect(f.split('\n')[0]).toContain(`Turn ${after.turn} of 4 · ${formatMonth(after.month)}`);
  });

  it('shows the highlighted option in full at 60×16, wrapped rather than cut', async () => {
    const { ui, game } = start(testGame(), { cols: 60, rows: 16 });
    const choices = game.twin.view().choices;
    let f = await ui.readToOptions();
    // When the options do not all fit whole, the others are cut to a line, never the highlighted
    // one (tests/ui/layout.test.ts: "never cuts the highlighted option").
    for (let i = 0; i < choices.length; i++) {
      if (i > 0) {
        await ui.press(KEY.down);
        f = await ui.waitFor(`› ${i + 1}) `);
      }
      expect(highlighted(f)).toBe(sanitize(choices[i]!.text));
    }
  });
});

/** The highlighted option as drawn: its `› N) ` line and the indented lines under it, joined. */
function highlighted(frame: string): string {
  const lines = frame.split('\n');
  const first = lines.findIndex((l) => /^ › \d+\) /.test(l));
  const out = [lines[first]!.replace(/^ › \d+\) /, '')];
  for (const l of lines.slice(first + 1)) {
    if (!/^ {6}\S/.test(l)) break;
    out.push(l.trim());
  }
  return out.join(' ').trim();
}
