/**
 * Forking: a new game that keeps the first N decisions of a log and plays on from there, for
 * "what if I had chosen otherwise?". The original log is only read; the caller writes the
 * fork to a new file with `forkedFrom` set.
 */
import type { DecisionLog } from './log.js';
import { type ReplayDivergence, replayLog } from './replay.js';
import type { GameSession } from './session.js';

export type ForkResult =
  | { ok: true; session: GameSession }
  | { ok: false; problem: string; divergence?: ReplayDivergence };

/**
 * Replays decisions 1..`at` of `log` into a new session (undo as the log's game had it, unless
 * `undo` overrides). `at` 0 starts the same game afresh; `at` may not reach past the log or
 * into an ended game, since there would be nothing left to choose.
 */
export function forkLog(log: DecisionLog, storyJson: string | object, at: number, undo?: boolean): ForkResult {
  const n = log.decisions.length;
  if (!Number.isInteger(at) || at < 0 || at > n) {
    return { ok: false, problem: `cannot fork at decision ${at}: the log has ${n} decisions (use 0-${n})` };
  }
  const result = replayLog(log, storyJson, { upTo: at, undo: undo ?? log.scenario.undo });
  if (!result.ok) {
    const d = result.divergence;
    return { ok: false, problem: `diverges from the story at step ${d.step}: ${d.reason}`, divergence: d };
  }
  if (result.session.view().ended) {
    return { ok: false, problem: `the game has ended after decision ${at}; fork at an earlier decision` };
  }
  return { ok: true, session: result.session };
}
