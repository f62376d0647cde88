/** The brief, item by item, per scenario and desk (report/briefs.ts). */
import { describe, expect, it } from 'vitest';
import { BriefCounter } from '../../../src/engine/report/briefs.js';
import type { GameSummary } from '../../../src/engine/report/summary.js';
import { summary } from './games.js';

const briefs = (games: [GameSummary, number][]) => {
  const b = new BriefCounter();
  for (const [g, order] of games) b.add(g, order);
  return b.result();
};

const card = (...met: [string, boolean][]) => met.map(([label, m]) => ({ label, met: m }));

describe('the brief, item by item', () => {
  it('counts the finished games that met each item, per scenario and desk, the US desk first', () => {
    const rows = briefs([
      [summary('nato', { scorecard: card(['hold', true]) }), 0],
      [summary('us', { scenario: 'short', scorecard: card(['pass', false]) }), 1],
      [summary('us', { scorecard: card(['pass', true], ['keep', false]) }), 2],
      [summary('us', { scorecard: card(['pass', true], ['keep', true]) }), 3],
      [summary('us', { scorecard: card(['pass', false], ['keep', false]) }), 4],
    ]);
    expect(rows).toEqual([
      {
        scenario: 'full',
        role: 'us',
        games: 3,
        items: [
          { label: 'pass', met: 2 },
          { label: 'keep', met: 1 },
        ],
      },
      { scenario: 'full', role: 'nato', games: 1, items: [{ label: 'hold', met: 1 }] },
      { scenario: 'short', role: 'us', games: 1, items: [{ label: 'pass', met: 0 }] },
    ]);
  });

  it('leaves out unfinished games (their brief is still open) and stories that declare no brief', () => {
    expect(
      briefs([
        [summary('us', { finished: false, scorecard: card(['pass', true]) }), 0],
        [summary('us', { scorecard: [] }), 1],
      ]),
    ).toEqual([]);
    expect(
      briefs([
        [summary('us', { finished: false, scorecard: card(['pass', true]) }), 0],
        [summary('us', { scorecard: card(['pass', false]) }), 1],
      ]),
    ).toEqual([{ scenario: 'full', role: 'us', games: 1, items: [{ label: 'pass', met: 0 }] }]);
  });

  it('lists the items of the first game in the report’s order, whatever order the games come in', () => {
    const rows = briefs([
      [summary('us', { scorecard: card(['late', true]) }), 4],
      [summary('us', { scorecard: card(['early', true], ['late', true]) }), 1],
      [summary('us', { scorecard: card(['middle', true]) }), 2],
    ]);
    expect(rows[0]?.items).toEqual([
      { label: 'early', met: 1 },
      { label: 'late', met: 2 },
    ]);
  });

  it('counts an item listed twice at its first place only', () => {
    const rows = briefs([[summary('us', { scorecard: card(['twice', true], ['other', false], ['twice', true]) }), 0]]);
    expect(rows[0]?.items).toEqual([
      { label: 'twice', met: 2 },
      { label: 'other', met: 0 },
      { label: 'twice', met: 0 },
    ]);
  });
});
