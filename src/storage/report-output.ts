/**
 * Writing a report or debrief with `--out`: atomically (a half-written report is never left
 * behind), and never over a decision log, above all not over one of the logs being read.
 * Students' logs are the one thing in a lesson that cannot be made again.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOG_FORMAT } from '../engine/log.js';
import { writeAtomic } from './atomic.js';
import { AtomicFileStream } from './atomic-stream.js';
import { BoundedReadError, readBoundedText } from './bounded-read.js';
import { describeFsError, FileProblem, StorageError } from './fs-errors.js';
import { MAX_LOG_BYTES } from './logs.js';

export class OutputRefusedError extends FileProblem {
  override name = 'OutputRefusedError';
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Whether a file is a decision log, decided by parsing it as the game would: a log whose keys
 * were sorted (`jq -S`), or that starts with blank lines, is still a log. A file too large to be
 * a log, or not JSON, is not one.
 */
function isDecisionLog(file: string): boolean {
  let text: string;
  try {
    text = readBoundedText(file, { limit: MAX_LOG_BYTES, what: 'a log' });
  } catch (e) {
    if (e instanceof BoundedReadError) return false;
    throw e;
  }
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === LOG_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Refuses (OutputRefusedError) when `out` is an input, a folder, anything but a regular file
 * (a device such as /dev/full, a FIFO), or a decision log; else writes.
 */
export function writeOutputFile(out: string, text: string, inputs: readonly string[]): void {
  refuseOutput(out, inputs);
  try {
    writeAtomic(out, text);
  } catch (e) {
    throw outputError(out, e);
  }
}

/**
 * The same as writeOutputFile for a text made piece by piece (a class report's JSON over many
 * logs): the pieces go to a temporary file and take the target's place only when all are written.
 */
export function writeOutputFilePieces(out: string, pieces: Iterable<string>, inputs: readonly string[]): void {
  const stream = openOutputStream(out, inputs);
  try {
    for (const piece of pieces) stream.write(piece);
    stream.commit();
  } catch (e) {
    stream.abort();
    throw outputError(out, e);
  }
}

/**
 * `--out` opened for writing piece by piece, after the checks writeOutputFile makes: a
 * temporary file beside it that takes its place on commit (atomic-stream.ts).
 */
export function openOutputStream(out: string, inputs: readonly string[]): AtomicFileStream {
  refuseOutput(out, inputs);
  try {
    return new AtomicFileStream(out);
  } catch (e) {
    throw outputError(out, e);
  }
}

/** A failed write of `out` as the one line a user sees. */
export function outputError(out: string, e: unknown): OutputRefusedError {
  if (e instanceof OutputRefusedError) return e;
  if (e instanceof StorageError) return new OutputRefusedError(out, e.problem);
  const code = (e as NodeJS.ErrnoException).code;
  const problem =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'cannot create the file there'
      : describeFsError(e as NodeJS.ErrnoException);
  return new OutputRefusedError(out, problem);
}

/**
 * Throws OutputRefusedError when `out` is an input, a folder, anything but a regular file, or a
 * decision log: the checks made before anything is written to `--out`.
 */
export function refuseOutput(out: string, inputs: readonly string[]): void {
  const target = real(out);
  if (inputs.some((f) => real(f) === target)) {
    throw new OutputRefusedError(out, 'is one of the logs being read; choose another file for --out');
  }
  let exists = false;
  try {
    const st = statSync(out);
    if (st.isDirectory()) throw new OutputRefusedError(out, 'is a folder; --out needs a file name');
    if (!st.isFile()) {
      throw new OutputRefusedError(
        out,
        'is not a regular file (a device, a FIFO or a socket); --out needs a file name',
      );
    }
    exists = true;
  } catch (e) {
    if (e instanceof OutputRefusedError) throw e;
  }
  if (exists && isDecisionLog(out)) {
    throw new OutputRefusedError(out, 'is a decision log; choose another file for --out');
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

/** Whether a path names something that exists and is not a regular file (a folder, a device, a FIFO). */
export function existsAsNonFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}
