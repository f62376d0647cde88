/**
 * Autosave: after every decision the session's log is written, atomically, to its file in the
 * saves folder and to `--log FILE` when given. A killed process loses at most the decision
 * in flight.
 */
import { buildLog, type LogMeta } from '../engine/log.js';
import type { GameSession } from '../engine/session.js';
import { writeLog } from './log-write.js';

export interface Autosaver {
  /** Files written after each decision. */
  readonly files: readonly string[];
  /** Whose game it is (the log's player), for hints. */
  readonly player: string | null;
  save(session: GameSession): void;
}

export function createAutosaver(
  files: string[],
  storyJson: string | object,
  meta: LogMeta,
  clock: () => Date = () => new Date(),
): Autosaver {
  return {
    files,
    player: meta.player,
    save(session) {
      const log = buildLog(session, storyJson, meta, clock());
      for (const file of files) writeLog(file, log);
    },
  };
}
