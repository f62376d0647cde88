/**
 * The simulation state machine: meters, tracks and the month count. Every operation is a pure
 * function from state to state, so a session can snapshot it for undo and a replay can
 * compare it step by step.
 */

import { moveStance } from '../table/stances.js';
import { type CollapseReason, changeCapital, changeTroops, collapseReason, type Meters, upkeep } from './meters.js';
import { moveTrack, type Tracks } from './tracks.js';

export interface SimState {
  meters: Meters;
  tracks: Tracks;
  /** Months ended so far (end_turn calls). */
  monthsEnded: number;
  /** Set once a threshold has ended the game. */
  collapse: CollapseReason | null;
  /** Each member's stance at the table, by `body.member` (see engine/table). */
  stances: Readonly<Record<string, number>>;
}

/** Why end_turn says the game must stop: a collapse, or the scenario's months are used up. */
export type TurnOutcome = CollapseReason | 'time' | '';

/** What end_turn tells the story: a collapse first, then whether the months are used up. */
export function turnOutcome(s: SimState, turnLimit: number): TurnOutcome {
  if (s.collapse) return s.collapse;
  return s.monthsEnded >= turnLimit ? 'time' : '';
}

export function createSim(meters: Meters, tracks: Tracks, stances: Readonly<Record<string, number>> = {}): SimState {
  return { meters: { ...meters }, tracks: { ...tracks }, monthsEnded: 0, collapse: null, stances: { ...stances } };
}

export const sim = {
  changeCapital: (s: SimState, delta: unknown): SimState => ({ ...s, meters: changeCapital(s.meters, delta) }),
  changeTroops: (s: SimState, us: unknown, allied: unknown): SimState => ({
    ...s,
    meters: changeTroops(s.meters, us, allied),
  }),
  moveTrack: (s: SimState, track: string, to: string): SimState => ({ ...s, tracks: moveTrack(s.tracks, track, to) }),
  /** Moves a member's stance by `delta`, clamped to the stance range; unknown members are an error. */
  moveStance: (s: SimState, key: string, delta: unknown): SimState => ({
    ...s,
    stances: { ...s.stances, [key]: moveStance(s.stances, key, delta) },
  }),
  /**
   * Applies the month's upkeep and checks the thresholds that end the game. `cost` is the
   * upkeep the role's rule sets (engine/table/upkeep.ts); the troop burden's by default.
   */
  endTurn: (s: SimState, cost = upkeep(s.meters.usTroops)): SimState => {
    const meters = changeCapital(s.meters, -cost);
    return { ...s, meters, monthsEnded: s.monthsEnded + 1, collapse: collapseReason(meters) };
  },
};
