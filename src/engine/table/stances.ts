/**
 * Stances: where each member of a body stands, from -3 (hostile) to +3 (committed). The story
 * moves them with move_stance(body, member, delta); the rules read them.
 */
import { STANCE_RANGE } from './types.js';

/** A stance move the table cannot make: an unknown member or a delta that is not a whole number. */
export class StanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StanceError';
  }
}

/** The stance after moving `key` by `delta`, clamped to -3..3. */
export function moveStance(stances: Readonly<Record<string, number>>, key: string, delta: unknown): number {
  const now = stances[key];
  if (now === undefined) throw new StanceError(`no member "${key}" at the table`);
  if (typeof delta !== 'number' || !Number.isInteger(delta)) {
    throw new StanceError(`a stance moves by a whole number, got ${String(delta)}`);
  }
  return Math.max(STANCE_RANGE.min, Math.min(STANCE_RANGE.max, now + delta));
}
