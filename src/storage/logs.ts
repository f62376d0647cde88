/**
 * Reading decision logs (writing is in log-write.ts). Every read is validated by the schema in
 * engine/log-schema.ts and fails with one sentence naming the file and the problem.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PairLog } from '../engine/linked/pair-log.js';
import { parseAnyLogText } from '../engine/linked/pair-log-schema.js';
import { type DecisionLog, parseLogText } from '../engine/log-schema.js';
import { sanitize } from '../engine/sanitize.js';
import { BoundedReadError, readBoundedText } from './bounded-read.js';
import { describeFsError, FileProblem } from './fs-errors.js';
import { savesDir } from './paths.js';

/** Logs are small (a full game is a few tens of kB); anything far bigger is not one. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;

export class LogReadError extends FileProblem {
  override name = 'LogReadError';
}

/** A regular file of at most MAX_LOG_BYTES (see bounded-read.ts), as text. */
function readBounded(file: string): string {
  try {
    return readBoundedText(file, { limit: MAX_LOG_BYTES, what: 'a log' });
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    // "directory", as the tests and the docs have always said it.
    throw new LogReadError(file, e.code === 'EISDIR' ? 'is a directory, not a log file' : e.problem);
  }
}

/** Reads and validates a log; throws LogReadError naming the file and the problem. */
export function readLog(file: string): DecisionLog {
  const r = parseLogText(readBounded(file));
  if (!r.ok) throw new LogReadError(file, r.problem);
  return r.log;
}

/** A log of one game, or the pair log of two linked desks. */
export type AnyLog = { kind: 'game'; log: DecisionLog } | { kind: 'pair'; pair: PairLog };

/** Reads and validates a log of either kind; throws LogReadError naming the file and the problem. */
export function readAnyLog(file: string): AnyLog {
  const r = parseAnyLogText(readBounded(file));
  if (!r.ok) throw new LogReadError(file, r.problem);
  return r.kind === 'pair' ? { kind: 'pair', pair: r.pair } : { kind: 'game', log: r.log };
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

/** A player name as `resume --player` compares it: case, spacing and control characters aside. */
export function samePlayer(a: string | null, b: string): boolean {
  const norm = (s: string) => sanitize(s).replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return a !== null && norm(a) === norm(b);
}

/**
 * The unfinished game played most recently, or null when every saved game has ended. Given a
 * story id, only games of that story count: `mandate resume` of the campaign passes over a
 * game of an author's story rather than refusing it. Given a player, only that player's games
 * (a classroom machine holds many students' games).
 */
export function latestUnfinished(dir = savesDir(), storyId?: string, player?: string): SaveEntry | null {
  // A game opened and left before its first decision is nothing to continue: a new game is the same.
  return (
    listSaves(dir).saves.find(
      (s) =>
        s.log.status === 'playing' &&
        s.log.decisions.length > 0 &&
        (storyId === undefined || s.log.story.id === storyId) &&
        (player === undefined || samePlayer(s.log.player, player)),
    ) ?? null
  );
}
