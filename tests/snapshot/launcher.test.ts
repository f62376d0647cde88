/**
 * bin/mandate starts Node from the snapshot only when it can: the blob was built by the very
 * Node binary about to run (the stamp names it, and it has not changed since), and nothing asks
 * for Node options the snapshot was not built with. Otherwise it runs dist/mandate.js, and the
 * game starts the same. A `node` on the PATH that logs its arguments shows which way it went.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** A copy of the installed program around the real dist/, with its own blob, stamp and `node`. */
function install() {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-launcher-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'path'));
  copyFileSync(join(root, 'bin/mandate'), join(dir, 'bin/mandate'));
  chmodSync(join(dir, 'bin/mandate'), 0o755);
  for (const f of ['mandate.js', 'mandate.cjs', 'chunks']) symlinkSync(join(root, 'dist', f), join(dir, 'dist', f));
  const node = join(dir, 'path/node');
  const log = join(dir, 'node.log');
  writeFileSync(node, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${process.execPath}' "$@"\n`);
  chmodSync(node, 0o755);
  const blob = join(dir, 'dist/mandate.blob');
  copyFileSync(join(root, 'dist/mandate.blob'), blob);
  // The blob was built by this Node; the stamp names the `node` the launcher will find.
  writeFileSync(`${blob}.node`, `${node}\n`);
  const past = new Date(Date.now() - 60_000);
  utimesSync(node, past, past);
  const run = (args: string[], env: Record<string, string> = {}, input = '') => {
    rmSync(log, { force: true });
    const r = spawnSync(join(dir, 'bin/mandate'), args, {
      input,
      encoding: 'utf8',
      env: { PATH: `${join(dir, 'path')}:/usr/bin:/bin`, MANDATE_HOME: join(dir, 'home'), ...env },
    });
    let how = '';
    try {
      how = readFileSync(log, 'utf8');
    } catch {
      // node never ran.
    }
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, snapshot: how.includes('--snapshot-blob'), how };
  };
  return { dir, node, blob, run };
}

describe('bin/mandate', () => {
  it('starts from the snapshot built by the node it runs', () => {
    const { run } = install();
    const r = run(['--version']);
    expect(r.stdout.trim()).toBe('0.1.0');
    expect(r.snapshot).toBe(true);
    const game = run(['play', '--role', 'nato', '--seed', '3', '--plain'], {}, '');
    expect(game.snapshot).toBe(true);
    expect(game.stdout).toContain('── Turn 1 · August 2003 ──');
    expect(game.code).toBe(0);
  });

  it('runs the bundle when the snapshot was built by another Node binary', () => {
    const { run, blob } = install();
    writeFileSync(`${blob}.node`, `${process.execPath}\n`);
    const game = run(['play', '--role', 'nato', '--seed', '3', '--plain']);
    expect(game.snapshot).toBe(false);
    expect(game.how).toContain('dist/mandate.js play');
    expect(game.stdout).toContain('── Turn 1 · August 2003 ──');
    expect(game.stderr).toBe('');
  });

  it('runs the bundle when its Node changed after the snapshot was built', () => {
    const { run, node } = install();
    const later = new Date(Date.now() + 60_000);
    utimesSync(node, later, later);
    expect(run(['--version']).snapshot).toBe(false);
  });

  it('runs the bundle without a snapshot or its stamp', () => {
    const a = install();
    rmSync(`${a.blob}.node`);
    expect(a.run(['--version']).snapshot).toBe(false);
    const b = install();
    rmSync(b.blob);
    const r = b.run(['--version']);
    expect(r.snapshot).toBe(false);
    expect(r.stdout.trim()).toBe('0.1.0');
  });

  it('runs the bundle when asked, or with Node options the snapshot was not built with', () => {
    const { run } = install();
    expect(run(['--version'], { MANDATE_NO_SNAPSHOT: '1' }).snapshot).toBe(false);
    const withOptions = run(['--version'], { NODE_OPTIONS: '--max-semi-space-size=32' });
    expect(withOptions.snapshot).toBe(false);
    expect(withOptions.stdout.trim()).toBe('0.1.0');
    expect(run(['--version'], { DEV: 'true' }).snapshot).toBe(false);
  });

  it('runs the bundle for the commands that never draw the terminal UI, which the snapshot only weighs down', () => {
    const { run, dir } = install();
    for (const command of ['report', 'export', 'check', 'debrief', 'briefing', 'host']) {
      const r = run([command, '--help']);
      expect(r.snapshot, command).toBe(false);
      expect(r.how, command).toContain(`dist/mandate.js ${command} --help`);
      expect(r.code, command).toBe(0);
    }
    // The same words elsewhere on the line are not a command: a game named "report" still starts from the snapshot.
    const named = run(['play', '--plain', '--role', 'us', '--seed', '1', '--name', 'report'], {}, '');
    expect(named.snapshot).toBe(true);
    expect(run(['replay', join(dir, 'none.json')]).snapshot).toBe(true);
  });

  it('says so in one line when there is no node', () => {
    const { dir } = install();
    const r = spawnSync(join(dir, 'bin/mandate'), ['--version'], { encoding: 'utf8', env: { PATH: '/nonexistent' } });
    expect(r.status).toBe(127);
    expect(r.stderr).toBe('mandate: cannot find node (Node.js 20 or newer) on the PATH\n');
  });
});

describe('scripts/snapshot/blob.mjs', () => {
  function tree(entry: string | null) {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-blob-'));
    mkdirSync(join(dir, 'scripts/snapshot'), { recursive: true });
    copyFileSync(join(root, 'scripts/snapshot/blob.mjs'), join(dir, 'scripts/snapshot/blob.mjs'));
    if (entry !== null) {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/mandate.cjs'), entry);
    }
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(dir, 'scripts/snapshot/blob.mjs'), ...args], { encoding: 'utf8' });
    return { dir, run };
  }

  it('does nothing on install before the program is built (a fresh clone)', () => {
    const r = tree(null).run('--if-built');
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('builds the blob and stamps it with the node that built it', () => {
    const { dir, run } = tree(
      "require('v8').startupSnapshot.setDeserializeMainFunction(() => process.stdout.write('from the snapshot'));",
    );
    expect(run().status).toBe(0);
    expect(readFileSync(join(dir, 'dist/mandate.blob.node'), 'utf8')).toBe(`${realpathSync(process.execPath)}\n`);
    const r = spawnSync(process.execPath, ['--snapshot-blob', join(dir, 'dist/mandate.blob'), 'x'], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('from the snapshot');
  });

  it('fails the build in one line when the snapshot cannot be made, and never an install', () => {
    const { dir, run } = tree("throw new Error('no snapshot today');");
    const built = run();
    expect(built.status).toBe(1);
    expect(built.stderr).toMatch(
      /^mandate: no start-up snapshot \(the game starts without it, only slower\): .*no snapshot today.*\n$/,
    );
    const installed = run('--if-built');
    expect(installed.status).toBe(0);
    expect(readFileSync(join(dir, 'dist/mandate.cjs'), 'utf8')).toContain('no snapshot today');
    expect(() => readFileSync(join(dir, 'dist/mandate.blob.node'))).toThrow();
  });
});
