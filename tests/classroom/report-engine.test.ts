/** The pure parts of the class report: spreads, duplicates, highlights. */
import { describe, expect, it } from 'vitest';
import { buildClassReport, spread, type VerifiedGame } from '../../src/engine/report/index.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../src/engine/scenario.js';
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
  o: Partial<VerifiedGame> & { decisions?: number; createdAt?: string; scenario?: Scenario; seed?: number } = {},
): VerifiedGame {
  const scenario = o.scenario ?? BUILT_IN_SCENARIOS.full;
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
      seed: o.seed ?? 1,
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
    ending: o.ending === undefined ? { id: 'e', title: 'E', history: [], questions: [] } : o.ending,
    collapse: o.collapse ?? null,
    labels: DEFAULT_LABELS,
    prompts: o.prompts ?? [],
    scorecard: o.scorecard ?? [],
    table: { bodies: [], members: [] },
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
    expect(first?.options).toMatchObject([
      { text: 'go', chosen: 1, share: 50 },
      { text: 'stay', chosen: 1, share: 50 },
    ]);
    expect(first?.reached).toBe(2);
  });
});

describe('counting the class', () => {
  it('counts each ending by desk and by collapse', () => {
    const out = { id: 'out', title: 'Out of capital', history: [], questions: [] };
    const held = { id: 'held', title: 'Held together', history: [], questions: [] };
    const r = build([
      game('us', 0, { ending: out, collapse: 'capital' }),
      game('nato', 0, { ending: out, collapse: 'capital' }),
      game('nato', 5, { ending: out }),
      game('nato', 60, { ending: held }),
    ]);
    expect(r.endings.map((e) => [e.title, e.logs, e.byRole, e.collapses])).toEqual([
      ['Out of capital', 3, { us: 1, nato: 2 }, 2],
      ['Held together', 1, { us: 0, nato: 1 }, 0],
    ]);
  });

  it('takes the meters of a turn from its last decision', () => {
    const g = game('us', 50, { decisions: 3 });
    // Two decisions in turn 1: the turn ends with the second one's meters.
    g.log.decisions[1]!.turn = 1;
    g.log.decisions[0]!.meters = { capital: 61, usTroops: 150, alliedTroops: 22 };
    g.log.decisions[1]!.meters = { capital: 57, usTroops: 135, alliedTroops: 22 };
    g.log.decisions[2]!.turn = 2;
    const [t] = build([g]).trajectories;
    expect(t?.turns.map((x) => [x.turn, x.capital.median, x.usTroops.median])).toEqual([
      [0, BUILT_IN_SCENARIOS.full.start.capital, BUILT_IN_SCENARIOS.full.start.usTroops],
      [1, 57, 135],
      [2, 50, 140],
    ]);
  });
});

const line = (met: boolean) => ({ label: 'x', met, detail: '' });

