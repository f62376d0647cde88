/**
 * One writer per log. A game holds `FILE.lock` (made with O_EXCL, holding its process id) for
 * as long as it may save to FILE, so a second `mandate resume FILE` is refused with a clear line
 * instead of both printing "Saved" while the last writer silently wins. A lock left by a
 * process that no longer runs (killed with -9, a power cut) is taken over.
 *
 * A file of our own rather than proper-lockfile: that library detects stale locks by a timer
 * refreshing the lock's mtime, which a long step of a story (or a suspended laptop) can miss,
 * and it then throws from the timer; a process id cannot go stale while its game is open.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { StorageError, savingFailed } from './fs-errors.js';

/** FILE is being written by another running Mandate. */
export class LogLockedError extends StorageError {
  constructor(file: string, pid: number) {
    super(file, `this game is open in another Mandate (process ${pid}); close that one first`);
    this.name = 'LogLockedError';
  }
}

const held = new Map<string, string>();
let releaseOnExit = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lock: string): number | null {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function releaseAll(): void {
  for (const lock of held.values()) {
    try {
      unlinkSync(lock);
    } catch {
      // Gone already: nothing to release.
    }
  }
  held.clear();
}

/**
 * Takes the lock on `file` for the rest of this process (released at exit), or throws
 * LogLockedError. The folder must exist.
 */
export function lockLog(file: string): void {
  const key = resolve(file);
  if (held.has(key)) return;
  const lock = `${key}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') savingFailed(file, e);
      const pid = ownerOf(lock);
      if (pid !== null && pid !== process.pid && alive(pid)) throw new LogLockedError(file, pid);
      // Left behind by a process that is gone (or half-written by one that died making it).
      try {
        unlinkSync(lock);
      } catch (u) {
        if ((u as NodeJS.ErrnoException).code !== 'ENOENT') savingFailed(file, u);
      }
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } catch (e) {
      closeSync(fd);
      unlinkSync(lock);
      savingFailed(file, e);
    }
    closeSync(fd);
    held.set(key, lock);
    if (!releaseOnExit) {
      releaseOnExit = true;
      process.on('exit', releaseAll);
    }
    return;
  }
  throw new StorageError(file, 'could not take the lock on this game; try again');
}

/** Whether this process holds the lock on `file`. */
export function holdsLock(file: string): boolean {
  return held.has(resolve(file));
}
