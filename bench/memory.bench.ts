/**
 * Peak memory of a full game: the whole CLI process in plain mode, playing a full-scenario
 * game to its ending, beside a process that only starts Node.
 */
import { spawnSync } from 'node:child_process';
import { type BenchRow, median } from './harness.js';

const RUNS = 5;

function peakKb(args: string[], input = ''): number {
  const r = spawnSync('node', ['--import', './bench/rss-on-exit.mjs', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, MANDATE_HOME: '/tmp/mandate-bench-home' },
  });
  const m = /MAXRSS_KB=(\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no memory figure: ${r.stderr.slice(-300)}`);
  return Number(m[1]);
}

export async function rows(): Promise<BenchRow[]> {
  const input = '1\n2\n'.repeat(100);
  const game = median(
    Array.from({ length: RUNS }, () =>
      peakKb(['dist/mandate.js', 'play', '--plain', '--role', 'us', '--seed', '1'], input),
    ),
  );
  const bare = median(Array.from({ length: RUNS }, () => peakKb(['-e', '0'])));
  const mb = (kb: number) => kb / 1024;
  return [
    {
      name: 'peak memory, full game (plain mode)',
      value: mb(game),
      unit: 'MB',
      baseline: { name: 'node -e 0', value: mb(bare) },
      target: '< 150 MB',
      ok: mb(game) < 150,
    },
  ];
}
