/** Writing decision logs: atomic, held to the log's limits, and named safely in the saves folder. */
import { join } from 'node:path';
import type { DecisionLog } from '../engine/log.js';
import { writeAtomic } from './atomic.js';
import { LogText } from './log-text.js';
import { safeFilePart, savesDir } from './paths.js';

/** Writes a whole log at once (a game in progress saves through its Autosaver instead). */
export function writeLog(file: string, log: DecisionLog): void {
  writeAtomic(file, new LogText().bytes(log, []));
}

/** A new file name in the saves folder: date, player, role and a random tail. */
export function newSavePath(player: string | null, role: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const tail = Math.random().toString(36).slice(2, 8);
  return join(savesDir(), `${stamp}_${safeFilePart(player ?? 'player')}_${safeFilePart(role)}_${tail}.json`);
}
