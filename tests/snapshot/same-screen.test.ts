/**
 * The start-up snapshot (bin/mandate with dist/mandate.blob) is the same program as the bundle
 * (dist/mandate.js): in a real terminal, under the environments that change what a terminal
 * program draws (colour, CI, a dumb terminal), both write the same bytes from the first frame to
 * the saved exit. What modules read at load is the build's in a snapshot; this is what would
 * show it (see scripts/snapshot/bundle.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, KEYS, Terminal, tempHome } from '../e2e/helpers/terminal.js';

const LAUNCHER = new URL('../../bin/mandate', import.meta.url).pathname;
const BLOB = new URL('../../dist/mandate.blob', import.meta.url).pathname;

const running: Terminal[] = [];
afterEach(() => {
  for (const t of running.splice(0)) t.kill();
});

beforeAll(() => {
  if (!existsSync(BLOB)) throw new Error(`${BLOB} is missing: npm run build makes it`);
});

/** Whether the program has put its terminal in raw mode: it reads keys now. */
function readsKeys(t: Terminal): boolean {
  const tty = (t.pty as unknown as { _pty: string })._pty;
  return spawnSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' }).stdout.includes('-icanon');
}

/** Decisions in the game's autosave (0 before the first is saved). */
function savedDecisions(home: string): number {
  const dir = join(home, 'saves');
  const file = existsSync(dir) ? readdirSync(dir)[0] : undefined;
  if (!file) return 0;
  try {
    return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { decisions: unknown[] }).decisions.length;
  } catch {
    return 0; // Caught mid-write.
  }
}

let pages: number | null = null;

/** How many presses of Enter the first passage takes to read, at 90×28 (counted on screen, once). */
async function pagesToRead(): Promise<number> {
  if (pages === null) {
    const t = new Terminal({
      args: ['play', '--role', 'us', '--seed', '3', '--scenario', 'short'],
      home: tempHome(),
      cols: 90,
      rows: 28,
    });
    running.push(t);
    pages = (await t.readToOptions()).presses;
    t.kill();
  }
  return pages;
}

/** Plays one decision, leaves with Ctrl+C; returns every byte written (paths made neutral) and the command line run. */
async function session(command: string[], env: Record<string, string>) {
  const home = tempHome();
  const t = new Terminal({
    command,
    args: ['play', '--role', 'us', '--seed', '3', '--scenario', 'short'],
    home,
    env,
    cols: 90,
    rows: 28,
  });
  running.push(t);
  // Ink in CI draws only the last frame: wait for the game to read keys instead.
  if (env.CI) await t.waitFor(() => readsKeys(t), { what: 'raw mode' });
  else await t.waitFor('read on');
  const cmdline = readFileSync(`/proc/${t.pty.pid}/cmdline`, 'utf8').split('\0');
  if (env.CI) {
    // Nothing on screen to read by: Enter as many times as the passage takes to read (counted
    // where the screen shows it), then 2 and Enter take option 2. The autosave says when.
    for (let i = 0; i < (await pagesToRead()); i++) {
      t.press(KEYS.enter);
      await new Promise((r) => setTimeout(r, 200));
    }
    t.press('2');
    await new Promise((r) => setTimeout(r, 200));
    t.press(KEYS.enter);
  } else {
    await t.readToOptions();
    t.press('2');
  }
  await t.waitFor(() => savedDecisions(home) === 1 && (env.CI !== undefined || t.screen().includes('u: undo')), {
    what: 'the first decision',
  });
  t.press(KEYS.ctrlC);
  const exit = await t.waitForExit();
  const raw = t.raw.replaceAll(home, 'HOME').replace(/saves\/[^ ]*\.json/g, 'saves/FILE.json');
  return { raw, cmdline, exit: exit.exitCode };
}

const ENVIRONMENTS: [string, Record<string, string>][] = [
  ['a colour terminal', {}],
  ['NO_COLOR', { NO_COLOR: '1' }],
  ['FORCE_COLOR=3', { FORCE_COLOR: '3' }],
  ['a dumb terminal', { TERM: 'dumb' }],
  ['CI', { CI: 'true' }],
];

describe('the start-up snapshot draws what the bundle draws', () => {
  it.each(ENVIRONMENTS)('in %s', async (_, env) => {
    const bundle = await session([process.execPath, BIN], env);
    const snapshot = await session([LAUNCHER], env);
    expect(snapshot.cmdline).toContain('--snapshot-blob');
    expect(bundle.cmdline).not.toContain('--snapshot-blob');
    expect(snapshot.exit).toBe(bundle.exit);
    expect(snapshot.raw).toBe(bundle.raw);
    expect(bundle.raw).toContain('continue with: mandate resume');
  });
});
