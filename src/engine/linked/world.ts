/**
 * The world two linked desks share: the negotiation tracks, the stances at the table and the
 * troops in Iraq. Each desk keeps its own political capital. At the end of every month the
 * two desks' changes are merged into one world, the same for both; what one desk did is on
 * the other's table from the next month.
 */
import type { Role } from '../session.js';
import { TRACK_NAMES, type Tracks } from '../sim/tracks.js';
import type { Effect } from '../table/ledger.js';
import { STANCE_RANGE } from '../table/types.js';

export interface SharedWorld {
  tracks: Tracks;
  stances: Readonly<Record<string, number>>;
  usTroops: number;
  alliedTroops: number;
}

/**
 * Which desk's move stands when both moved the same track in one month: the desk whose file
 * it is (the US drafts the resolutions and deals with the Governing Council; NATO's staff
 * propose its command).
 */
export const TRACK_OWNER: Readonly<Record<keyof Tracks, Role>> = { un: 'us', invitation: 'us', command: 'nato' };

/** A desk's changes to the shared world in one month (its ledger's entries, any cause). */
export type MonthChanges = readonly Effect[];

const clampStance = (n: number) => Math.max(STANCE_RANGE.min, Math.min(STANCE_RANGE.max, n));

/**
 * The world after a month. Both desks play the same historical events, so the world's events
 * are counted once, from the US desk's story (which plays them all); what each desk chose is
 * added from both. A track ends where its last move took it: the other desk's choice moves it
 * when the US desk's choices did not, or when the track is the other desk's file. The result
 * does not depend on which desk finished the month first.
 */
export function mergeMonth(start: SharedWorld, changes: Readonly<Record<Role, MonthChanges>>): SharedWorld {
  // What counts: the US desk's world (events and choices), and the NATO desk's choices.
  const counted = [
    ...changes.us.filter((e) => e.source !== 'upkeep'),
    ...changes.nato.filter((e) => e.source === 'choice'),
  ];
  let usTroops = start.usTroops;
  let alliedTroops = start.alliedTroops;
  const stances: Record<string, number> = { ...start.stances };
  for (const e of counted) {
    if (e.kind === 'meter' && e.target === 'usTroops') usTroops += e.delta;
    else if (e.kind === 'meter' && e.target === 'alliedTroops') alliedTroops += e.delta;
    else if (e.kind === 'stance' && e.target in stances) stances[e.target] = clampStance(stances[e.target]! + e.delta);
  }
  const tracks: Tracks = { ...start.tracks };
  const lastMove = (effects: MonthChanges, name: string, choiceOnly: boolean) =>
    [...effects]
      .reverse()
      .find((e) => e.kind === 'track' && e.target === name && (!choiceOnly || e.source === 'choice'));
  for (const name of TRACK_NAMES) {
    const us = lastMove(changes.us, name, false);
    const usChose = lastMove(changes.us, name, true);
    const natoChose = lastMove(changes.nato, name, true);
    const nato = lastMove(changes.nato, name, false);
    const natoStands = natoChose && (!usChose || TRACK_OWNER[name] === 'nato');
    const last = natoStands ? nato : us;
    if (last?.kind === 'track') tracks[name] = last.to as never;
  }
  return { tracks, stances, usTroops: Math.max(0, usTroops), alliedTroops: Math.max(0, alliedTroops) };
}
