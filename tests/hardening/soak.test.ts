/**
 * Soak: 1,000 games played headless in one process. Memory must not grow beyond a stated
 * bound and later games must not be slower than earlier ones: a leak (listeners, caches keyed
 * by session, undo stacks kept alive) shows up as both.
 */
import { describe, expect, it } from 'vitest';
import { newSession, playThrough } from '../helpers/story.js';

const GAMES = 1000;
/** Heap growth allowed between the first and the last block of games. */
const HEAP_BOUND_MB = 40;

function gc() {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc (vitest.config.ts sets it)');
  collect();
}

describe('soak', () => {
  it(`plays ${GAMES} games with bounded memory and no slowdown`, () => {
    const block = GAMES / 10;
    const times: number[] = [];
    const heaps: number[] = [];
    let seed = 1;
    const endings = new Set<string>();
    for (let b = 0; b < 10; b++) {
      const t0 = performance.now();
      for (let i = 0; i < block; i++, seed++) {
        const s = seed;
        const session = playThrough(
          newSession(s % 2 ? 'us' : 'nato', s, s % 3 ? 'full' : 'short'),
          (step, n) => (s * 7 + step * 13) % n,
        );
        const end = session.view().ending;
        expect(end).not.toBeNull();
        endings.add(end!.id);
      }
      times.push(performance.now() - t0);
      gc();
      heaps.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
    const early = Math.min(...times.slice(1, 4));
    const late = Math.min(...times.slice(-3));
    // Minimums over blocks filter the noise of a shared machine; 2x is far beyond noise.
    expect(late).toBeLessThan(early * 2);
    expect(heaps.at(-1)! - heaps[1]!).toBeLessThan(HEAP_BOUND_MB);
    expect(endings.size).toBeGreaterThanOrEqual(2);
    process.stdout.write(
      `soak: blocks of ${block} games took ${times.map((t) => t.toFixed(0)).join(', ')} ms; heap ${heaps.map((h) => h.toFixed(1)).join(', ')} MB\n`,
    );
  }, 300_000);
});
