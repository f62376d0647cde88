import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { App } from '../../src/ui/App.js';
import { formatMeter, formatMonth, formatTroopsShort } from '../../src/ui/format.js';
import { opening, testGame } from './helpers/game.js';
import { KEY, type Rendered, renderUI } from './helpers/render.js';

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
    const { ui, game } = start();
    const view = game.twin.view();
    const f = await ui.waitFor('1)');
    expect(f).toContain(`Turn ${view.turn} of 4`);
    expect(f).toContain(formatMonth(view.month));
    expect(f).toContain(`capital ${view.meters.capital}`);
    expect(f).toContain(`US troops ${formatTroopsShort(view.meters.usTroops)}`);
    expect(f).toMatch(/█+░+/);
    for (const label of ['UN resolution', 'Iraqi invitation', 'Command']) expect(f).toContain(label);
    expect(f).toContain(`› 1) ${opening(view.choices[0]!.text, 2)}`);
    expect(f).toContain('q: quit');
    expect(f).toContain('? help');
  });

  it('takes an option by its digit and shows what it cost', async () => {
    const { ui, game } = start();
    await ui.waitFor('1)');
    const before = game.twin.view();
    const after = game.twin.choose(1);
    await ui.press('2');
    const f = await ui.waitFor(formatMeter('capital', after.meters.capital, after.delta?.capital));
    // The option taken stays on screen above what follows it.
    expect(f).toContain(`▸ ${opening(before.choices[1]!.text)}`);
    // The autosave runs once the frame is drawn.
    await ui.waitFor(() => game.save.mock.calls.length === 1);
    expect(game.session.view().decisions).toHaveLength(1);
  });

  it('moves the highlight with the arrows and takes it with Enter', async () => {
    const { ui, game } = start();
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
    const first = await ui.waitFor('1)');
    expect(first).toMatch(/↓\d+ PgUp\/PgDn/);
    await ui.press(KEY.pageDown);
    const down = await ui.waitFor(/↑\d+/);
    const up = Number(/↑(\d+)/.exec(down)![1]);
    await ui.press('k');
    await ui.waitFor(`↑${up - 1} `);
    await ui.press('j', 'j');
    await ui.waitFor(`↑${up + 1} `);
    await ui.press(KEY.pageUp, KEY.pageUp, KEY.pageUp);
    await ui.waitFor((f) => !/↑\d/.test(f));
    // After a decision, the first passage is still there, above.
    await ui.press('1');
    await ui.waitFor(() => game.session.view().decisions.length === 1);
    await ui.press('g');
    const top = await ui.waitFor((f) => !/↑\d/.test(f));
    expect(top).toContain('── Turn 1');
  });

  it('undoes the last decision with u, and offers u only when there is one', async () => {
    const { ui, game } = start();
    const f = await ui.waitFor('1)');
    expect(f).not.toContain('u: undo');
    await ui.press('1');
    const after = await ui.waitFor('u: undo');
    expect(after).toMatch(/capital \d+/);
    await ui.press('u');
    const back = await ui.waitFor((fr) => !fr.includes('u: undo'));
    expect(back).toContain(`capital ${game.twin.view().meters.capital}\n`.trim());
    expect(game.session.view().decisions).toHaveLength(0);
    await ui.waitFor(() => game.save.mock.calls.length === 2);
  });

  it('leaves u out when the scenario forbids undo, and says why', async () => {
    const { ui } = start(testGame('nato', { undo: false }));
    await ui.waitFor('1)');
    await ui.press('1');
    const f = await ui.waitFor('▸ ');
    expect(f).not.toContain('u: undo');
    await ui.press('u');
    await ui.waitFor('Undo is off for this game.');
  });

  it('shows the history of decisions with h', async () => {
    const { ui, game } = start();
    await ui.waitFor('1)');
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

  it('shows the historical note of the passage with n', async () => {
    const { ui, game } = start();
    const notes = game.twin.view().passage.notes;
    // The first passage of the short game has a note; if the story loses it, this test must say so.
    expect(notes.length).toBeGreaterThan(0);
    const f = await ui.waitFor('1)');
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
    const f = await ui.waitFor('1)');
    expect(f).not.toContain('n: note');
    await ui.press('n');
    const flash = await ui.waitFor('There is no historical note for this passage.');
    expect(flash).not.toContain('Historical note');
  });

  // The mutant of issue 18: a digit one past the last option taken as a choice.
  it('takes the last option by its digit, and answers a digit past it with how many there are', async () => {
    const { ui, game } = start();
    await ui.waitFor('1)');
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

  it('saves with s and says where', async () => {
    const { ui, game } = start();
    await ui.waitFor('1)');
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
    await ui.waitFor('1)');
    await ui.press('1');
    await ui.waitFor('Could not save: disk full');
  });

  it('asks before quitting with q; n stays, y leaves', async () => {
    const { ui, game } = start();
    await ui.waitFor('1)');
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
    await ui.waitFor('1)');
    await ui.press('?');
    const f = await ui.waitFor('Keys');
    expect(f).toContain('take the highlighted option');
    expect(f).toMatch(/take back the last decision \(not/);
    await ui.press('?');
    await ui.waitFor('1)');
  });

  it('saves and closes on Ctrl+C', async () => {
    const { ui, game } = start();
    await ui.waitFor('1)');
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
    const { ui } = start({ session, twin: session, save: vi.fn(() => []) });
    const f = await ui.waitFor('1)');
    // Three months of story under the eleven-month scenario: the header counts the story's.
    expect(f).toContain('Turn 1 of 3');
    for (const label of ['UN mandate beyond Kabul', 'Afghan request', "ISAF's reach", 'Kabul only']) {
      expect(f).toContain(label);
    }
    expect(f).not.toContain('Iraqi invitation');
  });

  it('puts the status on top in a narrow terminal', async () => {
    const { ui, game } = start(testGame(), { cols: 64, rows: 20 });
    const f = await ui.waitFor('1)');
    const lines = f.split('\n');
    expect(lines[1]).toContain(`capital ${game.twin.view().meters.capital}`);
    expect(lines[2]).toContain('US troops');
    expect(lines[3]).toMatch(/UN: none · Iraqi: none · Command: back-room support/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(64);
  });
});
