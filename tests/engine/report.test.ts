/**
 * The class report and the debrief, computed from verified games: each figure a teacher reads,
 * checked against games built by hand so that the expected number is known without the code.
 */
import { describe, expect, it } from 'vitest';
import type { LoggedDecision } from '../../src/engine/log.js';
import { buildClassReport } from '../../src/engine/report/class-report.js';
import {
  countByRoleScenario,
  countEndings,
  endingKey,
  UNFINISHED_TITLE,
  UNTAGGED_TITLE,
} from '../../src/engine/report/counts.js';
import { buildDebrief } from '../../src/engine/report/debrief.js';
import { countDecisionPoints } from '../../src/engine/report/decision-points.js';
import { dedupeGames } from '../../src/engine/report/dedupe.js';
import {
  BEST_OUTCOME_RULE,
  FASTEST_COLLAPSE_RULE,
  findHighlights,
  gameRef,
} from '../../src/engine/report/highlights.js';
import { quantile, spread } from '../../src/engine/report/stats.js';
import { buildTrajectories, metersByTurn } from '../../src/engine/report/trajectories.js';
import { REPORT_FORMAT, REPORT_VERSION, type VerifiedGame } from '../../src/engine/report/types.js';
import { verifyGame } from '../../src/engine/report/verify.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import type { Meters } from '../../src/engine/sim/meters.js';
import { INITIAL_TRACKS } from '../../src/engine/sim/tracks.js';
import { DEFAULT_LABELS } from '../../src/engine/story/labels.js';
import { finishedLog, story, unfinishedLog } from '../logs/fixtures.js';

interface Step {
  turn: number;
  meters?: Partial<Meters>;
  position?: string;
  text?: string;
  options?: string[];
  month?: string | null;
}

let made = 0;

/** A verified game built by hand: each step a decision in `turn` with the meters after it. */
function game(
  role: Role,
  steps: Step[],
  o: {
    file?: string;
    scenario?: 'full' | 'short';
    ending?: string | null;
    status?: 'ended' | 'playing';
    collapse?: 'capital' | 'burden' | null;
    player?: string | null;
    createdAt?: string;
    seed?: number;
  } = {},
): VerifiedGame {
  made++;
  const scenario = BUILT_IN_SCENARIOS[o.scenario ?? 'full'];
  const status = o.status ?? 'ended';
  const decisions: LoggedDecision[] = steps.map((s, i) => ({
    step: i + 1,
    turn: s.turn,
    month: s.month === undefined ? `2003-${String(7 + s.turn).padStart(2, '0')}` : s.month,
    position: s.position ?? `knot${i}.0`,
    index: (s.options ?? ['go', 'stay']).indexOf(s.text ?? 'go'),
    text: s.text ?? 'go',
    options: s.options ?? ['go', 'stay'],
    meters: { ...scenario.start, ...s.meters },
    tracks: INITIAL_TRACKS,
  }));
  const endingId = o.ending === undefined ? (status === 'ended' ? `${role}-end` : null) : o.ending;
  const ending = endingId ? { id: endingId, title: `Title of ${endingId}` } : null;
  return {
    file: o.file ?? `game${made}.json`,
    log: {
      format: 'mandate-log',
      version: 1,
      story: { id: 'mandate', version: '1', hash: 'a'.repeat(64) },
      scenario,
      role,
      seed: o.seed ?? made,
      player: o.player === undefined ? `player ${made}` : o.player,
      createdAt: o.createdAt ?? new Date(Date.UTC(2026, 0, 1, 0, 0, made)).toISOString(),
      updatedAt: '2026-02-01T00:00:00.000Z',
      status,
      ending: status === 'ended' ? ending : null,
      forkedFrom: null,
      decisions,
    },
    ending: ending && status === 'ended' ? { ...ending, history: ['h'], questions: ['q'] } : null,
    collapse: o.collapse ?? null,
    labels: DEFAULT_LABELS,
  };
}

