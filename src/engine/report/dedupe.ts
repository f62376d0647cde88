/**
 * Duplicate logs: a student who hands in both the autosave and the `--log` copy of one game
 * would count twice. Two logs are the same game when story, role, seed, player, scenario and
 * start time agree; the copy with the most decisions is kept (it is the latest save), the
 * others are listed as left out.
 */
import { gameIdentity } from '../log.js';
import type { RejectedLog, VerifiedGame } from './types.js';

const gameKey = (g: VerifiedGame) => gameIdentity(g.log);

export function dedupeGames(games: readonly VerifiedGame[]): { games: VerifiedGame[]; rejected: RejectedLog[] } {
  const groups = new Map<string, VerifiedGame[]>();
  for (const g of games) {
    const key = gameKey(g);
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  const kept: VerifiedGame[] = [];
  const rejected: RejectedLog[] = [];
  for (const list of groups.values()) {
    let keep = list[0]!;
    for (const g of list) if (g.log.decisions.length > keep.log.decisions.length) keep = g;
    kept.push(keep);
    for (const g of list) {
      if (g !== keep)
        rejected.push({ file: g.file, reason: `a copy of the same game as ${keep.file} (that one is counted)` });
    }
  }
  return { games: kept, rejected };
}