describe('a report to teach from', () => {
  it('counts endings by title: two ids with one title are one ending', () => {
    const a = game('us', 50, { ending: { id: 'us-out', title: 'Out of capital', history: [], questions: [] } });
    const b = game('nato', 50, {
      ending: { id: 'nato-out', title: 'Out of capital', history: ['h'], questions: ['q'] },
    });
    const r = build([a, b]);
    expect(r.endings).toEqual([
      {
        title: 'Out of capital',
        ids: ['nato-out', 'us-out'],
        finished: true,
        logs: 2,
        byRole: { us: 1, nato: 1 },
        collapses: 0,
      },
    ]);
    expect(r.endingTexts.map((e) => e.id).sort()).toEqual(['nato-out', 'us-out']);
  });

  it('gives highlights per scenario and desk: a short test game is no rival to the class', () => {
    const test = { ...BUILT_IN_SCENARIOS.short, id: 'test3', turns: 3 };
    const r = build([game('us', 99, { scenario: test, decisions: 3 }), game('us', 40), game('us', 45)]);
    expect(r.highlights.map((h) => [h.scenario, h.role, h.bestOutcome?.meters.capital])).toEqual([
      ['full', 'us', 45],
      ['test3', 'us', 99],
    ]);
  });

  it('best outcome: the most of the brief met first, capital only breaks ties', () => {
    const rich = game('nato', 90, { scorecard: [line(false), line(false)] });
    const met = game('nato', 30, { scorecard: [line(true), line(true)] });
    const [h] = build([rich, met]).highlights;
    expect(h?.bestOutcome?.file).toBe(met.file);
    expect(h?.bestOutcome?.brief).toEqual({ met: 2, of: 2 });
  });

  it('costliest choice: from the ledger, the choice alone (events and upkeep left out)', () => {
    const g = game('us', 50, { decisions: 3 });
    g.log.version = 2;
    const effect = (source: 'choice' | 'upkeep' | 'event', delta: number) =>
      ({ source, ...(source === 'event' ? { event: 'bomb' } : {}), kind: 'meter', target: 'capital', delta }) as const;
    g.log.decisions[0]!.effects = [effect('choice', -2), effect('upkeep', -9)];
    g.log.decisions[1]!.effects = [effect('choice', -4), effect('event', -6)];
    g.log.decisions[2]!.effects = [effect('choice', 3)];
    const [h] = build([g]).highlights;
    expect(h?.costliest).toMatchObject({ step: 2, capital: -4, choice: 'go' });
  });

  it('warns when seeds or scenarios are mixed, and names unfinished games', () => {
    const test = { ...BUILT_IN_SCENARIOS.short, id: 'test3' };
    const late = game('us', 50, { seed: 42 });
    late.log.status = 'playing';
    late.log.ending = null;
    const r = build([game('us', 50), game('nato', 50), late, game('us', 50, { scenario: test })]);
    expect(r.warnings).toHaveLength(3);
    expect(r.warnings[0]).toMatch(/2 scenarios \(full: 3 games; test3: 1 game\)/);
    expect(r.warnings[1]).toMatch(/full was played with 2 different seeds \(seed 1: 2 games; seed 42: 1 game\)/);
    expect(r.warnings[2]).toMatch(/1 game is not finished \(p\d+\)/);
    expect(build([game('us', 50), game('nato', 50)]).warnings).toEqual([]);
  });

  it('lists every game in the roster by player, with an id for its debrief', () => {
    const r = build([game('nato', 41), game('us', 42)]);
    expect(r.roster.map((g) => [g.id, g.role, g.final.capital])).toEqual([
      ['game-1', expect.any(String), expect.any(Number)],
      ['game-2', expect.any(String), expect.any(Number)],
    ]);
    expect(r.roster.map((g) => g.player)).toEqual([...r.roster.map((g) => g.player)].sort());
  });

  it('keeps every reason under its option, with the player, and who chose what only with names', () => {
    const a = game('us', 50);
    a.log.decisions[0]!.reason = 'Because.';
    const plain = build([a]).decisionPoints[0]!;
    expect(plain.options[0]).toMatchObject({ text: 'go', reasons: [{ player: a.log.player, reason: 'Because.' }] });
    expect(plain.options[0]!.players).toBeUndefined();
    const named = buildClassReport({
      games: [a],
      rejected: [],
      story: { id: 's', version: '1' },
      names: true,
      now: new Date(0),
    });
    expect(named.decisionPoints[0]!.options[0]!.players).toEqual([a.log.player]);
  });

  it('marks in which scenarios of the class each timeline event happens', () => {
    const off = { ...BUILT_IN_SCENARIOS.full, id: 'calm', events: { bomb: false } };
    const r = buildClassReport({
      games: [game('us', 50), game('us', 50, { scenario: off })],
      rejected: [],
      story: { id: 's', version: '1' },
      timeline: [
        { date: '2003-08-19', month: '2003-08', text: 'A bomb', event: 'bomb' },
        { date: '2003-10-16', month: '2003-10', text: 'A vote', event: null },
      ],
      now: new Date(0),
    });
    expect(r.timeline.map((t) => t.scenarios)).toEqual([['full'], ['calm', 'full']]);
  });
});
