/**
 * Runs a command in a real pseudo-terminal, for timings a player would feel: time to the first
 * frame, and time from a keypress to the frame that answers it. The game writes each frame
 * between the synchronized-output markers (DEC 2026), so the end marker is the frame's end.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IPty, spawn } from 'node-pty';

/** The end of a synchronized frame. */
export const FRAME_END = '\u001B[?2026l';

/** A terminal's environment: no CI (Ink would draw only the last frame), saves in a temp dir. */
export function ptyEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  delete env.CI;
  env.TERM = 'xterm-256color';
  env.MANDATE_HOME = mkdtempSync(join(tmpdir(), 'mandate-bench-'));
  return Object.assign(env, extra);
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** A program in a pseudo-terminal, its output kept whole for searching. */
export class PtyRun {
  readonly pty: IPty;
  output = '';
  readonly started = now();
  private waiters: (() => void)[] = [];

  constructor(cmd: string, args: string[], { cols = 80, rows = 24, env = ptyEnv() } = {}) {
    this.pty = spawn(cmd, args, { cols, rows, env, cwd: process.cwd(), name: 'xterm-256color' });
    this.pty.onData((d) => {
      this.output += d;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Resolves with the time (ms since start) when `test` first holds for the output. */
  until(test: (output: string) => boolean, timeoutMs = 15_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out; the output ends: ${JSON.stringify(this.output.slice(-300))}`)),
        timeoutMs,
      );
      const check = () => {
        if (test(this.output)) {
          clearTimeout(timer);
          resolve(now() - this.started);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Presses `keys` and resolves with the milliseconds until the next frame is complete. */
  async keyToFrame(keys: string): Promise<number> {
    const from = this.output.length;
    const t0 = now();
    this.pty.write(keys);
    await this.until((o) => o.indexOf(FRAME_END, from) >= 0);
    return now() - t0;
  }

  /** The output since character `from`. */
  since(from: number): string {
    return this.output.slice(from);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // Already gone.
    }
  }
}

export async function timeToScreen(cmd: string, args: string[], text: string, timeoutMs = 10_000): Promise<number> {
  const run = new PtyRun(cmd, args, { cols: 100, rows: 30 });
  try {
    return await run.until((o) => o.includes(text), timeoutMs);
  } finally {
    run.kill();
  }
}
