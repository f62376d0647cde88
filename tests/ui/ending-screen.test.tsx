import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newGameSaver } from '../../src/cli/commands/play.js';
import { gameHandle } from '../../src/cli/game-handle.js';
import { builtInStorySource } from '../../src/cli/story-source.js';
import type { DecisionLog } from '../../src/engine/log.js';
import type { Role } from '../../src/engine/session.js';
import { stateLabel } from '../../src/engine/story/labels.js';
import { App } from '../../src/ui/App.js';
import { formatShortMonth, sanitize } from '../../src/ui/format.js';
import { tempHome } from '../helpers/cli.js';
import { newSession } from '../helpers/story.js';
import { opening, stepsToEnd, testGame } from './helpers/game.js';
import { KEY, type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
const home = process.env.MANDATE_HOME;
afterEach(() => {
  ui?.unmount();
  ui = null;
  if (home === undefined) delete process.env.MANDATE_HOME;
  else process.env.MANDATE_HOME = home;
});

/** A game one decision before its ending (always taking option 1). */
function nearTheEnd(role: 'us' | 'nato') {
  const game = testGame(role, { seed: 4, scenario: 'short' });
  const n = stepsToEnd(role, 4, 'short');
  for (let i = 0; i < n - 1; i++) {
    game.session.choose(0);
    game.twin.choose(0);
  }
  return game;
}

/** Reads the last passage and takes option 1: the ending. */
async function toTheEnd(r: Rendered) {
  await r.readToOptions();
  await r.press('1');
  return r.waitFor('THE END');
}

describe('the ending screen', () => {
  it.each(['us', 'nato'] as const)(
    'shows the %s ending: what the last choice did, the title, the debrief, the months and every decision with its ledger',
    async (role) => {
      const game = nearTheEnd(role);
      const last = game.twin.view();
      const end = game.twin.choose(0);
      ui = renderUI(<App start={{ screen: 'game', game }} />, { cols: 120, rows: 200 });
      const f = await toTheEnd(ui);
      expect(end.ending).not.toBeNull();
      const title = f.indexOf(opening(end.ending!.title, 2));
      expect(title).toBeGreaterThan(0);
      // What the last choice did comes first, then the ending's title and where it stands.
      const consequence = end.passage.lines[0]!;
      expect(end.passage.endingAt).toBeGreaterThan(0);
      expect(f.indexOf(opening(sanitize(consequence.text), 4))).toBeLessThan(title);
      const n = end.endings.indexOf(end.ending!.id) + 1;
      expect(n).toBeGreaterThan(0);
      expect(f).toContain(`Ending ${n} of ${end.endings.length} for this desk`);
      // The sections, in order.
      const sections = [
        'Ending ',
        ...(end.scorecard.length > 0 ? ['Your brief, measured'] : []),
        ...(end.conditions.length > 0 ? ['The conditions'] : []),
        'Month by month',
        'Decisive choices',
        ...(end.ending!.history.length > 0 ? ['What really happened'] : []),
        ...(end.ending!.questions.length > 0
          ? ['Questions to discuss', `1. ${opening(end.ending!.questions[0]!, 2)}`]
          : []),
        `Your decisions (${end.decisions.length})`,
      ];
      const at = sections.map((s) => f.indexOf(s));
      expect(at.every((i) => i > title)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      // Each decision with its ledger: what it changed, by cause.
      expect(f).toMatch(new RegExp(`[ ★]1\\. ${opening(end.decisions[0]!.text)}`));
      // The capital meter by the desk's own name: political capital for the US, trust for NATO.
      expect(f).toMatch(new RegExp(`${end.capitalLabel.word} [+-]\\d+ \\(your choice\\)`));
      expect(end.capitalLabel.word).toBe(role === 'us' ? 'capital' : 'trust');
      const lastTaken = last.choices[0]!.text;
      expect(f).toContain(opening(sanitize(lastTaken)));
      // The coarse charts are gone; the menu sits under the debrief.
      expect(f).not.toContain(`${end.capitalLabel.name} by turn`);
      expect(f).toContain('› 1) Quit');
    },
  );

  it('scrolls the debrief with the game’s keys, and goes back to the game with u', async () => {
    const game = nearTheEnd('us');
    ui = renderUI(<App start={{ screen: 'game', game }} />);
    const f = await toTheEnd(ui);
    expect(f).toMatch(/↓\d+ PgUp\/PgDn/);
    await ui.press(KEY.end);
    await ui.waitFor(/Your decisions|capital [+-]\d+/);
    await ui.press('j', 'k', KEY.pageUp, 'g');
    await ui.waitFor((fr) => !/↑\d/.test(fr));
    await ui.press('u');
    await ui.waitFor((fr) => !fr.includes('THE END'));
    await ui.readToOptions();
    expect(ui.frame()).not.toContain('THE END');
    expect(game.session.view().ended).toBe(false);
  });

  it('goes back with q or Esc: the menu’s last item (here Quit), without asking', async () => {
    for (const key of ['q', KEY.escape]) {
      const game = nearTheEnd('nato');
      const r = renderUI(<App start={{ screen: 'game', game }} newGame={() => testGame()} />);
      const f = await toTheEnd(r);
      expect(f).toMatch(/› 1\) New game\n\s+2\) Quit/);
      await r.press(key);
      await expect(r.exited).resolves.toMatchObject({ kind: 'quit' });
      expect(r.frame()).not.toContain('Leave the game now?');
    }
  });
});

