/**
 * One writer per log (src/storage/log-lock.ts): a game takes `FILE.lock`, holding its process
 * id, before it saves to FILE. A lock of a process that still runs refuses the second game in
 * one line naming that process; a lock of a process that is gone, or one that names no process,
 * is taken over; anything else the file system says is a saving error naming the file. The CLI
 * tests check this end to end; these run in process, so that a change to the module shows.
 *
 * The file system is the real one, except where a test stages what a real disk does only in a
 * race (a rival taking over the same stale lock, a lock removed between two calls) or when full:
 * those go through hooks on node:fs below.
 */
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Staged file-system behaviour; each test that sets one clears it in afterEach. */
const hooks: {
  unlink?: (path: string, real: typeof import('node:fs')) => void;
  write?: () => void;
} = {};

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const unlinkSync = ((path: string) =>
    hooks.unlink ? hooks.unlink(path, fs) : fs.unlinkSync(path)) as typeof fs.unlinkSync;
  const writeSync = ((...a: Parameters<typeof fs.writeSync>) => {
    hooks.write?.();
    return (fs.writeSync as (...b: unknown[]) => number)(...a);
  }) as typeof fs.writeSync;
  const patched = { ...fs, unlinkSync, writeSync };
  return { ...patched, default: patched };
});

const { holdsLock, LogLockedError, lockLog } = await import('../../src/storage/log-lock.js');
const { StorageError } = await import('../../src/storage/fs-errors.js');
const { tempHome } = await import('../helpers/cli.js');

afterEach(() => {
  delete hooks.unlink;
  delete hooks.write;
  vi.restoreAllMocks();
});

/** A process id no process can have (above any pid_max): kill(2) answers ESRCH. */
const GONE = 2_147_483_646;

