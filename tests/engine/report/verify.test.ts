/** Verifying a log for the report: a replay against the current story (report/verify.ts). */
import { describe, expect, it } from 'vitest';
import { LinkedGame } from '../../../src/engine/linked/game.js';
import { buildPairLog, type PairLog } from '../../../src/engine/linked/pair-log.js';
import type { DecisionLog } from '../../../src/engine/log.js';
import { replayLog } from '../../../src/engine/replay.js';
import { deskFile, verifyGame, verifyPair } from '../../../src/engine/report/verify.js';
import { BUILT_IN_SCENARIOS } from '../../../src/engine/scenario.js';
import { finishedLog, story } from '../../logs/fixtures.js';

/** A linked pair played to its end, each desk taking a varied option. */
function playPair(): PairLog {
  const game = new LinkedGame({ storyJson: story, seed: 3, scenario: BUILT_IN_SCENARIOS.short });
  for (let step = 0; !game.over && step < 400; step++) {
    const role = game.state('nato') === 'deciding' ? 'nato' : 'us';
    game.choose(role, (step * 7 + 3) % game.view(role).choices.length);
  }
  const now = new Date('2026-03-02T10:00:00.000Z');
  return buildPairLog(game, story, { players: { us: 'Ann', nato: 'Bo' }, createdAt: now.toISOString() }, now);
}

/** Played once; each test edits its own copy. */
let pairPlayed: PairLog | null = null;
const playedPair = (): PairLog => {
  pairPlayed ??= playPair();
  return JSON.parse(JSON.stringify(pairPlayed));
};
let usPlayed: DecisionLog | null = null;
const usLog = (): DecisionLog => {
  usPlayed ??= finishedLog('us', 7);
  return JSON.parse(JSON.stringify(usPlayed));
};

describe('verifying a log for the report', () => {
  it('keeps what only the story knows: the ending’s history and questions, the collapse, the questions asked', () => {
    const log = finishedLog('nato', 11);
    const r = verifyGame('a.json', log, story);
    if (!r.ok) throw new Error(r.rejected.reason);
    const replayed = replayLog(log, story);
    if (!replayed.ok) throw new Error('fixture does not replay');
    const view = replayed.session.view();
    expect(r.game).toEqual({
      file: 'a.json',
      log,
      ending: view.ending && {
        id: view.ending.id,
        title: view.ending.title,
        history: view.ending.history,
        questions: view.ending.questions,
      },
      collapse: view.collapse,
      labels: view.labels,
      prompts: replayed.session.decisions.map((d) => d.prompt),
      scorecard: replayed.session.scorecard(),
      table: view.table,
    });
    expect(r.game.ending?.history.length).toBeGreaterThan(0);
    expect(r.game.prompts).toHaveLength(log.decisions.length);
    expect(r.game.prompts.every((p) => p.length > 0)).toBe(true);
  });

  it('rejects a log that does not replay, naming the decision, and tells a log of another story apart', () => {
    const edited = usLog();
    edited.decisions[1]!.text = 'An option the story never offered';
    const r = verifyGame('edited.json', edited, story);
    expect(r).toEqual({
      ok: false,
      rejected: {
        file: 'edited.json',
        reason: expect.stringMatching(/^does not replay at decision 2: .+\(the log was edited\)$/),
      },
      foreign: false,
    });
    const other = usLog();
    other.story.id = 'another-story';
    expect(verifyGame('other.json', other, story)).toEqual({
      ok: false,
      rejected: {
        file: 'other.json',
        reason: expect.stringMatching(/^does not replay: the log is of the story "another-story"/),
      },
      foreign: true,
    });
  });

  it('makes each desk of a pair log a game of its own, named FILE#us and FILE#nato', () => {
    const pair = playedPair();
    const r = verifyPair('pair.json', pair, story);
    if (!r.ok) throw new Error(r.rejected.reason);
    expect(r.games.map((g) => [g.file, g.log.role, g.log.player, g.prompts.length])).toEqual([
      ['pair.json#us', 'us', 'Ann', pair.desks.us.decisions.length],
      ['pair.json#nato', 'nato', 'Bo', pair.desks.nato.decisions.length],
    ]);
    expect(r.games.map((g) => g.log)).toEqual([pair.desks.us, pair.desks.nato]);
    expect(deskFile('x.json', 'nato')).toBe('x.json#nato');
  });

  it('rejects a pair log that does not replay, naming the move, and tells another story apart', () => {
    const edited = playedPair();
    edited.moves[2]!.index = 40;
    const r = verifyPair('pair.json', edited, story);
    expect(r).toEqual({
      ok: false,
      rejected: {
        file: 'pair.json',
        reason: expect.stringMatching(/^does not replay at move 3: .*choice 41 is not on offer/),
      },
      foreign: false,
    });
    const other = playedPair();
    other.story.id = 'another-story';
    expect(verifyPair('other.json', other, story)).toEqual({
      ok: false,
      rejected: {
        file: 'other.json',
        reason: expect.stringMatching(/^does not replay: the log is of the story "another-story"/),
      },
      foreign: true,
    });
  });
});