describe('logs per role and scenario', () => {
  it('counts each pair once, the short game and the full apart, US before NATO', () => {
    const games = [
      game('nato', [], { scenario: 'short' }),
      game('nato', [], { scenario: 'full' }),
      game('us', [], { scenario: 'short' }),
      game('nato', [], { scenario: 'full' }),
      game('us', [], { scenario: 'full' }),
    ];
    expect(countByRoleScenario(games)).toEqual([
      { role: 'us', scenario: 'full', scenarioTitle: BUILT_IN_SCENARIOS.full.title, logs: 1 },
      { role: 'nato', scenario: 'full', scenarioTitle: BUILT_IN_SCENARIOS.full.title, logs: 2 },
      { role: 'us', scenario: 'short', scenarioTitle: BUILT_IN_SCENARIOS.short.title, logs: 1 },
      { role: 'nato', scenario: 'short', scenarioTitle: BUILT_IN_SCENARIOS.short.title, logs: 1 },
    ]);
    expect(countByRoleScenario([])).toEqual([]);
  });
});

describe('endings', () => {
  it('keys a game by its ending id, "" for an untagged end and null while unfinished', () => {
    expect(endingKey(game('us', [], { ending: 'us-a' }))).toBe('us-a');
    expect(endingKey(game('us', [], { ending: null }))).toBe('');
    expect(endingKey(game('us', [], { status: 'playing' }))).toBeNull();
  });

  // The mutants of issue 18: every game counted for the US desk; the collapse test inverted.
  it('counts each ending by desk and by collapse', () => {
    const games = [
      game('nato', [], { ending: 'split' }),
      game('nato', [], { ending: 'split', collapse: 'capital' }),
      game('us', [], { ending: 'split' }),
      game('nato', [], { ending: 'deal' }),
    ];
    expect(countEndings(games)).toEqual([
      { id: 'split', title: 'Title of split', logs: 3, byRole: { us: 1, nato: 2 }, collapses: 1 },
      { id: 'deal', title: 'Title of deal', logs: 1, byRole: { us: 0, nato: 1 }, collapses: 0 },
    ]);
  });

  it('puts the most common first, ties by id, and unfinished games last whatever their number', () => {
    const games = [
      game('us', [], { status: 'playing' }),
      game('us', [], { status: 'playing' }),
      game('us', [], { status: 'playing' }),
      game('us', [], { ending: 'b' }),
      game('nato', [], { ending: null }),
      game('us', [], { ending: 'a' }),
      game('us', [], { ending: 'c' }),
      game('us', [], { ending: 'c' }),
    ];
    expect(countEndings(games).map((e) => [e.id, e.title, e.logs])).toEqual([
      ['c', 'Title of c', 2],
      ['', UNTAGGED_TITLE, 1],
      ['a', 'Title of a', 1],
      ['b', 'Title of b', 1],
      [null, UNFINISHED_TITLE, 3],
    ]);
    // Ties by id, whatever order the games came in.
    const ties = ['a', 'b', 'c', 'b2'].map((id) => game('us', [], { ending: id }));
    expect(countEndings(ties).map((e) => e.id)).toEqual(['a', 'b', 'b2', 'c']);
    expect(countEndings([...ties].reverse()).map((e) => e.id)).toEqual(['a', 'b', 'b2', 'c']);
    expect(UNFINISHED_TITLE).toBe('(not finished)');
    expect(UNTAGGED_TITLE).toBe('(story ended without an ending tag)');
  });
});

