/**
 * The files a resumed game is saved to: the log being resumed, and the other copies of the
 * same game (its save in the saves folder and the `--log` copy it was started with; see
 * copies-record.ts). A copy is written only when it still holds this game and is not ahead of
 * it; any other file there is left alone, and the caller says so.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type DecisionLog, gameIdentity } from '../engine/log.js';
import { readBoundedText } from './bounded-read.js';
import { copiesFile } from './copies-record.js';
import { listSaves, readLog } from './logs.js';
import { savesDir } from './paths.js';

/** A record of copies lists a few paths: 64 KiB is far more than it ever needs. */
const COPIES_LIMIT = 64 * 1024;

const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * The copies recorded for a save; none when the record is missing or unreadable. Read bounded,
 * as every file a user can put in place is: a pipe or a huge file there does not stall a resume.
 */
export function recordedCopies(save: string): string[] {
  try {
    const text = readBoundedText(copiesFile(save), { limit: COPIES_LIMIT, what: 'a record of copies' });
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string' && x.length < 4096) : [];
  } catch {
    return [];
  }
}

/** The save in the saves folder that holds the same game as `log`, if any. */
export function findSaveOf(log: DecisionLog, dir = savesDir()): string | null {
  const id = gameIdentity(log);
  return listSaves(dir).saves.find((s) => gameIdentity(s.log) === id)?.file ?? null;
}

export interface GameFiles {
  /** Every file to save the game to, the resumed log first. */
  files: string[];
  /** Copies left alone, each with the reason, for a line to the player. */
  skipped: { file: string; why: string }[];
}

/** The files a game resumed from `file` (holding `log`) is saved to. */
export function gameFiles(file: string, log: DecisionLog, dir = savesDir()): GameFiles {
  const inSaves = real(dirname(file)) === real(dir);
  const save = inSaves ? file : findSaveOf(log, dir);
  const candidates = save ? [save, ...recordedCopies(save)] : [];
  const files = [file];
  const seen = new Set([real(file)]);
  const skipped: GameFiles['skipped'] = [];
  const id = gameIdentity(log);
  for (const c of candidates) {
    if (seen.has(real(c))) continue;
    seen.add(real(c));
    if (!existsSync(c)) {
      // The copy was deleted or moved: write it again where the player asked for it.
      if (existsSync(dirname(c)) && statSync(dirname(c)).isDirectory()) files.push(c);
      else skipped.push({ file: c, why: 'its folder is gone' });
      continue;
    }
    let other: DecisionLog;
    try {
      other = readLog(c);
    } catch {
      skipped.push({ file: c, why: 'it is no longer a readable log' });
      continue;
    }
    if (gameIdentity(other) !== id) skipped.push({ file: c, why: 'it holds another game now' });
    else if (other.decisions.length > log.decisions.length) {
      skipped.push({ file: c, why: `it is ahead (${other.decisions.length} decisions): resume that one instead` });
    } else files.push(c);
  }
  return { files, skipped };
}
