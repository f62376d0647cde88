/** What a teacher must know before comparing the games (report/warnings.ts). */
import { describe, expect, it } from 'vitest';
import type { GameSummary } from '../../../src/engine/report/summary.js';
import { WarningCollector } from '../../../src/engine/report/warnings.js';
import { summary } from './games.js';

const warnings = (games: [GameSummary, number][]) => {
  const w = new WarningCollector();
  for (const [g, order] of games) w.add(g, order);
  return w.result();
};

describe('the warnings', () => {
  it('has none for finished games of one scenario and one seed', () => {
    expect(
      warnings([
        [summary('us'), 0],
        [summary('nato'), 1],
      ]),
    ).toEqual([]);
  });

  it('names the scenarios in order, with their games, and says they are compared apart', () => {
    expect(
      warnings([
        [summary('us', { scenario: 'short' }), 0],
        [summary('us', { scenario: 'full' }), 1],
        [summary('nato', { scenario: 'short' }), 2],
      ]),
    ).toEqual([
      'The logs come from 2 scenarios (full: 1 game; short: 2 games). ' +
        'Games of different scenarios are not comparable: charts, choices and highlights are given per scenario.',
    ]);
  });

  it('names the seeds of a scenario, the most played first (ties by number), and says to compare with care', () => {
    expect(
      warnings([
        [summary('us', { seed: 5 }), 0],
        [summary('us', { seed: 9 }), 1],
        [summary('us', { seed: 3 }), 2],
        [summary('nato', { seed: 9 }), 3],
        [summary('us', { scenario: 'short', seed: 1 }), 4],
      ]),
    ).toEqual([
      expect.stringMatching(/^The logs come from 2 scenarios/),
      'Scenario full was played with 3 different seeds (seed 9: 2 games; seed 3: 1 game; seed 5: 1 game). ' +
        'Students with different seeds met different events, so compare their choices with care.',
    ]);
  });

  it('names the unfinished games in the report’s order, by player (trimmed) or else by file', () => {
    expect(
      warnings([
        [summary('us', { finished: false, player: '  Zoe  ' }), 2],
        [summary('us', { finished: false, player: null, file: 'nobody.json' }), 0],
        [summary('us', { finished: false, player: '\u001b[31m', file: 'escape.json' }), 1],
        [summary('us', { player: 'Done' }), 3],
      ]),
    ).toEqual([
      '3 games are not finished (nobody.json, escape.json, Zoe): ' +
        'they count in the charts up to their last turn, and in no ending.',
    ]);
    expect(warnings([[summary('nato', { finished: false, player: 'Ann' }), 0]])).toEqual([
      '1 game is not finished (Ann): they count in the charts up to their last turn, and in no ending.',
    ]);
  });
});