describe('trajectories', () => {
  // The mutant of issue 18: the first decision of a turn read instead of the last.
  it('takes the meters of a turn from its last decision, which includes the month’s upkeep', () => {
    const g = game('us', [
      { turn: 1, meters: { capital: 58 } },
      { turn: 1, meters: { capital: 52, usTroops: 150 } },
      { turn: 2, meters: { capital: 47 } },
    ]);
    const start = BUILT_IN_SCENARIOS.full.start;
    expect([...metersByTurn(g)]).toEqual([
      [0, start],
      [1, { ...start, capital: 52, usTroops: 150 }],
      [2, { ...start, capital: 47 }],
    ]);
  });

  it('summarises each turn over the games that reached it, per desk and scenario', () => {
    const games = [
      game('nato', [{ turn: 1, meters: { capital: 40, usTroops: 140 } }]),
      game('us', [
        { turn: 1, meters: { capital: 50, usTroops: 150 } },
        { turn: 2, meters: { capital: 30, usTroops: 160 } },
      ]),
      game('us', [{ turn: 1, meters: { capital: 70, usTroops: 130 } }]),
      game('us', [{ turn: 1, meters: { capital: 10 } }], { scenario: 'short' }),
    ];
    const t = buildTrajectories(games);
    expect(t.map((x) => [x.scenario, x.role, x.logs])).toEqual([
      ['full', 'us', 2],
      ['full', 'nato', 1],
      ['short', 'us', 1],
    ]);
    const us = t[0]!;
    expect(us.scenarioTitle).toBe(BUILT_IN_SCENARIOS.full.title);
    expect(us.turns.map((p) => p.turn)).toEqual([0, 1, 2]);
    expect(us.turns[1]).toEqual({
      turn: 1,
      capital: { n: 2, min: 50, q1: 55, median: 60, q3: 65, max: 70 },
      usTroops: { n: 2, min: 130, q1: 135, median: 140, q3: 145, max: 150 },
    });
    // One game reached turn 2: the count falls as games end.
    expect(us.turns[2]!.capital).toEqual({ n: 1, min: 30, q1: 30, median: 30, q3: 30, max: 30 });
    expect(us.turns[0]!.capital.n).toBe(2);
    expect(t[2]!.turns[1]!.capital.median).toBe(10);
  });

  it('lists the turns in order even when a game skips back and forth', () => {
    const t = buildTrajectories([
      game('us', [
        { turn: 3, meters: { capital: 30 } },
        { turn: 1, meters: { capital: 10 } },
      ]),
    ]);
    expect(t[0]!.turns.map((p) => p.turn)).toEqual([0, 1, 3]);
  });
});

describe('spread', () => {
  it('interpolates quartiles and rounds to two decimals', () => {
    expect(quantile([1, 2], 0.5)).toBe(1.5);
    expect(quantile([0, 1, 2], 1 / 3)).toBe(0.67);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([], 0.5)).toBeNaN();
    expect(spread([9, 1, 5, 3])).toEqual({ n: 4, min: 1, q1: 2.5, median: 4, q3: 6, max: 9 });
    expect(spread([])).toEqual({ n: 0, min: NaN, q1: NaN, median: NaN, q3: NaN, max: NaN });
  });

  it('sorts numbers as numbers, and leaves its input alone', () => {
    const values = [100, 9, 20];
    expect(spread(values)).toMatchObject({ min: 9, median: 20, max: 100 });
    expect(values).toEqual([100, 9, 20]);
  });
});

