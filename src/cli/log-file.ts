/**
 * Loading a log named on the command line, for resume, replay and fork: every way a file can
 * be wrong becomes a UserError, one line naming the file and the problem (exit 2).
 */
import type { DecisionLog } from '../engine/log.js';
import type { ReplayDivergence } from '../engine/replay.js';
import { type AnyLog, LogReadError, readAnyLog, readLog } from '../storage/logs.js';
import { UserError } from './errors.js';

/** A log of either kind: one game, or a pair of linked desks. */
export function loadAnyLog(file: string): AnyLog {
  try {
    return readAnyLog(file);
  } catch (e) {
    if (e instanceof LogReadError) throw new UserError(e.message);
    throw e;
  }
}

export function loadLog(file: string): DecisionLog {
  try {
    return readLog(file);
  } catch (e) {
    if (e instanceof LogReadError) throw new UserError(e.message);
    throw e;
  }
}

/** A log that cannot be replayed at all (another story, a story that does not start). */
export function isForeign(d: ReplayDivergence): boolean {
  return d.kind === 'other-story' || d.kind === 'no-start';
}

/** `diverges from the story at step 4: the option is now …` */
export function describeDivergence(d: ReplayDivergence): string {
  if (d.kind === 'other-story') return `${d.reason} (for a log of another story, add --story FILE)`;
  return isForeign(d) ? d.reason : `diverges from the story at step ${d.step}: ${d.reason}`;
}
