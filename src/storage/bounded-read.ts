/**
 * Reading a file the user named (a log, a scenario, a story): only a regular file, only up to
 * a size, so that a FIFO does not block forever, `/dev/zero` does not fill the memory, and a
 * file the size of a film is refused without being loaded. Every reader of user files uses it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeFsError, FileProblem } from './fs-errors.js';

export class BoundedReadError extends FileProblem {
  override name = 'BoundedReadError';
  constructor(
    file: string,
    problem: string,
    /** The file-system error code, when there was one (ENOENT, EACCES, ...). */
    readonly code?: string,
  ) {
    super(file, problem);
  }
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

export interface BoundedReadOptions {
  /** Largest size accepted, in bytes. */
  limit: number;
  /** What the file should be, for messages: `a log`, `a scenario file`. */
  what: string;
}

/**
 * The text of a regular file of at most `limit` bytes, a byte-order mark removed. The file is
 * opened without blocking and checked on the open descriptor, so a FIFO put in its place
 * between a check and the open cannot block the read either.
 */
export function readBoundedText(file: string, { limit, what }: BoundedReadOptions): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new BoundedReadError(file, describeFsError(err), err.code);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new BoundedReadError(file, `is a folder, not ${what}`, 'EISDIR');
    if (!st.isFile()) throw new BoundedReadError(file, 'not a regular file');
    if (st.size > limit) throw new BoundedReadError(file, `too large for ${what} (${formatSize(st.size)})`);
    // One byte more than the size, to notice a file that grows while it is read.
    const buf = Buffer.alloc(st.size + 1);
    let total = 0;
    while (total < buf.length) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > st.size) throw new BoundedReadError(file, 'changed while it was being read; try again');
    return stripBom(buf.subarray(0, total).toString('utf8'));
  } catch (e) {
    if (e instanceof BoundedReadError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new BoundedReadError(file, describeFsError(err), err.code);
  } finally {
    closeSync(fd);
  }
}

/** Inky, inklecate and many Windows editors start a file with a byte-order mark; it is not text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