describe('decision points', () => {
  const opts = ['go', 'stay', 'wait'];

  it('counts how often each option was taken, options never taken as 0, most taken first', () => {
    const games = [
      game('us', [{ turn: 1, position: 'a.0', options: opts, text: 'stay' }]),
      game('us', [{ turn: 1, position: 'a.0', options: opts, text: 'stay' }]),
      game('us', [{ turn: 1, position: 'a.0', options: opts, text: 'go' }]),
    ];
    expect(countDecisionPoints(games)).toEqual([
      {
        scenario: 'full',
        position: 'a.0',
        roles: ['us'],
        turn: 1,
        month: '2003-08',
        reached: 3,
        logs: 3,
        options: [
          { text: 'stay', chosen: 2 },
          { text: 'go', chosen: 1 },
          { text: 'wait', chosen: 0 },
        ],
      },
    ]);
  });

  it('counts a game that comes back to a point once among the logs, every time among the choices', () => {
    const back = game('nato', [
      { turn: 1, position: 'hub.0', text: 'go' },
      { turn: 2, position: 'hub.0', text: 'stay' },
      { turn: 2, position: 'hub.0', text: 'stay' },
    ]);
    const other = game('us', [{ turn: 1, position: 'hub.0' }]);
    const [p] = countDecisionPoints([back, other]);
    expect(p).toMatchObject({ reached: 4, logs: 2, roles: ['us', 'nato'] });
    // Turn 2 and turn 1 were each met twice: the tie goes to the earlier turn.
    expect(p!.turn).toBe(1);
    expect(p!.options).toEqual([
      { text: 'go', chosen: 2 },
      { text: 'stay', chosen: 2 },
    ]);
  });

  it('gives the turn most players were in, and keeps the short and full games apart', () => {
    const games = [
      game('us', [{ turn: 3, position: 'x.0', month: null }]),
      game('us', [{ turn: 4, position: 'x.0' }]),
      game('us', [{ turn: 4, position: 'x.0' }]),
      game('us', [{ turn: 1, position: 'x.0' }], { scenario: 'short' }),
    ];
    const points = countDecisionPoints(games);
    expect(points.map((p) => [p.scenario, p.position, p.turn, p.month, p.reached])).toEqual([
      ['full', 'x.0', 4, '2003-11', 3],
      ['short', 'x.0', 1, '2003-08', 1],
    ]);
  });

  it('orders points by scenario, then the US desk’s, NATO’s and shared ones, each in story order', () => {
    const games = [
      game('nato', [
        { turn: 1, position: 'n1.0' },
        { turn: 2, position: 'shared.0' },
      ]),
      game('us', [
        { turn: 2, position: 'u-late.0' },
        { turn: 1, position: 'u-b.0' },
        { turn: 1, position: 'u-a.0' },
        { turn: 2, position: 'shared.0' },
      ]),
      game('us', [{ turn: 1, position: 'u-z.0' }], { scenario: 'short' }),
    ];
    // Within turn 1 of the US desk: u-b.0 came at step 2, u-a.0 at step 3 (story order, not names).
    expect(countDecisionPoints(games).map((p) => `${p.scenario}/${p.position}`)).toEqual([
      'full/u-b.0',
      'full/u-a.0',
      'full/u-late.0',
      'full/n1.0',
      'full/shared.0',
      'short/u-z.0',
    ]);
  });

  it('counts a game among the logs of a point even when it is not the first game', () => {
    const games = [game('us', [{ turn: 1, position: 'a.0' }]), game('us', [{ turn: 1, position: 'b.0' }])];
    expect(countDecisionPoints(games).map((p) => [p.position, p.logs, p.reached])).toEqual([
      ['a.0', 1, 1],
      ['b.0', 1, 1],
    ]);
  });

  it('breaks a tie between turns in favour of the earlier, whichever was met first', () => {
    const games = [
      game('us', [
        { turn: 3, position: 'p.0' },
        { turn: 3, position: 'p.0' },
      ]),
      game('us', [
        { turn: 1, position: 'p.0' },
        { turn: 1, position: 'p.0' },
      ]),
    ];
    expect(countDecisionPoints(games)[0]).toMatchObject({ turn: 1, month: '2003-08', reached: 4, logs: 2 });
  });

  it('tells the same turn in different months apart, and a month from none', () => {
    const games = [
      game('us', [{ turn: 4, position: 'p.0', month: null }]),
      game('us', [{ turn: 4, position: 'p.0', month: '2003-11' }]),
      game('us', [{ turn: 4, position: 'p.0', month: '2003-11' }]),
    ];
    expect(countDecisionPoints(games)[0]).toMatchObject({ turn: 4, month: '2003-11' });
  });

  it('puts points of one turn in the order players met them on average, not by how often', () => {
    // p1: three games, each at their second decision (mean 2); p2: one game at its third (mean 3).
    const games = [
      game('us', [
        { turn: 1, position: 'x.0' },
        { turn: 1, position: 'p1.0' },
      ]),
      game('us', [
        { turn: 1, position: 'x.0' },
        { turn: 1, position: 'p1.0' },
      ]),
      game('us', [
        { turn: 1, position: 'x.0' },
        { turn: 1, position: 'p1.0' },
      ]),
      game('us', [
        { turn: 1, position: 'x.0' },
        { turn: 1, position: 'y.0' },
        { turn: 1, position: 'p2.0' },
      ]),
    ];
    expect(countDecisionPoints(games).map((p) => p.position)).toEqual(['x.0', 'p1.0', 'y.0', 'p2.0']);
  });

  it('orders points met at the same turn and step by their names', () => {
    const games = [game('us', [{ turn: 1, position: 'b.0' }]), game('us', [{ turn: 1, position: 'a.0' }])];
    expect(countDecisionPoints(games).map((p) => p.position)).toEqual(['a.0', 'b.0']);
  });
});

