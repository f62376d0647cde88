/**
 * A large file written atomically, a piece at a time: the research export of a hundred
 * thousand games is too big to build in memory first, as writeAtomic (atomic.ts) needs. The
 * pieces go to a temporary file beside the target, which is flushed (fsync) and renamed over it
 * at the end, and the folder is flushed too. A failure before then removes the temporary file
 * and leaves whatever was at the target as it was; a killed process may leave the temporary
 * file (hidden, named `.<name>.<random>.partial`), never a half-written target.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { refuseNonFile, syncDir } from './atomic.js';

export class AtomicFileStream {
  private fd: number | null;
  private readonly temp: string;

  /** Opens the temporary file; refuses (StorageError) a target that is not a regular file. */
  constructor(readonly path: string) {
    refuseNonFile(path);
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true });
    // A dot in front and no known extension: no reader takes a half-written file for data.
    this.temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
    this.fd = openSync(this.temp, 'wx', 0o644);
  }

  /** Appends bytes or text (UTF-8). */
  write(data: Uint8Array | string): void {
    if (this.fd === null) throw new Error('write after the file was closed');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }

  /** Flushes the file and puts it in place of the target. */
  commit(): void {
    if (this.fd === null) throw new Error('commit after the file was closed');
    const fd = this.fd;
    this.fd = null;
    try {
      fsyncSync(fd);
      closeSync(fd);
      renameSync(this.temp, this.path);
    } catch (e) {
      this.removeTemp();
      throw e;
    }
    syncDir(dirname(this.path));
  }

  /** Gives up: the temporary file is removed, the target left as it was. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Already gone; only the file remains to remove.
      }
      this.fd = null;
    }
    this.removeTemp();
  }

  private removeTemp(): void {
    try {
      unlinkSync(this.temp);
    } catch {
      // Never made, or already removed.
    }
  }
}
