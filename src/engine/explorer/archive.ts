/**
 * An archive of states reached (Go-Explore): for each distinct state of play at a decision (where
 * in the story, and the meters and VARs, coarsely), one way to get there — a seed and the
 * choices from the start. A restarting playthrough replays the way to a rarely chosen state
 * and explores on from it, so a branch that needs five conditions to line up is worked towards
 * one condition at a time instead of hoped for all at once.
 */
import type { Rng } from './rng.js';

export interface Cell {
  seed: number;
  /** 0-based choice indices from the start of the story to this state. */
  path: number[];
  /** Times a playthrough has restarted from here. */
  chosen: number;
}

export class Archive {
  private readonly cells = new Map<string, Cell>();
  private readonly list: Cell[] = [];

  get size(): number {
    return this.list.length;
  }

  /** Remembers the first way to reach a state; later ways to the same state change nothing. */
  add(key: string, seed: number, path: readonly number[]): void {
    if (this.cells.has(key)) return;
    const cell = { seed, path: [...path], chosen: 0 };
    this.cells.set(key, cell);
    this.list.push(cell);
  }

  /** A state to restart from, favouring those restarted from least. */
  pick(rng: Rng): Cell | null {
    if (this.list.length === 0) return null;
    let total = 0;
    for (const c of this.list) total += 1 / Math.sqrt(1 + c.chosen);
    let r = rng.next() * total;
    for (const c of this.list) {
      r -= 1 / Math.sqrt(1 + c.chosen);
      if (r < 0) {
        c.chosen += 1;
        return c;
      }
    }
    const last = this.list.at(-1)!;
    last.chosen += 1;
    return last;
  }
}

/**
 * A state's key: where the choice is, the tracks, and the features (meters in coarse steps,
 * then the story's VARs).
 */
export function cellKey(position: string, tracks: object, features: readonly number[]): string {
  const coarse = features.map((v, f) => (f === 0 || f === 1 ? Math.floor(v / 10) : f === 2 ? Math.floor(v / 5) : v));
  return `${position}|${Object.values(tracks).join(',')}|${coarse.join(',')}`;
}