describe('duplicates', () => {
  const same = { player: 'Ann', createdAt: '2026-01-05T10:00:00.000Z', seed: 4 };

  it('keeps the copy with the most decisions (the first of equals) and names the one it kept', () => {
    const a = game('us', [{ turn: 1 }], { ...same, file: 'a.json' });
    const b = game('us', [{ turn: 1 }, { turn: 1 }], { ...same, file: 'b.json' });
    const c = game('us', [{ turn: 1 }, { turn: 1 }], { ...same, file: 'c.json' });
    const { games, rejected } = dedupeGames([a, b, c]);
    expect(games).toEqual([b]);
    expect(rejected).toEqual([
      { file: 'a.json', reason: 'a copy of the same game as b.json (that one is counted)' },
      { file: 'c.json', reason: 'a copy of the same game as b.json (that one is counted)' },
    ]);
  });

  it('tells games apart by desk, seed, player, start time, scenario and story', () => {
    const base = game('us', [], { ...same, file: 'base.json' });
    const others = [
      game('nato', [], same),
      game('us', [], { ...same, seed: 5 }),
      game('us', [], { ...same, player: 'Bo' }),
      game('us', [], { ...same, createdAt: '2026-01-05T10:00:01.000Z' }),
      game('us', [], { ...same, scenario: 'short' }),
    ];
    const story = game('us', [], same);
    story.log.story = { ...story.log.story, hash: 'b'.repeat(64) };
    const all = [base, ...others, story];
    const { games, rejected } = dedupeGames(all);
    expect(games).toEqual(all);
    expect(rejected).toEqual([]);
  });
});

describe('highlights', () => {
  const end = (capital: number, usTroops = 140, alliedTroops = 20) => ({ capital, usTroops, alliedTroops });

  it('states the rules the report prints', () => {
    expect(BEST_OUTCOME_RULE).toBe(
      'Best outcome: a finished game that did not collapse, with the most political capital left; ' +
        'ties go to fewer US troops, then more allied troops, then fewer decisions.',
    );
    expect(FASTEST_COLLAPSE_RULE).toBe(
      'Fastest collapse: the game that ran out of capital or troops in the fewest decisions; ' +
        'ties go to the earlier turn, then the lower capital.',
    );
  });

  it('describes a game by its last decision, or by the start when it has none', () => {
    const g = game('nato', [{ turn: 2, meters: end(44, 150, 30) }], {
      file: 'f.json',
      player: 'Cy',
      seed: 9,
      collapse: 'burden',
    });
    expect(gameRef(g)).toEqual({
      file: 'f.json',
      player: 'Cy',
      role: 'nato',
      scenario: 'full',
      seed: 9,
      ending: { id: 'nato-end', title: 'Title of nato-end' },
      collapse: 'burden',
      decisions: 1,
      turn: 2,
      meters: end(44, 150, 30),
    });
    const empty = game('us', [], { status: 'playing' });
    expect(gameRef(empty)).toMatchObject({
      ending: null,
      decisions: 0,
      turn: 0,
      meters: BUILT_IN_SCENARIOS.full.start,
    });
  });

  it('picks the best outcome by capital, then fewer US troops, more allied troops, fewer decisions', () => {
    const best = (games: VerifiedGame[]) => findHighlights(games)[0]!.bestOutcome?.file;
    const g = (file: string, m: Meters, n = 1, o = {}) =>
      game(
        'us',
        Array.from({ length: n }, () => ({ turn: 1, meters: m })),
        { file, ...o },
      );
    expect(best([g('a', end(50)), g('b', end(60)), g('c', end(55))])).toBe('b');
    expect(best([g('a', end(60, 150)), g('b', end(60, 140))])).toBe('b');
    expect(best([g('a', end(60, 140, 20)), g('b', end(60, 140, 25))])).toBe('b');
    expect(best([g('a', end(60), 3), g('b', end(60), 2)])).toBe('b');
    expect(best([g('b', end(60)), g('a', end(60))])).toBe('a');
    // Only finished games that did not collapse can be the best.
    expect(best([g('a', end(90), 1, { collapse: 'burden' }), g('b', end(80), 1, { status: 'playing' })])).toBe(
      undefined,
    );
    expect(findHighlights([g('a', end(90), 1, { status: 'playing' })])[0]!.bestOutcome).toBeNull();
  });

  it('picks the fastest collapse by decisions, then the earlier turn, then the lower capital', () => {
    const fastest = (games: VerifiedGame[]) => findHighlights(games)[0]!.fastestCollapse?.file ?? null;
    const g = (file: string, turns: number[], capital = 0) =>
      game(
        'nato',
        turns.map((turn) => ({ turn, meters: end(capital) })),
        { file, collapse: 'capital' },
      );
    expect(fastest([g('a', [1, 2, 3]), g('b', [1, 2]), g('c', [1, 2, 3, 4])])).toBe('b');
    expect(fastest([g('a', [1, 3]), g('b', [1, 2])])).toBe('b');
    expect(fastest([g('a', [1, 2], 5), g('b', [1, 2], 3)])).toBe('b');
    expect(fastest([g('b', [1]), g('a', [1])])).toBe('a');
    expect(fastest([game('nato', [{ turn: 1 }])])).toBeNull();
  });

  it('gives each desk its own, and none to a desk without games', () => {
    const h = findHighlights([game('nato', [{ turn: 1, meters: end(70) }], { file: 'n.json' })]);
    expect(h).toEqual([
      { role: 'nato', fastestCollapse: null, bestOutcome: expect.objectContaining({ file: 'n.json' }) },
    ]);
    const both = findHighlights([game('nato', [{ turn: 1 }]), game('us', [{ turn: 1 }])]);
    expect(both.map((x) => x.role)).toEqual(['us', 'nato']);
    expect(findHighlights([])).toEqual([]);
  });
});

