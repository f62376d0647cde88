/** Runs a command in a real pseudo-terminal and times how long until the screen shows `text`. */
import { spawn } from 'node-pty';

export function timeToScreen(cmd: string, args: string[], text: string, timeoutMs = 10_000): Promise<number> {
  const env = { ...process.env, TERM: 'xterm-256color' } as Record<string, string>;
  // With CI set, Ink draws only the last frame; a user's terminal draws every frame.
  delete env.CI;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const term = spawn(cmd, args, { cols: 100, rows: 30, env, cwd: process.cwd() });
    let out = '';
    const timer = setTimeout(() => {
      term.kill();
      reject(new Error(`timed out waiting for "${text}"; saw: ${out.slice(-300)}`));
    }, timeoutMs);
    term.onData((d) => {
      out += d;
      if (out.includes(text)) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        term.kill();
        resolve(ms);
      }
    });
  });
}
