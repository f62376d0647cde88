/**
 * A game month by month, from its decisions: the scenario's start, then each month's figures
 * after its last decision, exactly as the decisions (and so the log) record them. The ending
 * screen draws these as its table.
 */
import type { Meters } from './sim/meters.js';
import { INITIAL_TRACKS, type Tracks } from './sim/tracks.js';

export interface MonthFigures extends Meters {
  /** The turn of the month's decisions; null for the start of the game, before any. */
  turn: number | null;
  month: string | null;
  tracks: Tracks;
}

/** The start, then one row a month: the figures after that month's last decision. */
export function gameMonths(
  decisions: readonly { turn: number; month: string | null; meters: Meters; tracks: Tracks }[],
  start: Meters,
): MonthFigures[] {
  const rows: MonthFigures[] = [{ turn: null, month: null, ...start, tracks: INITIAL_TRACKS }];
  decisions.forEach((d, i) => {
    const next = decisions[i + 1];
    if (next && next.turn === d.turn && next.month === d.month) return;
    rows.push({
      turn: d.turn,
      month: d.month,
      capital: d.meters.capital,
      usTroops: d.meters.usTroops,
      alliedTroops: d.meters.alliedTroops,
      tracks: d.tracks,
    });
  });
  return rows;
}