describe('the class report', () => {
  it('puts it all together, duplicates among the rejected after the files that failed', () => {
    const a = game('us', [{ turn: 1 }], { file: 'a.json', player: 'Ann', createdAt: '2026-01-01T00:00:00.000Z' });
    const copy = game('us', [], { file: 'copy.json', player: 'Ann', createdAt: '2026-01-01T00:00:00.000Z' });
    copy.log.seed = a.log.seed;
    const b = game('nato', [{ turn: 1 }], { file: 'b.json' });
    const report = buildClassReport({
      games: [a, copy, b],
      rejected: [{ file: 'bad.json', reason: 'not valid JSON' }],
      story: { id: 'mandate', version: '2' },
      now: new Date(Date.UTC(2026, 5, 1)),
    });
    expect(report).toMatchObject({
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      story: { id: 'mandate', version: '2' },
      generatedAt: '2026-06-01T00:00:00.000Z',
      totals: { files: 4, verified: 2, rejected: 2 },
      rejected: [
        { file: 'bad.json', reason: 'not valid JSON' },
        { file: 'copy.json', reason: 'a copy of the same game as a.json (that one is counted)' },
      ],
    });
    expect(REPORT_FORMAT).toBe('mandate-class-report');
    expect(REPORT_VERSION).toBe(1);
    expect(report.byRoleScenario.map((r) => r.logs)).toEqual([1, 1]);
    expect(report.endings.map((e) => e.id)).toEqual(['nato-end', 'us-end']);
    expect(report.decisionPoints.map((p) => p.roles)).toEqual([['us', 'nato']]);
    expect(report.trajectories).toHaveLength(2);
    expect(report.highlights.map((h) => h.role)).toEqual(['us', 'nato']);
  });
});

