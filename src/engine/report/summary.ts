/**
 * What the class report keeps of one game: exactly what its sections print or count, and no
 * more (no options' ledgers, no votes, no tracks but the last). A worker thread replays a log
 * and sends this back instead of the log, and the report folds it in and lets it go, so the
 * report's memory grows with what it prints, not with the logs read.
 */
import type { Role } from '../session.js';
import type { CollapseReason, Meters } from '../sim/meters.js';
import type { Tracks } from '../sim/tracks.js';
import { meterChange } from '../table/ledger.js';
import { ledgerOf } from './ledger-words.js';
import type { ReachedEnding, VerifiedGame } from './types.js';

/** A decision as the choice counts see it. */
export interface DecisionSummary {
  step: number;
  turn: number;
  month: string | null;
  position: string;
  /** The question asked (the last line before the options). */
  prompt: string;
  /** The option taken, and every option offered. */
  text: string;
  options: string[];
  reason: string | null;
}

/** The decision whose own choice cost the game the most political capital (see COSTLIEST_RULE). */
export interface CostliestSummary {
  step: number;
  turn: number;
  month: string | null;
  choice: string;
  /** Negative. */
  capital: number;
}

export interface GameSummary {
  file: string;
  player: string | null;
  role: Role;
  scenario: { id: string; title: string; events: Record<string, boolean> };
  seed: number;
  finished: boolean;
  ending: ReachedEnding | null;
  collapse: CollapseReason | null;
  decisions: DecisionSummary[];
  /** The last turn and month reached, the meters and tracks then. */
  turn: number;
  month: string | null;
  final: Meters;
  tracks: Tracks;
  /** The role's brief measured at the end: each item's label and whether it was met. */
  scorecard: { label: string; met: boolean }[];
  /** The meters at the end of each turn reached, turn 0 being the start: [turn, capital, usTroops, month]. */
  turns: [number, number, number, string | null][];
  costliest: CostliestSummary | null;
}

/** Negative when a cost more; within one game, ties go to the earlier turn, then step. */
function costlier(a: CostliestSummary, b: CostliestSummary): number {
  return a.capital - b.capital || a.turn - b.turn || a.step - b.step;
}

export function summarizeGame(game: VerifiedGame): GameSummary {
  const { log } = game;
  const last = log.decisions.at(-1);
  const byTurn = new Map<number, [number, number, number, string | null]>([
    [0, [0, log.scenario.start.capital, log.scenario.start.usTroops, null]],
  ]);
  let costliest: CostliestSummary | null = null;
  const decisions = log.decisions.map((d, i): DecisionSummary => {
    byTurn.set(d.turn, [d.turn, d.meters.capital, d.meters.usTroops, d.month]);
    const capital = meterChange(ledgerOf(d), 'choice').capital;
    if (capital < 0) {
      const c = { step: d.step, turn: d.turn, month: d.month, choice: d.text, capital };
      if (!costliest || costlier(c, costliest) < 0) costliest = c;
    }
    return {
      step: d.step,
      turn: d.turn,
      month: d.month,
      position: d.position,
      prompt: game.prompts[i] ?? '',
      text: d.text,
      options: d.options,
      reason: d.reason ?? null,
    };
  });
  return {
    file: game.file,
    player: log.player,
    role: log.role,
    scenario: { id: log.scenario.id, title: log.scenario.title, events: log.scenario.events },
    seed: log.seed,
    finished: log.status === 'ended',
    ending: game.ending,
    collapse: game.collapse,
    decisions,
    turn: last?.turn ?? 0,
    month: last?.month ?? null,
    final: last?.meters ?? log.scenario.start,
    tracks: last?.tracks ?? { un: 'none', invitation: 'none', command: 'support' },
    scorecard: game.scorecard.map((l) => ({ label: l.label, met: l.met })),
    turns: [...byTurn.values()],
    costliest,
  };
}
