/**
 * The benchmark harness: every bench/*.bench.ts exports `rows()`, which measures its figures
 * and returns them each beside a floor (baseline) measured in the same run. index.ts prints
 * one table of all rows. Figures are medians over several runs: the machine is shared.
 */
import { spawnSync } from 'node:child_process';

export interface BenchRow {
  /** What was measured, e.g. "first frame (TUI)". */
  name: string;
  /** The figure, in `unit`. */
  value: number;
  unit: string;
  /** The floor measured in the same run, in the same unit, and what it is. */
  baseline?: { name: string; value: number };
  /** A target from docs/performance.md, e.g. "<= 3x baseline". */
  target?: string;
  /** Whether the target is met, when there is one. */
  ok?: boolean;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Wall-clock milliseconds of a whole process, median of `runs`. */
export function timeProcess(cmd: string, args: string[], runs = 7, input?: string): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { input, stdio: ['pipe', 'ignore', 'ignore'] });
    if (r.error) throw r.error;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/** Milliseconds per call of `fn`, median of `runs` batches. */
export function timeFn(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}
