/**
 * Start-up: time to the first frame of the terminal UI (in a pseudo-terminal) and to the first
 * prompt of plain mode, beside `node -e 0` and a bare inkjs player of the same story.
 */
import { type BenchRow, median, timeProcess } from './harness.js';
import { timeToScreen } from './pty.js';

const RUNS = 7;

export async function rows(): Promise<BenchRow[]> {
  const node = timeProcess('node', ['-e', '0'], RUNS);
  const frames: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // The first passage opens for reading: its rule offers to read on.
    frames.push(await timeToScreen('node', ['dist/mandate.js', 'play', '--role', 'us', '--seed', '1'], 'read on'));
  }
  const firstFrame = median(frames);
  const bare = timeProcess('node', ['bench/bare-player.mjs', 'us'], RUNS);
  const plain = timeProcess('node', ['dist/mandate.js', 'play', '--role', 'us', '--seed', '1', '--plain'], RUNS, '');
  return [
    {
      name: 'first frame, terminal UI (pty)',
      value: firstFrame,
      unit: 'ms',
      baseline: { name: 'node -e 0', value: node },
      target: '<= 3x floor',
      ok: firstFrame <= 3 * node,
    },
    {
      name: 'first prompt, plain mode',
      value: plain,
      unit: 'ms',
      baseline: { name: 'bare inkjs player', value: bare },
      target: '<= 1.5x floor',
      ok: plain <= 1.5 * bare,
    },
  ];
}
