/** Runs the built CLI as a user would, in a temporary data directory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export const BIN = new URL('../../dist/mandate.js', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'mandate-test-'));
}

/** `timeout` (ms) kills a run that takes longer: its code is then null, which fails an exit-code check. */
export function runCli(args: string[], input = '', env: Record<string, string> = {}, timeout = 60_000): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, MANDATE_HOME: env.MANDATE_HOME ?? tempHome(), NO_COLOR: '1', ...env },
    timeout,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A refusal as README's exit codes promise it: exit 2, nothing on stdout, and one line on
 * stderr that says why (a string it contains, or a pattern it matches), never a stack trace.
 */
export function expectRefusal(r: CliResult, why: string | RegExp, what = r.stderr): void {
  expect(r.code, what).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  if (typeof why === 'string') expect(r.stderr).toContain(why);
  else expect(r.stderr).toMatch(why);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}