describe('the debrief', () => {
  it('walks the path with what each decision cost and the options not taken', () => {
    const g = game(
      'us',
      [
        { turn: 1, meters: { capital: 55 }, options: ['go', 'stay', 'wait'], text: 'stay' },
        { turn: 2, meters: { capital: 40, usTroops: 150 } },
      ],
      { player: 'Dee', seed: 12, createdAt: '2026-03-03T03:03:03.000Z', collapse: 'capital' },
    );
    const start = BUILT_IN_SCENARIOS.full.start;
    const d = buildDebrief(g, { id: 'mandate', version: '3' });
    expect(d).toEqual({
      format: 'mandate-debrief',
      version: 1,
      player: 'Dee',
      role: 'us',
      scenario: { id: 'full', title: BUILT_IN_SCENARIOS.full.title },
      seed: 12,
      story: { id: 'mandate', version: '3' },
      createdAt: '2026-03-03T03:03:03.000Z',
      finished: true,
      ending: g.ending,
      collapse: 'capital',
      start,
      final: { ...start, capital: 40, usTroops: 150 },
      finalTracks: INITIAL_TRACKS,
      path: [
        {
          step: 1,
          turn: 1,
          month: '2003-08',
          position: 'knot0.0',
          choice: 'stay',
          notTaken: ['go', 'wait'],
          before: start,
          after: { ...start, capital: 55 },
          tracks: INITIAL_TRACKS,
        },
        {
          step: 2,
          turn: 2,
          month: '2003-09',
          position: 'knot1.0',
          choice: 'go',
          notTaken: ['stay'],
          before: { ...start, capital: 55 },
          after: { ...start, capital: 40, usTroops: 150 },
          tracks: INITIAL_TRACKS,
        },
      ],
    });
  });

  it('ends at the meters and tracks of the last decision', () => {
    const g = game('nato', [
      { turn: 1, meters: { capital: 55 } },
      { turn: 2, meters: { capital: 50 } },
      { turn: 3, meters: { capital: 41 } },
    ]);
    g.log.decisions[2]!.tracks = { un: 'drafting', invitation: 'none', command: 'training' };
    const d = buildDebrief(g, { id: 'mandate', version: '1' });
    expect(d.final.capital).toBe(41);
    expect(d.finalTracks).toEqual({ un: 'drafting', invitation: 'none', command: 'training' });
  });

  it('of a game not begun starts and ends at the scenario’s start', () => {
    const d = buildDebrief(game('nato', [], { status: 'playing' }), { id: 'mandate', version: '1' });
    expect(d).toMatchObject({ finished: false, ending: null, path: [], final: d.start, finalTracks: INITIAL_TRACKS });
  });
});

describe('verifying a log for the report', () => {
  it('keeps what only the story knows: the ending’s history and questions, the collapse, the labels', () => {
    const log = finishedLog('us', 8);
    const r = verifyGame('x.json', log, story);
    if (!r.ok) throw new Error(r.rejected.reason);
    expect(r.game.file).toBe('x.json');
    expect(r.game.log).toBe(log);
    expect(r.game.ending?.id).toBe(log.ending?.id);
    expect(r.game.ending?.title).toBe(log.ending?.title);
    expect(r.game.ending?.history.length).toBeGreaterThan(0);
    expect(r.game.ending?.questions).toHaveLength(3);
    expect(r.game.labels.roles.us.label).toBe('US official');
    const unfinished = verifyGame('u.json', unfinishedLog(1), story);
    expect(unfinished.ok && unfinished.game.ending).toBeNull();
    expect(unfinished.ok && unfinished.game.collapse).toBeNull();
  });

  it('rejects a log that does not replay, naming the decision, and tells another story apart', () => {
    const log = finishedLog('us', 8);
    log.decisions[2]!.meters.capital += 1;
    const r = verifyGame('e.json', log, story);
    expect(r).toMatchObject({
      ok: false,
      foreign: false,
      rejected: { file: 'e.json', reason: expect.stringMatching(/^does not replay at decision 3: meters differ/) },
    });
    const other = { ...unfinishedLog(1), story: { ...unfinishedLog(1).story, id: 'isaf' } };
    expect(verifyGame('o.json', other, story)).toEqual({
      ok: false,
      foreign: true,
      rejected: { file: 'o.json', reason: 'does not replay: the log is of the story "isaf", not "mandate"' },
    });
  });
});
