/**
 * After the rename, the folder is flushed too, so the rename survives a power cut; a file
 * system that refuses to flush a folder does not fail the write. The file system calls are
 * recorded (a power cut cannot be staged in a test).
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let refuseFolderSync = false;
let refuseFolderOpen = false;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const folders = new Set<number>();
  const openSync = ((path: string, flags: string, ...rest: unknown[]) => {
    if (refuseFolderOpen && fs.statSync(path).isDirectory()) {
      calls.push('open folder refused');
      throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    }
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, flags, ...rest);
    if (fs.statSync(path).isDirectory()) {
      folders.add(fd);
      calls.push(`open folder ${flags}`);
    }
    return fd;
  }) as typeof fs.openSync;
  const fsyncSync = ((fd: number) => {
    if (folders.has(fd)) {
      calls.push('fsync folder');
      if (refuseFolderSync) throw Object.assign(new Error('EINVAL: invalid argument, fsync'), { code: 'EINVAL' });
    }
    return fs.fsyncSync(fd);
  }) as typeof fs.fsyncSync;
  const closeSync = ((fd: number) => {
    if (folders.delete(fd)) calls.push('close folder');
    return fs.closeSync(fd);
  }) as typeof fs.closeSync;
  const patched = { ...fs, openSync, fsyncSync, closeSync };
  return { ...patched, default: patched };
});

const { readFileSync } = await import('node:fs');
const { writeAtomic } = await import('../../src/storage/atomic.js');
const { tempHome } = await import('../helpers/cli.js');

beforeEach(() => {
  calls.length = 0;
  refuseFolderSync = false;
  refuseFolderOpen = false;
});

describe('the folder of an atomic write', () => {
  it('is opened, flushed and closed after the file is in place', () => {
    const file = join(tempHome(), 'log.json');
    writeAtomic(file, 'text');
    expect(calls).toEqual(['open folder r', 'fsync folder', 'close folder']);
    expect(readFileSync(file, 'utf8')).toBe('text');
  });

  it('may refuse to be flushed: the write still succeeds and the folder is closed', () => {
    refuseFolderSync = true;
    const file = join(tempHome(), 'log.json');
    expect(() => writeAtomic(file, 'text')).not.toThrow();
    expect(calls).toEqual(['open folder r', 'fsync folder', 'close folder']);
    expect(readFileSync(file, 'utf8')).toBe('text');
  });

  it('may not even open: the write still succeeds, and nothing is closed that was not opened', () => {
    refuseFolderOpen = true;
    const file = join(tempHome(), 'log.json');
    expect(() => writeAtomic(file, 'text')).not.toThrow();
    expect(calls).toEqual(['open folder refused']);
    expect(readFileSync(file, 'utf8')).toBe('text');
  });
});
