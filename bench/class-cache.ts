/**
 * Classes of generated logs for the report benchmarks, written once per story version into the
 * temporary folder and kept (a folder is complete when it holds `.complete`). Up to 10,000 logs
 * are seeded random games, as tests/classroom makes them, played by several processes at once
 * (make-class.ts). A larger class repeats those games as other students' (another player and
 * start time, so no two logs are copies of one game): the report replays and counts every one,
 * and playing 100,000 games anew would take this machine most of an hour and tell nothing more.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DecisionLog } from '../src/engine/log.js';
import { storyHash } from '../src/engine/log.js';
import { studentFile, studentTimes } from '../tests/classroom/class-logs.js';

/** The seed of every benchmark class: file i is the same game in a class of any size. */
export const BENCH_CLASS_SEED = 7;
/** Games played; a larger class repeats them. */
const PLAYED = 10_000;

export function classFolder(n: number, storyJson: string): string {
  return join(tmpdir(), `mandate-bench-report-${storyHash(storyJson).slice(0, 12)}`, `logs-${n}`);
}

async function play(dir: string, n: number): Promise<void> {
  const parts = Math.max(1, Math.min(availableParallelism(), Math.ceil(n / 100)));
  const size = Math.ceil(n / parts);
  await Promise.all(
    Array.from({ length: parts }, (_, p) => {
      const args = ['--import', 'tsx', 'bench/make-class.ts', dir, String(n), String(p * size), String((p + 1) * size)];
      const child = spawn(process.execPath, args, { stdio: 'inherit' });
      return new Promise<void>((resolve, reject) =>
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`make-class.ts exited ${code}`)))),
      );
    }),
  );
}

/** Student i of a large class: game i mod PLAYED of the played class, as student i's. */
function repeat(played: string, dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const base: string[] = [];
  for (let i = 0; i < PLAYED; i++) base.push(studentFile(played, i));
  for (let i = 0; i < n; i++) {
    const log = JSON.parse(readFileSync(base[i % PLAYED]!, 'utf8')) as DecisionLog;
    const times = studentTimes(i);
    log.player = times.player;
    log.createdAt = times.createdAt;
    log.updatedAt = times.updatedAt;
    writeFileSync(studentFile(dir, i), `${JSON.stringify(log, null, 2)}\n`);
  }
}

/** A folder of `n` logs for the current story, made on first use. */
export async function classOf(n: number, storyJson: string): Promise<string> {
  const dir = classFolder(n, storyJson);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  const played = n > PLAYED ? await classOf(PLAYED, storyJson) : null;
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`  generating ${n.toLocaleString('en-US')} logs in ${dir}…\n`);
  if (played) repeat(played, dir, n);
  else await play(dir, n);
  writeFileSync(done, new Date().toISOString());
  return dir;
}
