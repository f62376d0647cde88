/**
 * The ledger: every change to a meter, a track or a stance, with its cause: the player's
 * choice, a named event of the story, or the monthly upkeep. A decision's entries add up
 * exactly to the change it made (tests/engine/ledger.test.ts plays thousands of games to hold
 * that), so the screen, the log, the debrief and the report can say why something happened,
 * and which decision cost the most is counted from choices alone.
 */
import type { Meters } from '../sim/meters.js';
import type { Tally, VoteResult } from './types.js';

/** Why something changed. `event` names the story's event (`event("nasiriyah")`). */
export type Cause = { source: 'choice' } | { source: 'upkeep' } | { source: 'event'; event: string };

export type MeterName = keyof Meters;
export const METER_NAMES: readonly MeterName[] = ['capital', 'usTroops', 'alliedTroops'];

/** One change. Meters and stances change by `delta` (as applied, after clamping); tracks move. */
export type Effect = Cause &
  (
    | { kind: 'meter'; target: MeterName; delta: number }
    | { kind: 'stance'; target: string; delta: number }
    | { kind: 'track'; target: string; from: string; to: string }
  );

/** A decision of a body, as the log keeps it: who, when, on what, and how it went. */
export type VoteRecord = Cause & {
  body: string;
  turn: number;
  month: string | null;
  /** The move proposed: the track and the state it would move to. */
  track: string;
  proposal: string;
  result: VoteResult;
  tally: Tally;
  /** Members (ids within the body) who vetoed, blocked or refused. */
  blockers: string[];
};

/** The change of each meter that `effects` add up to. */
export function meterChange(effects: readonly Effect[], source?: Cause['source']): Meters {
  const out: Meters = { capital: 0, usTroops: 0, alliedTroops: 0 };
  for (const e of effects) {
    if (e.kind === 'meter' && (source === undefined || e.source === source)) out[e.target] += e.delta;
  }
  return out;
}

/** `choice`, `upkeep`, or the event's name: how a cause reads in a table or a file. */
export function causeName(c: Cause): string {
  return c.source === 'event' ? c.event : c.source;
}

/** Two causes are the same cause. */
export function sameCause(a: Cause, b: Cause): boolean {
  return causeName(a) === causeName(b) && a.source === b.source;
}

/**
 * The decision whose own choice cost the most political capital (events and upkeep left out),
 * as an index into `decisions`; null when no choice cost any.
 */
export function costliestDecision(decisions: readonly { effects?: readonly Effect[] }[]): number | null {
  let best: number | null = null;
  let cost = 0;
  decisions.forEach((d, i) => {
    const c = meterChange(d.effects ?? [], 'choice').capital;
    if (c < cost) {
      cost = c;
      best = i;
    }
  });
  return best;
}

/**
 * The decisions that shaped the game, at most `max`, as indexes in order: a choice that put
 * something to a body counts most, then one that moved a track, and the one that cost the most
 * capital by itself.
 */
export function decisiveSteps(
  decisions: readonly { effects: readonly Effect[]; votes: readonly VoteRecord[] }[],
  max = 3,
): number[] {
  const costliest = costliestDecision(decisions);
  const weight = (d: (typeof decisions)[number], i: number) =>
    3 * d.votes.filter((v) => v.source === 'choice').length +
    2 * new Set(d.effects.filter((e) => e.source === 'choice' && e.kind === 'track').map((e) => e.target)).size +
    (i === costliest ? 3 : 0);
  return decisions
    .map((d, i) => ({ i, w: weight(d, i) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, max)
    .map((x) => x.i)
    .sort((a, b) => a - b);
}
