/** What the class report keeps of one game (report/summary.ts). */
import { describe, expect, it } from 'vitest';
import { summarizeGame } from '../../../src/engine/report/summary.js';
import { BUILT_IN_SCENARIOS } from '../../../src/engine/scenario.js';
import { ending, meter, verified } from './games.js';

const start = BUILT_IN_SCENARIOS.full.start;

describe('a game’s summary', () => {
  it('keeps each decision with its question, options and reason, and where the game stands', () => {
    const g = verified(
      'nato',
      [
        { turn: 1, month: '2003-09', text: 'stay', reason: 'Too soon.', meters: { capital: 61 } },
        { turn: 2, month: '2003-10', position: 'other.0', options: ['go', 'stay', 'wait'], meters: { capital: 58 } },
      ],
      {
        file: 'f.json',
        player: 'Ann',
        seed: 3,
        ending: ending('e', 'E'),
        collapse: 'burden',
        prompts: ['First?'],
        scorecard: [{ label: 'x', met: true, detail: 'd' }],
      },
    );
    g.log.decisions[1]!.tracks = { un: 'drafting', invitation: 'none', command: 'support' };
    const s = summarizeGame(g);
    expect(s).toEqual({
      file: 'f.json',
      player: 'Ann',
      role: 'nato',
      scenario: { id: 'full', title: BUILT_IN_SCENARIOS.full.title, events: BUILT_IN_SCENARIOS.full.events },
      seed: 3,
      finished: true,
      ending: ending('e', 'E'),
      collapse: 'burden',
      decisions: [
        {
          step: 1,
          turn: 1,
          month: '2003-09',
          position: 'knot0.0',
          prompt: 'First?',
          text: 'stay',
          options: ['go', 'stay'],
          reason: 'Too soon.',
        },
        {
          step: 2,
          turn: 2,
          month: '2003-10',
          position: 'other.0',
          // A log may hold fewer questions than decisions (an old story): none is shown, not another's.
          prompt: '',
          text: 'go',
          options: ['go', 'stay', 'wait'],
          reason: null,
        },
      ],
      turn: 2,
      month: '2003-10',
      final: { ...start, capital: 58 },
      tracks: { un: 'drafting', invitation: 'none', command: 'support' },
      scorecard: [{ label: 'x', met: true }],
      turns: [
        [0, start.capital, start.usTroops, null],
        [1, 61, start.usTroops, '2003-09'],
        [2, 58, start.usTroops, '2003-10'],
      ],
      costliest: null,
    });
  });

  it('of a game not begun stands at the scenario’s start, turn 0, with the tracks where they begin', () => {
    const s = summarizeGame(verified('us', [], { status: 'playing' }));
    expect([s.finished, s.turn, s.month, s.final, s.tracks, s.turns, s.decisions]).toEqual([
      false,
      0,
      null,
      start,
      { un: 'none', invitation: 'none', command: 'support' },
      [[0, start.capital, start.usTroops, null]],
      [],
    ]);
  });

  it('takes the meters of a turn from its last decision', () => {
    const s = summarizeGame(
      verified('us', [
        { turn: 1, meters: { capital: 61, usTroops: 150 } },
        { turn: 1, meters: { capital: 57, usTroops: 135 } },
        { turn: 2, meters: { capital: 50, usTroops: 140 } },
      ]),
    );
    expect(s.turns.map(([turn, capital, usTroops]) => [turn, capital, usTroops])).toEqual([
      [0, start.capital, start.usTroops],
      [1, 57, 135],
      [2, 50, 140],
    ]);
  });

  it('finds the costliest choice from the ledger: the choice alone, the earlier of equals', () => {
    const s = summarizeGame(
      verified('us', [
        { turn: 1, effects: [meter('capital', -2), meter('capital', -9, 'upkeep')] },
        { turn: 2, month: '2003-10', text: 'stay', effects: [meter('capital', -4), meter('capital', -6, 'bomb')] },
        { turn: 3, effects: [meter('capital', -4)] },
        { turn: 4, effects: [meter('capital', 3)] },
      ]),
    );
    expect(s.costliest).toEqual({ step: 2, turn: 2, month: '2003-10', choice: 'stay', capital: -4 });
  });

  it('has no costliest choice when no choice cost capital', () => {
    const s = summarizeGame(
      verified('us', [
        { turn: 1, effects: [meter('capital', 0), meter('usTroops', -5)] },
        { turn: 2, effects: [meter('capital', 2), meter('capital', -3, 'upkeep')] },
      ]),
    );
    expect(s.costliest).toBeNull();
  });
});
