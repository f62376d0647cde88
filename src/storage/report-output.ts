/**
 * Writing a report or debrief with `--out`: atomically (a half-written report is never left
 * behind), and never over a decision log, above all not over one of the logs being read.
 * Students' logs are the one thing in a lesson that cannot be made again.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOG_FORMAT } from '../engine/log.js';
import { writeAtomic } from './atomic.js';

export class OutputRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'OutputRefusedError';
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether the first few kB of a file name the decision-log format. */
function looksLikeLog(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').includes(`"${LOG_FORMAT}"`);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Refuses (OutputRefusedError) when `out` is an input, a folder or a decision log; else writes. */
export function writeOutputFile(out: string, text: string, inputs: readonly string[]): void {
  const target = real(out);
  if (inputs.some((f) => real(f) === target)) {
    throw new OutputRefusedError(out, 'is one of the logs being read; choose another file for --out');
  }
  let exists = false;
  try {
    const st = statSync(out);
    if (st.isDirectory()) throw new OutputRefusedError(out, 'is a folder; --out needs a file name');
    exists = true;
  } catch (e) {
    if (e instanceof OutputRefusedError) throw e;
  }
  if (exists && looksLikeLog(out)) {
    throw new OutputRefusedError(out, 'is a decision log; choose another file for --out');
  }
  try {
    writeAtomic(out, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'cannot create the file there'
          : (e as Error).message;
    throw new OutputRefusedError(out, problem);
  }
}

/**
 * Checks a folder for `debrief DIR --out FOLDER` before anything is written: it may exist (it
 * is created otherwise) but must not be a file. With `refuseInside`, it may not lie inside one
 * of those folders either (JSON debriefs there would be read as logs by the next report).
 */
export function prepareOutputFolder(folder: string, refuseInside: readonly string[] = []): void {
  let st: import('node:fs').Stats | null = null;
  try {
    st = statSync(folder);
  } catch {
    // Created by the first write.
  }
  if (st && !st.isDirectory())
    throw new OutputRefusedError(folder, 'is a file; --out needs a folder for a folder of logs');
  const target = real(folder);
  for (const dir of refuseInside) {
    const root = real(dir);
    if (target === root || target.startsWith(`${root}/`)) {
      throw new OutputRefusedError(
        folder,
        `is inside the logs folder ${dir}: the next report would read JSON debriefs there as logs; choose a folder outside it`,
      );
    }
  }
}

/** Whether a path names an existing folder (for `--out`, which then names no format). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
