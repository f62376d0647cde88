/**
 * A real terminal for end-to-end tests and benchmarks: the built CLI runs in a pseudo-terminal
 * (node-pty) and its output is parsed by a headless xterm, so a test reads the screen a player
 * would see. Tests wait for content, never for time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import { type IPty, spawn } from 'node-pty';

export const BIN = new URL('../../../dist/mandate.js', import.meta.url).pathname;

import { KEY } from '../../helpers/keys.js';

export { KEY as KEYS };

/** Whether the story pane is still being read: its rule offers Enter to read on. */
export function isReading(screen: string): boolean {
  return /Enter: read on|Enter: the options/.test(screen);
}

/** Whether the options are on screen: a highlighted `› N) ` line and no reading left. */
export function showsOptions(screen: string): boolean {
  return !isReading(screen) && /› \d+\) /.test(screen);
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'mandate-e2e-'));
}

export interface TerminalOptions {
  /** Arguments after `node dist/mandate.js` (or after `command`). */
  args: string[];
  /** The program and its first arguments, when not `node dist/mandate.js` (e.g. bin/mandate). */
  command?: string[];
  /** MANDATE_HOME for the game's saves. */
  home: string;
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
}

export interface Exit {
  exitCode: number;
  signal?: number;
}

export type ScreenTest = string | RegExp | ((screen: string) => boolean);

/** Ink brackets each frame with these (synchronized output) when it writes to a terminal. */
const FRAME_START = '\u001B[?2026h';
const FRAME_END = '\u001B[?2026l';

const matches = (screen: string, test: ScreenTest) =>
  typeof test === 'string' ? screen.includes(test) : test instanceof RegExp ? test.test(screen) : test(screen);

export class Terminal {
  readonly term: InstanceType<typeof xterm.Terminal>;
  readonly pty: IPty;
  /** Every byte the program wrote, for checks on escape sequences. */
  raw = '';
  readonly exited: Promise<Exit>;
  private parsed: Promise<void> = Promise.resolve();
  private exit: Exit | null = null;

  constructor(options: TerminalOptions) {
    const cols = options.cols ?? 80;
    const rows = options.rows ?? 24;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    // With CI set, Ink draws only the last frame: the test would pass here and fail in CI.
    delete env.CI;
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    Object.assign(env, { TERM: 'xterm-256color', MANDATE_HOME: options.home }, options.env);
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
    const [program, ...first] = options.command ?? [process.execPath, BIN];
    this.pty = spawn(program!, [...first, ...options.args], {
      cols,
      rows,
      env,
      cwd: process.cwd(),
      name: 'xterm-256color',
    });
    this.pty.onData((data) => {
      this.raw += data;
      this.parsed = this.parsed.then(() => new Promise<void>((resolve) => this.term.write(data, resolve)));
    });
    this.exited = new Promise((resolve) => {
      this.pty.onExit((e) => {
        this.exit = e;
        resolve(e);
      });
    });
  }

  /** The visible screen, one line per row, trailing spaces trimmed. */
  screen(): string {
    const buf = this.term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < this.term.rows; y++) lines.push(buf.getLine(buf.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n');
  }

  /** Whether the program is on the alternate screen. */
  get altScreen(): boolean {
    return this.term.buffer.active.type === 'alternate';
  }

  /** Whether the cursor is shown: the last show/hide sequence the program wrote. */
  get cursorShown(): boolean {
    return this.raw.lastIndexOf('\u001B[?25l') <= this.raw.lastIndexOf('\u001B[?25h');
  }

  get hasExited(): boolean {
    return this.exit !== null;
  }

  /** Whether a frame has begun and not yet ended: the screen is half old, half new. */
  get midFrame(): boolean {
    return this.raw.lastIndexOf(FRAME_START) > this.raw.lastIndexOf(FRAME_END);
  }

  /** Waits until everything received so far is on the screen. */
  async settle(): Promise<void> {
    let seen: Promise<void> | null = null;
    while (seen !== this.parsed) {
      seen = this.parsed;
      await seen;
    }
  }

  /** Waits until the screen passes `test`, then returns it; fails with the screen it saw. */
  async waitFor(
    test: ScreenTest,
    { timeout = 30_000, what, quiet = 30 }: { timeout?: number; what?: string; quiet?: number } = {},
  ) {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.settle();
      const screen = this.screen();
      if (!this.midFrame && matches(screen, test)) {
        // A frame may arrive in pieces: accept the screen once it is whole and no more output follows it.
        const seen = this.raw.length;
        await new Promise((r) => setTimeout(r, quiet));
        await this.settle();
        if (this.raw.length === seen) return screen;
        continue;
      }
      if (Date.now() > deadline || this.exit) {
        const why = this.exit ? `the program exited (${this.exit.exitCode})` : `timed out after ${timeout} ms`;
        throw new Error(`${why} waiting for ${what ?? String(test)}; the screen:\n${screen}`);
      }
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  press(keys: string): void {
    this.pty.write(keys);
  }

  /**
   * Reads the passage to its end as a player does: Enter while the rule offers to read on,
   * each press waited for on screen. Resolves with the screen that shows the options and the
   * number of presses it took.
   */
  async readToOptions({ max = 40 }: { max?: number } = {}): Promise<{ screen: string; presses: number }> {
    let screen = await this.waitFor((s) => isReading(s) || showsOptions(s), { what: 'a passage to read' });
    let presses = 0;
    while (isReading(screen)) {
      if (presses >= max) throw new Error(`still reading after ${presses} presses of Enter; the screen:\n${screen}`);
      const before = screen;
      this.press(KEY.enter);
      presses++;
      screen = await this.waitFor((s) => s !== before && (isReading(s) || showsOptions(s)), {
        what: `the page after Enter ${presses}`,
      });
    }
    return { screen, presses };
  }

  resize(cols: number, rows: number): void {
    this.pty.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  /** Waits for the program to exit (it must, within `timeout`). */
  async waitForExit(timeout = 30_000): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not exit within ${timeout} ms; the screen:\n${this.screen()}`)),
        timeout,
      );
    });
    try {
      const e = await Promise.race([this.exited, limit]);
      await this.settle();
      return e;
    } finally {
      clearTimeout(timer);
    }
  }

  kill(): void {
    if (!this.exit) this.pty.kill();
  }
}
