/**
 * Keys in a real terminal: time to the first frame of a new game at 80×24, and the time from a
 * keypress to the frame that answers it over a 30-decision game (when a game ends sooner, the
 * last decision is taken back with u and another option taken, which the player can do too).
 * Each passage is read to its options with Enter first, as a player does; those keys count
 * with the other non-decision keys.
 * The floor is a bare Ink app redrawing a screenful per key, in the same pseudo-terminal.
 */
import { type BenchRow, median } from './harness.js';
import { FRAME_END, PtyRun } from './pty.js';

/** The start of a synchronized frame. */
const FRAME_START = '\u001B[?2026h';

/** The last whole frame the program drew. */
function lastFrame(output: string): string {
  const end = output.lastIndexOf(FRAME_END);
  return output.slice(output.lastIndexOf(FRAME_START, end), end);
}

/** Whether the passage on screen still has text to read before its options. */
const reading = (output: string) => /Enter: read on|Enter: the options/.test(lastFrame(output));

const DECISIONS = 30;
const RUNS = 3;
/** Time between keys, like a fast player: longer than Ink's 30 fps frame budget. */
const PACE_MS = 60;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface GameTimes {
  firstFrame: number;
  decisions: number[];
  others: number[];
}

async function playOnce(seed: number): Promise<GameTimes> {
  const run = new PtyRun('node', ['dist/mandate.js', 'play', '--role', 'us', '--seed', String(seed)]);
  try {
    const firstFrame = await run.until((o) => {
      const at = o.indexOf('read on');
      return at >= 0 && o.indexOf(FRAME_END, at) >= 0;
    });
    const decisions: number[] = [];
    const others: number[] = [];
    let option = 1;
    while (decisions.length < DECISIONS) {
      while (reading(run.output)) {
        await sleep(PACE_MS);
        others.push(await run.keyToFrame('\r'));
      }
      await sleep(PACE_MS);
      const from = run.output.length;
      decisions.push(await run.keyToFrame(String(option)));
      await sleep(PACE_MS);
      if (run.since(from).includes('THE END')) {
        // Take it back and try the next option: a keypress like any other.
        others.push(await run.keyToFrame('u'));
        option = option === 1 ? 2 : 1;
      } else {
        option = 1;
        // A scroll keypress between decisions: reading back through a growing story.
        others.push(await run.keyToFrame('k'));
      }
    }
    return { firstFrame, decisions, others };
  } finally {
    run.kill();
  }
}

async function bareInk(): Promise<{ firstFrame: number; keys: number[] }> {
  const run = new PtyRun('node', ['bench/bare-ink.mjs']);
  try {
    const firstFrame = await run.until((o) => o.includes('1) key 0'));
    const keys: number[] = [];
    for (let i = 0; i < DECISIONS; i++) {
      await sleep(PACE_MS);
      keys.push(await run.keyToFrame('x'));
    }
    return { firstFrame, keys };
  } finally {
    run.kill();
  }
}

export async function rows(): Promise<BenchRow[]> {
  const games: GameTimes[] = [];
  const bare: { firstFrame: number; keys: number[] }[] = [];
  for (let i = 0; i < RUNS; i++) {
    games.push(await playOnce(i + 1));
    bare.push(await bareInk());
  }
  const firstFrame = median(games.map((g) => g.firstFrame));
  const bareFirst = median(bare.map((b) => b.firstFrame));
  const decision = median(games.flatMap((g) => g.decisions));
  const early = median(games.flatMap((g) => g.decisions.slice(0, 10)));
  const late = median(games.flatMap((g) => g.decisions.slice(-10)));
  const other = median(games.flatMap((g) => g.others));
  const bareKey = median(bare.flatMap((b) => b.keys));
  return [
    {
      name: 'first frame of a new game, 80×24 (pty)',
      value: firstFrame,
      unit: 'ms',
      baseline: { name: 'bare Ink app', value: bareFirst },
      target: '< 500 ms',
      ok: firstFrame < 500,
    },
    {
      name: `keypress → frame, decisions (median of ${DECISIONS}×${RUNS})`,
      value: decision,
      unit: 'ms',
      baseline: { name: 'bare Ink app, key → frame', value: bareKey },
      target: '< 16 ms',
      ok: decision < 16,
    },
    {
      name: 'keypress → frame, scroll and undo keys',
      value: other,
      unit: 'ms',
      baseline: { name: 'bare Ink app, key → frame', value: bareKey },
      target: '< 16 ms',
      ok: other < 16,
    },
    {
      name: 'keypress → frame, decisions 21-30 (long game)',
      value: late,
      unit: 'ms',
      baseline: { name: 'decisions 1-10, same runs', value: early },
      target: '<= 1.5x decisions 1-10',
      ok: late <= 1.5 * early,
    },
  ];
}
