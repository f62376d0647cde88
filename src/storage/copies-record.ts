/**
 * Which other files a saved game is written to: `play --log FILE` writes the game to its save
 * and to FILE, and `resume` must keep FILE up to date too. The save's copies are kept beside
 * it, in `<save>.copies` (a JSON list of absolute paths; `saves` lists only `.json` files).
 * Kept apart from copies.ts so that starting a game, which only records, loads no schema.
 */
import { resolve } from 'node:path';
import { writeAtomic } from './atomic.js';

export const copiesFile = (save: string) => `${save}.copies`;

/** Records the copies of a new game's save (nothing when there are none). */
export function recordCopies(save: string, copies: readonly string[]): void {
  if (copies.length === 0) return;
  writeAtomic(copiesFile(save), `${JSON.stringify(copies.map((c) => resolve(c)))}\n`);
}
