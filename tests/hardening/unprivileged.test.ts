/**
 * #11: a fresh clone in a folder only its owner can enter (`mktemp -d`, /root), tested as root.
 * The tests that drop to `nobody` (to see "permission denied", which root never gets) cannot
 * load the program from there; they run a readable copy of it (helpers/unprivileged.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { BIN } from '../helpers/cli.js';
import { asRoot, NOBODY, unprivileged } from '../helpers/unprivileged.js';

const version = (bin: string, options: object) =>
  spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', timeout: 30_000, ...options });

describe('#11 running the CLI as nobody from a clone only root can enter', () => {
  it('fails from the clone itself, and works from the readable copy the tests use', () => {
    // A clone where `mktemp -d` puts it: mode 700.
    const clone = mkdtempSync(join(tmpdir(), 'mandate-clone-'));
    expect(statSync(clone).mode & 0o777).toBe(0o700);
    cpSync(join(BIN, '..'), join(clone, 'dist'), { recursive: true });
    const { bin, options } = unprivileged();
    if (asRoot) {
      const direct = version(join(clone, 'dist', 'mandate.js'), { ...NOBODY, cwd: tmpdir() });
      expect(direct.status).not.toBe(0);
      expect(direct.stderr).toMatch(/EACCES|permission denied|Cannot find module/i);
      expect(bin).not.toBe(BIN);
    }
    const copy = version(bin, options);
    expect(copy.stderr).toBe('');
    expect(copy.status).toBe(0);
    expect(copy.stdout.trim()).toBe(pkg.version);
  });
});
