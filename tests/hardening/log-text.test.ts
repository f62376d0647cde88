/**
 * #14: saving costs what changed. A game of 3,000 decisions in a looping story used to take
 * 13 s because every save serialised the whole log again; the autosaver now makes the text of
 * each decision once (storage/log-text.ts). Here: the text is exactly what JSON.stringify makes
 * of the log, through undos and new choices, and the work of all the saves of a long game grows
 * with the game, not with its square. (The time itself is measured by `npm run bench`.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLog } from '../../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { compileInk } from '../../src/engine/story/compiler.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { LogLimitError, LogText } from '../../src/storage/log-text.js';
import { randomPlay } from '../logs/fixtures.js';

/** A story a player can go round in for ever: two sticky options and a way out. */
const HUB = `# story: hub
VAR role = ""
VAR scenario = ""
VAR round = 0
-> hub
=== hub ===
~ round = round + 1
Round {round}. The talks go round in circles.
+ [Talk] You talk. -> hub
+ [Listen] You listen. -> hub
+ [Leave] -> done
=== done ===
# ending: done
# title: Done
You leave.
-> END
`;

const compiled = compileInk('hub.ink', HUB, () => '');
const hub = new ParsedStory(compiled.json!, compiled.story);
const meta = { player: 'Ann', createdAt: '2024-03-01T10:00:00.000Z' };
const now = new Date('2024-03-01T10:30:00.000Z');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('#14 the text of a log, made after every decision', () => {
  it('is exactly JSON.stringify(log, null, 2), through undos, new choices and reasons given later', () => {
    const picks = [0, 1, 2, -1, 0, -1, -1, 1, 0, 2, 1, 0, 0, 1, 2, 0, 1, 1, 0, 2];
    const session = randomPlay('nato', 11, 'full', [], true);
    const text = new LogText();
    for (const [i, p] of picks.entries()) {
      const view = session.view();
      if (view.ended) break;
      if (p < 0) session.undo();
      else session.choose(p % view.choices.length);
      // A reason for an earlier decision, as a player gives it once asked.
      if (i % 5 === 4 && session.decisions.length > 1) session.annotate(1, `because, at step ${i}`);
      const log = buildLog(session, hub, meta, now);
      expect(text.text(log, session.decisions)).toBe(`${JSON.stringify(log, null, 2)}\n`);
    }
    expect(session.decisions.length).toBeGreaterThan(5);
  });

  it('serialises each decision once: a long game costs its length, not its square', () => {
    const session = GameSession.start({ storyJson: hub, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.full });
    const text = new LogText();
    let final = '';
    // What JSON.stringify turned into text while the 1,000 saves were made, against the last file.
    let made = 0;
    for (let i = 0; i < 1000; i++) {
      session.choose(i % 2);
      const log = buildLog(session, hub, meta, now);
      const stringify = vi.spyOn(JSON, 'stringify');
      final = text.text(log, session.decisions);
      made += stringify.mock.results.reduce((n, r) => n + (typeof r.value === 'string' ? r.value.length : 0), 0);
      stringify.mockRestore();
    }
    const header = JSON.stringify({ ...buildLog(session, hub, meta, now), decisions: [] }, null, 2).length;
    expect(final.length).toBeGreaterThan(400_000);
    // Each save: its new decision and the fields around the list (the whole log again each time
    // would be about 500 times the final size here).
    expect(made).toBeLessThan(final.length + 1000 * 2 * header);
  });

  it('refuses what a log cannot hold, before anything is written', () => {
    const session = GameSession.start({ storyJson: hub, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.full });
    session.choose(0);
    const log = buildLog(session, hub, meta, now);
    const long = { ...log, decisions: [{ ...log.decisions[0]!, text: 'x'.repeat(2001) }] };
    expect(() => new LogText().text(long, [])).toThrow(LogLimitError);
    expect(() => new LogText().text(long, [])).toThrow(/the option taken is 2,001 characters long/);
    expect(() => new LogText().text({ ...log, player: 'p'.repeat(201) }, [])).toThrow(/player name is 201/);
  });
});
