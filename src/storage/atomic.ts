/**
 * Atomic writes: a temporary file beside the target, fsync, rename, then fsync of the folder
 * so the rename itself survives a power cut. A reader (or a crash) sees the old file or the
 * new one, never half of either; a killed process leaves at worst a stray temporary file,
 * whose name does not end in `.json`, so the saves list ignores it.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { StorageError } from './fs-errors.js';

/**
 * Writes `text` to `path` atomically. Refuses (StorageError) when something other than a
 * regular file is there: a rename over `/dev/full` would replace the device itself.
 */
export function writeAtomic(path: string, text: string | Buffer): void {
  refuseNonFile(path);
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic.sync(path, text, { fsync: true, mode: 0o644 });
  syncDir(dir);
}

/** Throws StorageError when something other than a regular file is at `path`; nothing there is fine. */
export function refuseNonFile(path: string): void {
  let st: import('node:fs').Stats | undefined;
  try {
    st = statSync(path);
  } catch {
    // Nothing there yet (or unreadable, which the write itself will report).
  }
  if (st?.isDirectory()) throw new StorageError(path, 'is a folder, not a file');
  if (st && !st.isFile())
    throw new StorageError(path, 'is not a regular file (a device, a FIFO or a socket); choose a file');
}

/** Best effort: some file systems refuse to fsync a directory, and the file is already safe. */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Nothing to do: the rename has happened; only its durability across a power cut is at stake.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * writeAtomic without holding up the caller's thread: the write and its fsync run in libuv's
 * thread pool (the class host answers other students meanwhile). The same guarantees: a reader
 * sees the old file or the new one. Callers that write one file many times must wait for each
 * write before the next (the host queues each game's writes).
 */
export async function writeAtomicAsync(path: string, text: string | Buffer): Promise<void> {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  await writeFileAtomic(path, text, { fsync: true, mode: 0o644 });
  syncDir(dir);
}
