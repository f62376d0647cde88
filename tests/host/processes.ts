/** The built CLI as a class uses it: a host process, and students joining it in plain mode. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { BIN, tempHome } from '../helpers/cli.js';

export interface HostProcess {
  child: ChildProcessWithoutNullStreams;
  base: string;
  code: string;
  dashboard: string;
  out: () => string;
}

const env = (home: string) => ({ ...process.env, MANDATE_HOME: home, NO_COLOR: '1' });

/** Starts `mandate host` and waits for the lines that give its address, code and dashboard. */
export function startHostProcess(folder: string, port = 0, extra: string[] = []): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'host',
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--folder',
      folder,
      '--scenario',
      'short',
      '--seed',
      '5',
      '--no-announce',
      '--name',
      'Period 3',
      ...extra,
    ],
    { env: env(tempHome()) },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${out}`)), 20_000);
    const check = () => {
      const base = /Address: +(\S+)/.exec(out)?.[1];
      const code = /Class code: +(\S+)/.exec(out)?.[1];
      const dashboard = /Dashboard: +(\S+)/.exec(out)?.[1];
      if (base && code && dashboard && out.includes('Ctrl+C closes')) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve({ child, base, code, dashboard, out: () => out });
      }
    };
    child.stdout.on('data', check);
    child.on('exit', () => reject(new Error(`the host exited:\n${out}`)));
  });
}

export interface Student {
  child: ChildProcessWithoutNullStreams;
  home: string;
  out: () => string;
  decide(line?: string): void;
  done: Promise<number | null>;
}

/** `mandate join --plain` for one student; `decide` types one line. */
export function joinStudent(
  base: string,
  code: string,
  player: string,
  home = tempHome(),
  extra: string[] = [],
): Student {
  const child = spawn(process.execPath, [BIN, 'join', base, '--code', code, '--player', player, '--plain', ...extra], {
    env: env(home),
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const done = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { child, home, out: () => out, decide: (line = '1') => child.stdin.write(`${line}\n`), done };
}

export async function until<T>(what: string, test: () => T | null | undefined | false, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = test();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
