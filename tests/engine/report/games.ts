/**
 * Games built by hand for the report's builders: a GameSummary (what each builder reads) with
 * every field given a plain default, so a test states only what it is about and the expected
 * figure is known without the code.
 */
import type { DecisionLog, LoggedDecision } from '../../../src/engine/log.js';
import type { DecisionSummary, GameSummary } from '../../../src/engine/report/summary.js';
import type { VerifiedGame } from '../../../src/engine/report/types.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../../src/engine/scenario.js';
import type { Role } from '../../../src/engine/session.js';
import type { Meters } from '../../../src/engine/sim/meters.js';
import { INITIAL_TRACKS, type Tracks } from '../../../src/engine/sim/tracks.js';
import { DEFAULT_LABELS } from '../../../src/engine/story/labels.js';
import type { Effect } from '../../../src/engine/table/ledger.js';
import type { Member, Table } from '../../../src/engine/table/types.js';

let made = 0;

/** A decision at `turn` with two options, 'go' taken. */
export function decision(o: Partial<DecisionSummary> = {}): DecisionSummary {
  return {
    step: 1,
    turn: 1,
    month: null,
    position: 'knot.0',
    prompt: 'What now?',
    text: 'go',
    options: ['go', 'stay'],
    reason: null,
    ...o,
  };
}

export type SummaryOptions = Partial<Omit<GameSummary, 'scenario'>> & {
  scenario?: string;
  scenarioTitle?: string;
};

/** A finished game of `role` in the scenario `full` (titled "Full"), no ending, no collapse. */
export function summary(role: Role, o: SummaryOptions = {}): GameSummary {
  made++;
  const { scenario = 'full', scenarioTitle, ...rest } = o;
  return {
    file: `game${made}.json`,
    player: `player ${made}`,
    role,
    scenario: { id: scenario, title: scenarioTitle ?? `Title of ${scenario}`, events: {} },
    seed: 1,
    finished: true,
    ending: null,
    collapse: null,
    decisions: [],
    turn: 0,
    month: null,
    final: { capital: 50, usTroops: 130, alliedTroops: 20 },
    tracks: { un: 'none', invitation: 'none', command: 'support' },
    scorecard: [],
    turns: [],
    costliest: null,
    ...rest,
  };
}

/** An ending as a replay reaches it. */
export const ending = (id: string, title = `Title of ${id}`, history: string[] = [], questions: string[] = []) => ({
  id,
  title,
  history,
  questions,
});

export interface Step {
  turn: number;
  meters?: Partial<Meters>;
  position?: string;
  text?: string;
  options?: string[];
  month?: string | null;
  reason?: string;
  effects?: Effect[];
  tracks?: Tracks;
}

/**
 * A verified game built by hand: each step a decision in `turn` with the meters after it (the
 * scenario's start where not given); format 2 (with a ledger) when any step has effects.
 */
export function verified(
  role: Role,
  steps: Step[],
  o: Partial<Omit<VerifiedGame, 'log'>> & {
    scenario?: Scenario;
    status?: 'ended' | 'playing';
    player?: string | null;
    seed?: number;
    createdAt?: string;
    prelude?: Effect[];
  } = {},
): VerifiedGame {
  made++;
  const scenario = o.scenario ?? BUILT_IN_SCENARIOS.full;
  const status = o.status ?? 'ended';
  const ledger = o.prelude !== undefined || steps.some((s) => s.effects);
  const decisions: LoggedDecision[] = steps.map((s, i) => ({
    step: i + 1,
    turn: s.turn,
    month: s.month === undefined ? null : s.month,
    position: s.position ?? `knot${i}.0`,
    index: (s.options ?? ['go', 'stay']).indexOf(s.text ?? 'go'),
    text: s.text ?? 'go',
    options: s.options ?? ['go', 'stay'],
    meters: { ...scenario.start, ...s.meters },
    tracks: s.tracks ?? INITIAL_TRACKS,
    ...(s.reason === undefined ? {} : { reason: s.reason }),
    ...(ledger ? { effects: s.effects ?? [], votes: [] } : {}),
  }));
  return {
    file: o.file ?? `game${made}.json`,
    log: {
      format: 'mandate-log',
      version: ledger ? 2 : 1,
      story: { id: 's', version: '1', hash: 'a'.repeat(64) },
      scenario,
      role,
      seed: o.seed ?? 1,
      player: o.player === undefined ? `player ${made}` : o.player,
      createdAt: o.createdAt ?? new Date(Date.UTC(2026, 0, 1, 0, 0, made)).toISOString(),
      updatedAt: '2026-01-02T00:00:00.000Z',
      status,
      ending: status === 'ended' && o.ending ? { id: o.ending.id, title: o.ending.title } : null,
      forkedFrom: null,
      ...(o.prelude ? { prelude: { effects: o.prelude, votes: [] } } : {}),
      decisions,
    } as DecisionLog,
    ending: o.ending ?? null,
    collapse: o.collapse ?? null,
    labels: o.labels ?? DEFAULT_LABELS,
    prompts: o.prompts ?? steps.map((_, i) => `Question ${i + 1}?`),
    scorecard: o.scorecard ?? [],
    table: o.table ?? { bodies: [], members: [] },
  };
}

/** A ledger entry of a meter. */
export const meter = (
  target: 'capital' | 'usTroops' | 'alliedTroops',
  delta: number,
  cause: 'choice' | 'upkeep' | string = 'choice',
): Effect =>
  ({
    ...(cause === 'choice' || cause === 'upkeep' ? { source: cause } : { source: 'event', event: cause }),
    kind: 'meter',
    target,
    delta,
  }) as Effect;

const seat = (body: string, id: string, name: string): Member => ({
  body,
  id,
  name,
  permanent: false,
  from: null,
  until: null,
  stance: 0,
  wants: '',
});

/** A table of two bodies: a council that votes, an alliance that acts by consensus. */
export const TABLE: Table = {
  bodies: [
    { id: 'unsc', name: 'UN Security Council', short: 'UNSC', rule: 'vote', quota: 9, track: 'un', decides: {} },
    {
      id: 'nac',
      name: 'North Atlantic Council',
      short: 'NAC',
      rule: 'consensus',
      quota: 0,
      track: 'command',
      decides: {},
    },
  ],
  members: [seat('unsc', 'france', 'France (UN)'), seat('nac', 'france', 'France'), seat('nac', 'belgium', 'Belgium')],
};
