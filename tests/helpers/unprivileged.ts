/**
 * Running the CLI as `nobody`. The tests run as root (CI and these sessions do), and root reads
 * any file whatever its mode, so a test of "permission denied" drops to nobody. Nobody must then
 * be able to reach the program: a fresh clone may sit in a folder only its owner can enter
 * (`mktemp -d`, /root), so the built CLI is copied once into a folder anyone can read, and the
 * child runs from there.
 */
import { chmodSync, cpSync, type Dirent, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './cli.js';

export const NOBODY = { uid: 65534, gid: 65534 } as const;

export const asRoot = process.getuid?.() === 0;

let copy: string | null = null;

/** The built CLI in a folder any user can read (the same bundle as BIN, copied once per test file). */
export function readableBin(): string {
  if (copy) return copy;
  const dir = mkdtempSync(join(tmpdir(), 'mandate-readable-'));
  cpSync(join(BIN, '..'), join(dir, 'dist'), { recursive: true });
  const open = (path: string, mode: number) => chmodSync(path, mode);
  open(dir, 0o755);
  const walk = (d: string) => {
    open(d, 0o755);
    for (const e of readdirSync(d, { withFileTypes: true }) as Dirent[]) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else open(p, 0o644);
    }
  };
  walk(join(dir, 'dist'));
  copy = join(dir, 'dist', 'mandate.js');
  return copy;
}

/**
 * spawn options and the program to run as nobody when the tests run as root (as the user they
 * run as, otherwise): the readable copy, started from its own folder.
 */
export function unprivileged(): { bin: string; options: { uid?: number; gid?: number; cwd?: string } } {
  if (!asRoot) return { bin: BIN, options: {} };
  const bin = readableBin();
  return { bin, options: { ...NOBODY, cwd: join(bin, '..', '..') } };
}
