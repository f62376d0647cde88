/** The pure parts of the class report: spreads, duplicates, highlights. */
import { describe, expect, it } from 'vitest';
import { buildClassReport, spread, type VerifiedGame } from '../../src/engine/report/index.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import { DEFAULT_LABELS } from '../../src/engine/story/labels.js';

describe('spread', () => {
  it('matches the spreadsheet QUARTILE.INC rule', () => {
    expect(spread([1, 2, 3, 4])).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(spread([7])).toEqual({ n: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 });
    expect(spread([5, 1, 3])).toMatchObject({ min: 1, median: 3, max: 5 });
  });
});

let n = 0;
function game(
  role: Role,
  capital: number,
  o: Partial<VerifiedGame> & { decisions?: number; createdAt?: string } = {},
): VerifiedGame {
  const scenario = BUILT_IN_SCENARIOS.full;
  const count = o.decisions ?? 3;
  n++;
  return {
    file: o.file ?? `g${n}.json`,
    log: {
      format: 'mandate-log',
      version: 1,
      story: { id: 's', version: '1', hash: 'a'.repeat(64) },
      scenario,
      role,
      seed: 1,
      player: `p${n}`,
      createdAt: o.createdAt ?? new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      updatedAt: '2026-01-02T00:00:00.000Z',
      status: 'ended',
      ending: { id: 'e', title: 'E' },
      forkedFrom: null,
      decisions: Array.from({ length: count }, (_, i) => ({
        step: i + 1,
        turn: i + 1,
        month: null,
        position: `p${i}.0`,
        index: 0,
        text: 'go',
        options: ['go', 'stay'],
        meters: { capital: i === count - 1 ? capital : 50, usTroops: 140, alliedTroops: 22 },
        tracks: { un: 'none', invitation: 'none', command: 'support' },
      })),
    },
    ending: { id: 'e', title: 'E', history: [], questions: [] },
    collapse: o.collapse ?? null,
    labels: DEFAULT_LABELS,
  };
}

const build = (games: VerifiedGame[]) =>
  buildClassReport({ games, rejected: [], story: { id: 's', version: '1' }, now: new Date(0) });

describe('highlights', () => {
  it('best outcome: most capital among games that did not collapse; fastest collapse: fewest decisions', () => {
    const games = [
      game('us', 70),
      game('us', 90, { collapse: 'burden', decisions: 2 }),
      game('us', 80),
      game('us', 0, { collapse: 'capital', decisions: 5 }),
    ];
    const [us] = build(games).highlights;
    expect(us?.bestOutcome?.meters.capital).toBe(80);
    expect(us?.fastestCollapse?.collapse).toBe('burden');
    expect(us?.fastestCollapse?.decisions).toBe(2);
  });
});

describe('duplicates', () => {
  it('counts one game handed in twice once, keeping the copy with more decisions', () => {
    const created = '2026-01-01T09:00:00.000Z';
    const short = game('nato', 50, { file: 'autosave.json', createdAt: created, decisions: 2 });
    const long = game('nato', 50, { file: 'copy.json', createdAt: created, decisions: 4 });
    long.log.player = short.log.player;
    const r = build([short, long]);
    expect(r.totals.verified).toBe(1);
    expect(r.rejected).toEqual([{ file: 'autosave.json', reason: expect.stringContaining('copy.json') }]);
  });
});

describe('decision points', () => {
  it('are told apart by position and scenario, and options by text', () => {
    const a = game('us', 50);
    const b = game('us', 50);
    b.log.decisions[0]!.text = 'stay';
    b.log.decisions[0]!.index = 1;
    const r = build([a, b]);
    const first = r.decisionPoints.find((p) => p.position === 'p0.0');
    expect(first?.options).toEqual([
      { text: 'go', chosen: 1 },
      { text: 'stay', chosen: 1 },
    ]);
    expect(first?.reached).toBe(2);
  });
});
