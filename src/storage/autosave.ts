/**
 * Autosave: after every decision the session's log is written, atomically, to its file in the
 * saves folder and to `--log FILE` when given. A killed process loses at most the decision
 * in flight. The saver holds each file's lock (log-lock.ts) from the moment it is made, and
 * makes a new file with O_EXCL, so two games never write one log.
 */
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, type Stats, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildLog, type LogMeta } from '../engine/log.js';
import type { GameSession } from '../engine/session.js';
import { writeAtomic } from './atomic.js';
import { FileProblem, StorageError, savingFailed } from './fs-errors.js';
import { lockLog } from './log-lock.js';
import { LogLimitError, LogText } from './log-text.js';

export interface Autosaver {
  /** Files written after each decision. */
  readonly files: readonly string[];
  /** Whose game it is (the log's player), for hints. */
  readonly player: string | null;
  save(session: GameSession): void;
}

export interface AutosaverOptions {
  /** Files that must not exist yet (a new game's): created exclusively, else refused. */
  create?: readonly string[];
  clock?: () => Date;
}

/** FILE exists already, where a new game was to begin. */
export class LogExistsError extends StorageError {
  constructor(file: string) {
    super(file, 'already exists; choose a new file name (to continue a game, use mandate resume)');
    this.name = 'LogExistsError';
  }
}

/** Makes a new, empty log file, or refuses if anything is there; the first save fills it. */
export function createExclusively(file: string): void {
  try {
    closeSync(openSync(file, 'wx', 0o644));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new LogExistsError(file);
    savingFailed(file, e);
  }
}

/**
 * `--log FILE` checked before the game begins (and again, exclusively, when it does): a new
 * file name, in a folder that can be written. Throws a FileProblem naming the file.
 */
export function assertNewLogFile(file: string): void {
  if (/[/\\]$/.test(file)) throw new FileProblem(file, '--log needs a file name, not a folder');
  let st: Stats | undefined;
  try {
    st = statSync(file);
  } catch {
    // Not there: good.
  }
  if (st?.isDirectory()) throw new FileProblem(file, 'is a folder; --log needs a file name');
  if (st) throw new LogExistsError(file);
  const dir = existingParent(dirname(resolve(file)));
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new FileProblem(file, `cannot save the game there (${dir} is not writable)`);
  }
}

/** The nearest folder that exists on the way to `dir` (--log may name folders still to be made). */
function existingParent(dir: string): string {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}

export function createAutosaver(
  files: string[],
  storyJson: string | object,
  meta: LogMeta,
  options: AutosaverOptions = {},
): Autosaver {
  const clock = options.clock ?? (() => new Date());
  for (const file of files) {
    // The folder as every save makes it; then the lock, which lives beside the file.
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (e) {
      savingFailed(file, e);
    }
    lockLog(file);
    if (options.create?.includes(file)) createExclusively(file);
  }
  const text = new LogText();
  return {
    files,
    player: meta.player,
    save(session) {
      // A story that failed mid-passage left no state of play: the last save stands.
      if (session.failed) return;
      const log = buildLog(session, storyJson, meta, clock());
      let body: Buffer;
      try {
        body = text.bytes(log, session.decisions);
      } catch (e) {
        if (e instanceof LogLimitError) throw new StorageError(files[0] ?? 'the log', e.message);
        throw e;
      }
      for (const file of files) {
        try {
          writeAtomic(file, body);
        } catch (e) {
          savingFailed(file, e);
        }
      }
    },
  };
}
