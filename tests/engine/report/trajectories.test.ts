/** Capital and troops by turn, per desk and scenario (report/trajectories.ts). */
import { describe, expect, it } from 'vitest';
import { spread } from '../../../src/engine/report/stats.js';
import type { GameSummary } from '../../../src/engine/report/summary.js';
import { TrajectoryBuilder } from '../../../src/engine/report/trajectories.js';
import { summary } from './games.js';

type Turn = GameSummary['turns'][number];

const build = (games: [GameSummary, number][]) => {
  const t = new TrajectoryBuilder();
  for (const [g, order] of games) t.add(g, order);
  return t.result();
};

describe('trajectories', () => {
  it('summarises each turn over the games that reached it, with the month most were in', () => {
    const a: Turn[] = [
      [0, 60, 130, null],
      [1, 55, 140, '2003-09'],
      [2, 50, 150, '2003-10'],
    ];
    const b: Turn[] = [
      [0, 60, 130, null],
      [1, 45, 120, '2003-09'],
    ];
    const c: Turn[] = [
      [0, 60, 130, null],
      [1, 35, 110, '2003-08'],
    ];
    const [t, ...rest] = build([
      [summary('us', { turns: a }), 0],
      [summary('us', { turns: b }), 1],
      [summary('us', { turns: c }), 2],
    ]);
    expect(rest).toEqual([]);
    expect(t).toEqual({
      role: 'us',
      scenario: 'full',
      scenarioTitle: 'Title of full',
      logs: 3,
      turns: [
        { turn: 0, month: null, capital: spread([60, 60, 60]), usTroops: spread([130, 130, 130]) },
        { turn: 1, month: '2003-09', capital: spread([55, 45, 35]), usTroops: spread([140, 120, 110]) },
        { turn: 2, month: '2003-10', capital: spread([50]), usTroops: spread([150]) },
      ],
    });
  });

  it('breaks a tie between months by the earlier, and lists turns in order whatever order they came in', () => {
    const [t] = build([
      [summary('us', { turns: [[2, 1, 1, '2003-11']] }), 0],
      [summary('us', { turns: [[2, 2, 2, '2003-10']] }), 1],
      [summary('us', { turns: [[1, 3, 3, '2003-09']] }), 2],
    ]);
    expect(t?.turns.map((x) => [x.turn, x.month])).toEqual([
      [1, '2003-09'],
      [2, '2003-10'],
    ]);
  });

  it('keeps each desk of each scenario apart, scenarios in order, the US desk first', () => {
    const turns: Turn[] = [[0, 1, 1, null]];
    const list = build([
      [summary('nato', { scenario: 'short', turns }), 0],
      [summary('nato', { turns }), 1],
      [summary('us', { scenario: 'short', turns }), 2],
      [summary('us', { turns }), 3],
      [summary('us', { turns }), 4],
    ]);
    expect(list.map((t) => [t.scenario, t.role, t.logs])).toEqual([
      ['full', 'us', 2],
      ['full', 'nato', 1],
      ['short', 'us', 1],
      ['short', 'nato', 1],
    ]);
  });

  it('names the scenario as the first game in the report’s order does', () => {
    const list = build([
      [summary('us', { scenarioTitle: 'Later' }), 3],
      [summary('us', { scenarioTitle: 'First' }), 1],
      [summary('us', { scenarioTitle: 'Second' }), 2],
    ]);
    expect(list.map((t) => t.scenarioTitle)).toEqual(['First']);
  });

  it('keeps every number of a class larger than its first allocation', () => {
    const games: [GameSummary, number][] = Array.from({ length: 40 }, (_, i) => [
      summary('us', { turns: [[1, i, 100 + i, '2003-09']] }),
      i,
    ]);
    const [t] = build(games);
    expect(t?.turns[0]?.capital).toEqual(spread(Array.from({ length: 40 }, (_, i) => i)));
    expect(t?.turns[0]?.usTroops).toEqual(spread(Array.from({ length: 40 }, (_, i) => 100 + i)));
  });
});
