/**
 * Reading decision logs (writing is in log-write.ts). Every read is validated by the schema in
 * engine/log-schema.ts and fails with one sentence naming the file and the problem.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type DecisionLog, parseLogText } from '../engine/log-schema.js';
import { savesDir } from './paths.js';

/** Logs are small (a full game is a few tens of kB); anything far bigger is not one. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;

export class LogReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'LogReadError';
  }
}

function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a log file';
    default:
      return e.message;
  }
}

/**
 * Reads a regular file of at most MAX_LOG_BYTES, so a huge file is refused without loading it,
 * and a directory, a FIFO or a device is refused without opening it (a FIFO would block).
 */
function readBounded(file: string): string {
  let fd: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new LogReadError(file, 'is a directory, not a log file');
    if (!st.isFile()) throw new LogReadError(file, 'not a regular file');
    fd = openSync(file, 'r');
  } catch (e) {
    if (e instanceof LogReadError) throw e;
    throw new LogReadError(file, describeFsError(e as NodeJS.ErrnoException));
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_LOG_BYTES) throw new LogReadError(file, `too large for a log (${formatSize(size)})`);
    // One byte more than the size, to notice a file that grows while it is read. Our own
    // writes replace the file by rename, so an open file never grows under us.
    const buf = Buffer.alloc(size + 1);
    let total = 0;
    while (total < buf.length) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > size) throw new LogReadError(file, 'changed while it was being read; try again');
    return buf.subarray(0, total).toString('utf8');
  } catch (e) {
    if (e instanceof LogReadError) throw e;
    throw new LogReadError(file, describeFsError(e as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** Reads and validates a log; throws LogReadError naming the file and the problem. */
export function readLog(file: string): DecisionLog {
  const r = parseLogText(readBounded(file));
  if (!r.ok) throw new LogReadError(file, r.problem);
  return r.log;
}

// Writing lives in log-write.ts so that a new game, which only writes, never loads the schema.
export { newSavePath, writeLog } from './log-write.js';

export interface SaveEntry {
  file: string;
  log: DecisionLog;
}

export interface SaveProblem {
  file: string;
  problem: string;
}

/** Every readable log in the saves folder, newest first, and the files that could not be read. */
export function listSaves(dir = savesDir()): { saves: SaveEntry[]; problems: SaveProblem[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // No folder yet means no saved games; any other failure is worth a line in the list.
    return { saves: [], problems: err.code === 'ENOENT' ? [] : [{ file: dir, problem: describeFsError(err) }] };
  }
  const saves: SaveEntry[] = [];
  const problems: SaveProblem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      saves.push({ file, log: readLog(file) });
    } catch (e) {
      problems.push({ file, problem: e instanceof LogReadError ? e.problem : (e as Error).message });
    }
  }
  saves.sort((a, b) => b.log.updatedAt.localeCompare(a.log.updatedAt) || a.file.localeCompare(b.file));
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { saves, problems };
}

/**
 * The unfinished game played most recently, or null when every saved game has ended. Given a
 * story id, only games of that story count: `mandate resume` of the campaign passes over a
 * game of an author's story rather than refusing it.
 */
export function latestUnfinished(dir = savesDir(), storyId?: string): SaveEntry | null {
  // A game opened and left before its first decision is nothing to continue: a new game is the same.
  return (
    listSaves(dir).saves.find(
      (s) =>
        s.log.status === 'playing' &&
        s.log.decisions.length > 0 &&
        (storyId === undefined || s.log.story.id === storyId),
    ) ?? null
  );
}