/** The months as the log keeps them: the start, then each month's figures after its last decision. */
function monthsOfLog(log: DecisionLog) {
  const rows = [
    { label: 'start', ...log.scenario.start, tracks: null as DecisionLog['decisions'][number]['tracks'] | null },
  ];
  log.decisions.forEach((d, i) => {
    const next = log.decisions[i + 1];
    if (next && next.turn === d.turn && next.month === d.month) return;
    rows.push({ label: formatShortMonth(d.month), ...d.meters, tracks: d.tracks });
  });
  return rows;
}

describe('the ending of a saved game', () => {
  /** A game saved as `play` saves it, one decision before its ending, on screen with the menu of `play`. */
  function savedGame(role: Role, seed: number) {
    process.env.MANDATE_HOME = tempHome();
    const source = builtInStorySource();
    const session = newSession(role, seed, 'short');
    const n = stepsToEnd(role, seed, 'short');
    for (let i = 0; i < n - 1; i++) session.choose(i % session.view().choices.length);
    const saver = newGameSaver(source, role, null);
    saver.save(session);
    const newGame = vi.fn((r: Role) => testGame(r));
    return { game: gameHandle(session, saver, source), file: saver.files[0]!, newGame };
  }

  it('shows every month’s figures exactly as the saved log has them', async () => {
    const { game, file, newGame } = savedGame('us', 6);
    ui = renderUI(<App start={{ screen: 'game', game }} newGame={newGame} />, { cols: 140, rows: 200 });
    const f = await toTheEnd(ui);
    // The autosave runs once the ending is drawn.
    const read = () => JSON.parse(readFileSync(file, 'utf8')) as DecisionLog;
    await ui.waitFor(() => read().status === 'ended');
    const log = read();
    const months = monthsOfLog(log);
    expect(months.length).toBeGreaterThan(3);
    const lines = f.split('\n');
    const head = lines.findIndex((l) => /^ month\s+capital\s+US\s+allied/.test(l));
    expect(head).toBeGreaterThan(0);
    const rows = lines.slice(head + 1, head + 1 + months.length);
    const labels = game.session.labels;
    months.forEach((m, i) => {
      const row = rows[i]!;
      const cells = /^ (start|\w{3} \d{4})\s+(\d+) [█░]+ +(\d+)k [█░]+ +(\d+)k {2}(.*?)\s*(?:│.*)?$/.exec(row);
      expect(cells, `row ${i}: ${row}`).not.toBeNull();
      expect(cells!.slice(1, 5)).toEqual([m.label, String(m.capital), String(m.usTroops), String(m.alliedTroops)]);
      if (m.tracks) {
        // Each track's state, in its own column (cut with … only when a state is too long for it).
        const states = cells![5]!.split(/\s{2,}/);
        const want = [m.tracks.un, m.tracks.invitation, m.tracks.command].map((s) => stateLabel(labels, s));
        expect(states).toHaveLength(3);
        for (const [j, state] of states.entries()) {
          expect(want[j]!.startsWith(state.replace(/…$/, '')), `${state} for ${want[j]}`).toBe(true);
        }
      }
    });
    // The row after the last month is no month: nothing more, nothing less.
    expect(rows.length).toBe(months.length);
    expect(lines[head + 1 + months.length]).not.toMatch(/^ \w{3} \d{4}\s+\d+ /);
  });

  it('names the saved log, starts a new game, and opens the replay (Esc comes back to the ending)', async () => {
    const { game, file, newGame } = savedGame('nato', 7);
    ui = renderUI(<App start={{ screen: 'game', game }} newGame={newGame} />, { cols: 80, rows: 30 });
    const f = await toTheEnd(ui);
    expect(f).toMatch(/› 1\) New game\n\s+2\) Replay this game, decision by decision\n\s+3\) Quit\n/);
    // Under the menu, the log's whole path (wrapped, never cut).
    const under = f.slice(f.indexOf('3) Quit')).split('\n').slice(1, -1).join('');
    expect(under.replace(/\s/g, '')).toBe(`Savedin${file}`.replace(/\s/g, ''));
    // Replay this game: decision by decision; Esc comes back to the ending as it was.
    await ui.press('2');
    const n = game.session.view().decisions.length;
    const replay = await ui.waitFor(`Decision 1 of ${n}`);
    expect(replay.split('\n')[0]).toContain(`Replay · NATO official · ${n} decisions · `);
    await ui.press(KEY.right);
    await ui.waitFor(`Decision 2 of ${n}`);
    await ui.press(KEY.escape);
    const back = await ui.waitFor('THE END');
    expect(back).toContain('› 1) New game');
    // New game: the roles, then a new game of the role picked.
    await ui.press(KEY.enter);
    await ui.waitFor('Whose desk is yours?');
    await ui.press('1');
    const fresh = await ui.waitFor('US official · Turn 1 of 4');
    expect(fresh).not.toContain('THE END');
    expect(newGame).toHaveBeenCalledWith('us');
  });
});
