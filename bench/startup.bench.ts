/**
 * Start-up: time to the first frame of the terminal UI (in a pseudo-terminal) and to the first
 * prompt of plain mode, beside `node -e 0` and a bare inkjs player of the same story. The game
 * starts as a player starts it, through bin/mandate: from the V8 start-up snapshot that
 * `npm run build` makes (scripts/snapshot/). The same program without the snapshot
 * (`node dist/mandate.js`) is measured in the same runs, to show what the snapshot buys.
 * Runs are interleaved, so that a busy moment of the shared machine falls on every figure alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, median } from './harness.js';
import { timeToScreen } from './pty.js';

const RUNS = 9;
const GAME = ['play', '--role', 'us', '--seed', '1'];

/** The games saved while measuring go to a temporary folder, not the player's. */
const env = { ...process.env, MANDATE_HOME: mkdtempSync(join(tmpdir(), 'mandate-bench-')) };

/** Wall-clock milliseconds of one whole process. */
function once(cmd: string, args: string[], input?: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { input, env, stdio: ['pipe', 'ignore', 'ignore'] });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function rows(): Promise<BenchRow[]> {
  const t = { node: [] as number[], frame: [] as number[], frameBundle: [] as number[] };
  const p = { bare: [] as number[], plain: [] as number[], plainBundle: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    // The first passage opens for reading: its rule offers to read on.
    t.node.push(once('node', ['-e', '0']));
    t.frame.push(await timeToScreen('bin/mandate', GAME, 'read on'));
    t.frameBundle.push(await timeToScreen('node', ['dist/mandate.js', ...GAME], 'read on'));
    p.bare.push(once('node', ['bench/bare-player.mjs', 'us']));
    p.plain.push(once('bin/mandate', [...GAME, '--plain'], ''));
    p.plainBundle.push(once('node', ['dist/mandate.js', ...GAME, '--plain'], ''));
  }
  const node = median(t.node);
  const frame = median(t.frame);
  const bare = median(p.bare);
  const plain = median(p.plain);
  return [
    {
      name: 'first frame, terminal UI (pty, bin/mandate: start-up snapshot)',
      value: frame,
      unit: 'ms',
      baseline: { name: 'node -e 0', value: node },
      target: '<= 3x floor',
      ok: frame <= 3 * node,
    },
    {
      name: 'first frame, terminal UI (pty, node dist/mandate.js: no snapshot)',
      value: median(t.frameBundle),
      unit: 'ms',
      baseline: { name: 'node -e 0', value: node },
    },
    {
      name: 'first prompt, plain mode (bin/mandate)',
      value: plain,
      unit: 'ms',
      baseline: { name: 'bare inkjs player', value: bare },
      target: '<= 1.5x floor',
      ok: plain <= 1.5 * bare,
    },
    {
      name: 'first prompt, plain mode (node dist/mandate.js: no snapshot)',
      value: median(p.plainBundle),
      unit: 'ms',
      baseline: { name: 'bare inkjs player', value: bare },
    },
  ];
}
