/**
 * Saving a linked game's pair log (engine/linked/pair-log.ts): after every decision and every
 * cable, atomically, to its file in the pairs folder and to `--log FILE` when given. Like a
 * game's autosave (autosave.ts), each file is locked and a new one is made exclusively, so two
 * games never write one log.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkedGame } from '../engine/linked/game.js';
import { buildPairLog, type PairLog, type PairMeta } from '../engine/linked/pair-log.js';
import { writeAtomic } from './atomic.js';
import { createExclusively } from './autosave.js';
import { savingFailed } from './fs-errors.js';
import { lockLog } from './log-lock.js';
import { dataDir, safeFilePart } from './paths.js';

/** Where `play --linked` keeps its pair logs (apart from single games: `saves` lists those). */
export function pairsDir(): string {
  return join(dataDir(), 'pairs');
}

/** A new file name for a pair: date, both players and a random tail. */
export function newPairPath(players: PairMeta['players'], now: Date, dir = pairsDir()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const tail = Math.random().toString(36).slice(2, 8);
  const who = `${safeFilePart(players.us ?? 'us')}_${safeFilePart(players.nato ?? 'nato')}`;
  return join(dir, `${stamp}_${who}_pair_${tail}.json`);
}

/** The text of a pair log as it is saved. */
export function pairLogText(pair: PairLog): string {
  return `${JSON.stringify(pair, null, 2)}\n`;
}

/** Writes a whole pair log at once, atomically. */
export function writePairLog(file: string, pair: PairLog): void {
  writeAtomic(file, pairLogText(pair));
}

export interface PairSaver {
  readonly files: readonly string[];
  save(game: LinkedGame): void;
}

export function createPairSaver(
  files: string[],
  storyJson: string | object,
  meta: PairMeta,
  clock: () => Date = () => new Date(),
): PairSaver {
  for (const file of files) {
    try {
      mkdirSync(join(file, '..'), { recursive: true });
    } catch (e) {
      savingFailed(file, e);
    }
    lockLog(file);
    createExclusively(file);
  }
  return {
    files,
    save(game) {
      const text = pairLogText(buildPairLog(game, storyJson, meta, clock()));
      for (const file of files) {
        try {
          writeAtomic(file, text);
        } catch (e) {
          savingFailed(file, e);
        }
      }
    },
  };
}