function errno(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: staged, ${syscall}`), { code, syscall, path });
}

/** The error lockLog throws, or fails the test when it takes the lock. */
function refusal(file: string): Error {
  try {
    lockLog(file);
  } catch (e) {
    return e as Error;
  }
  throw new Error(`lockLog(${file}) took the lock`);
}

describe('lockLog', () => {
  it('takes a free lock: FILE.lock holds this process id and a newline, readable by others', () => {
    const file = join(tempHome(), 'game.json');
    expect(holdsLock(file)).toBe(false);
    lockLog(file);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    expect(statSync(`${file}.lock`).mode & 0o777).toBe(0o644);
    expect(holdsLock(file)).toBe(true);
    // Another spelling of the same path is the same lock; another file is not locked.
    expect(holdsLock(join(file, '..', '.', 'game.json'))).toBe(true);
    expect(holdsLock(join(file, '..', 'other.json'))).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('takes a lock it already holds again without touching the lock file', () => {
    const file = join(tempHome(), 'game.json');
    lockLog(file);
    writeFileSync(`${file}.lock`, 'untouched');
    lockLog(file);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe('untouched');
  });

  it('refuses a game open in another running Mandate, naming its process, and leaves its lock alone', () => {
    const file = join(tempHome(), 'game.json');
    // The parent of this test process runs, and is not this process.
    const other = process.ppid;
    writeFileSync(`${file}.lock`, `${other}\n`);
    const e = refusal(file);
    expect(e).toBeInstanceOf(LogLockedError);
    expect(e).toBeInstanceOf(StorageError);
    expect(e).toMatchObject({ name: 'LogLockedError', file });
    expect(e.message).toBe(`${file}: this game is open in another Mandate (process ${other}); close that one first`);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${other}\n`);
    expect(holdsLock(file)).toBe(false);
  });

  it('refuses when the other process runs as another user (kill answers EPERM)', () => {
    const file = join(tempHome(), 'game.json');
    writeFileSync(`${file}.lock`, '4242\n');
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw errno('EPERM', 'kill');
    });
    expect(refusal(file).message).toBe(
      `${file}: this game is open in another Mandate (process 4242); close that one first`,
    );
    expect(kill).toHaveBeenCalledWith(4242, 0);
  });

  it('takes over a lock left by a process that is gone', () => {
    const file = join(tempHome(), 'game.json');
    writeFileSync(`${file}.lock`, `${GONE}\n`);
    lockLog(file);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    expect(holdsLock(file)).toBe(true);
  });

  it('takes over a lock naming this very process (left by an earlier run that had its id)', () => {
    const file = join(tempHome(), 'game.json');
    writeFileSync(`${file}.lock`, `${process.pid}\n`);
    lockLog(file);
    expect(holdsLock(file)).toBe(true);
  });

  it('takes over a lock that names no process: empty, half-written, not a number, 0 or negative', () => {
    // kill(0) and kill(-1) would succeed (this process group, every process): they must never be asked.
    for (const text of ['', '\n', '12ab\n', 'x', '0\n', '-1\n', '1.5\n']) {
      const file = join(tempHome(), 'game.json');
      writeFileSync(`${file}.lock`, text);
      expect(() => lockLog(file), JSON.stringify(text)).not.toThrow();
      expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    }
  });

  it('takes a stale lock that someone else removed first', () => {
    const file = join(tempHome(), 'game.json');
    writeFileSync(`${file}.lock`, `${GONE}\n`);
    hooks.unlink = (path, fs) => {
      fs.unlinkSync(path);
      throw errno('ENOENT', 'unlink', path);
    };
    lockLog(file);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('gives up, asking to try again, when a rival replaces the stale lock it removed', () => {
    const file = join(tempHome(), 'game.json');
    writeFileSync(`${file}.lock`, `${GONE}\n`);
    let rivals = 1;
    hooks.unlink = (path, fs) => {
      fs.unlinkSync(path);
      // A rival took the stale lock in between, and died at once in its turn.
      if (rivals-- > 0) writeFileSync(path, `${GONE}\n`);
    };
    const e = refusal(file);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toBe(`${file}: could not take the lock on this game; try again`);
    expect(holdsLock(file)).toBe(false);
  });

  it('is a saving error naming the file when the folder does not exist', () => {
    const file = join(tempHome(), 'missing', 'game.json');
    const e = refusal(file);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toBe(`${file}: cannot save: no such file (${file}.lock)`);
  });

  it('is a saving error, not a take-over, when a folder sits where the lock goes', () => {
    const file = join(tempHome(), 'game.json');
    mkdirSync(`${file}.lock`);
    const e = refusal(file);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toBe(`${file}: cannot save: is a folder (${file}.lock)`);
    expect(statSync(`${file}.lock`).isDirectory()).toBe(true);
    expect(holdsLock(file)).toBe(false);
  });

  it('removes a lock it could not write (a full disk) and says so', () => {
    const file = join(tempHome(), 'game.json');
    hooks.write = () => {
      throw errno('ENOSPC', 'write');
    };
    const e = refusal(file);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toBe(`${file}: cannot save: no space left on the disk`);
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(holdsLock(file)).toBe(false);
  });
});

describe('at exit', () => {
  it('releases every lock it holds, once, even one already removed', async () => {
    // A fresh copy of the module: it registers its exit handler with its first lock.
    vi.resetModules();
    const fresh = await import('../../src/storage/log-lock.js');
    const before = process.listeners('exit');
    const dir = tempHome();
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    fresh.lockLog(a);
    const added = process.listeners('exit').filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    fresh.lockLog(b);
    expect(process.listeners('exit').filter((l) => !before.includes(l))).toEqual(added);
    const release = added[0]!;
    process.off('exit', release);

    unlinkSync(`${a}.lock`);
    expect(() => (release as () => void)()).not.toThrow();
    expect(existsSync(`${b}.lock`)).toBe(false);
    expect(fresh.holdsLock(a)).toBe(false);
    expect(fresh.holdsLock(b)).toBe(false);
  });
});
