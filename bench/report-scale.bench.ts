/**
 * The class report at scale (issue 16): worker threads and bounded memory.
 * - Speed-up: the report over 2,000 logs on the default threads (one per core) beside the same
 *   report with `--jobs 1`; target at most 0.65x on a 2-core machine.
 * - Peak memory (the whole process's maxRSS, worker threads included) over 10,000 logs and over
 *   100,000 generated logs, beside `node -e 0`; targets < 150 MB and < 200 MB. The 100,000-log
 *   run's time stands beside a process that only reads and JSON.parses the same files.
 * The report runs as a user starts it, through bin/mandate, whose launcher gives the report's
 * main thread small semi-spaces (about 15 MB of its peak). The logs are made once and kept (class-cache.ts). Set MANDATE_BENCH_SCALE=10000 to leave out
 * the 100,000-log rows (they take this machine many minutes).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { classOf } from './class-cache.js';
import { type BenchRow, median, timeProcess } from './harness.js';

const FLOOR = `
const fs = require('node:fs'), path = require('node:path');
const dir = process.argv[1];
for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
`;

const RSS_ON_EXIT = new URL('./rss-on-exit.mjs', import.meta.url).pathname;

/**
 * Wall time (ms) and peak resident memory (MB) of one whole process: `node ARGS`, or the
 * program as a user starts it (bin/mandate, whose launcher gives the report its V8 flags).
 */
function measure(args: string[], launcher = false): { ms: number; mb: number } {
  const t0 = process.hrtime.bigint();
  const r = launcher
    ? spawnSync('bin/mandate', args, {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 20,
        env: { ...process.env, NODE_OPTIONS: `--import ${RSS_ON_EXIT}` },
      })
    : spawnSync('node', ['--import', RSS_ON_EXIT, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 20,
      });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSS_KB=(\d+)/.exec(r.stderr);
  if (!m || r.status !== 0) throw new Error(`report failed (${r.status}): ${r.stderr.slice(-300)}`);
  return { ms, mb: Number(m[1]) / 1024 };
}

/** `mandate report DIR --format json`, through the launcher. */
const report = (dir: string, ...more: string[]) => ['report', dir, '--format', 'json', ...more];

export async function rows(): Promise<BenchRow[]> {
  const storyJson = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
  const out: BenchRow[] = [];
  const cores = availableParallelism();

  // Speed-up: interleaved runs, so the shared machine's load falls on both alike.
  const two = await classOf(2_000, storyJson);
  const one: number[] = [];
  const many: number[] = [];
  for (let i = 0; i < 3; i++) {
    one.push(measure(report(two, '--jobs', '1'), true).ms);
    many.push(measure(report(two), true).ms);
  }
  const ratio = median(many) / median(one);
  out.push({
    name: `class report, 2,000 logs, default threads (${cores} cores)`,
    value: median(many),
    unit: 'ms',
    baseline: { name: 'the same with --jobs 1', value: median(one) },
    target: '<= 0.65x baseline',
    ok: ratio <= 0.65,
  });

  const bare = median([0, 1, 2].map(() => measure(['-e', '0']).mb));
  const sizes = process.env.MANDATE_BENCH_SCALE === '10000' ? [10_000] : [10_000, 100_000];
  for (const n of sizes) {
    const dir = await classOf(n, storyJson);
    const run = measure(report(dir), true);
    const limit = n > 10_000 ? 200 : 150;
    out.push({
      name: `class report, ${n.toLocaleString('en-US')} logs: peak memory (default threads)`,
      value: run.mb,
      unit: 'MB',
      baseline: { name: 'node -e 0', value: bare },
      target: `< ${limit} MB`,
      ok: run.mb < limit,
    });
    if (n === 10_000) {
      // What the launcher's flag buys: the same report started without it.
      out.push({
        name: `class report, ${n.toLocaleString('en-US')} logs: peak memory, node dist/mandate.js (no launcher flags)`,
        value: measure(['dist/mandate.js', ...report(dir)]).mb,
        unit: 'MB',
        baseline: { name: 'node -e 0', value: bare },
      });
    }
    out.push({
      name: `class report, ${n.toLocaleString('en-US')} logs: time (default threads)`,
      value: run.ms,
      unit: 'ms',
      baseline: { name: 'read + JSON.parse the same files', value: timeProcess('node', ['-e', FLOOR, dir], 1) },
    });
  }
  return out;
}
