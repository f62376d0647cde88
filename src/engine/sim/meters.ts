/**
 * Political capital and troop burden. Capital is 0-100 and clamps: spending it to zero is
 * how a game is lost. Troops are in thousands; the ranges are sanity bounds, and a story
 * that drives a troop meter outside them has a bug the author must see.
 */

export interface Meters {
  /** Political capital, 0-100. */
  capital: number;
  /** US troops in Iraq, in thousands. */
  usTroops: number;
  /** Allied (non-US coalition) troops in Iraq, in thousands. */
  alliedTroops: number;
}

export const CAPITAL_RANGE = { min: 0, max: 100 } as const;
export const US_TROOPS_RANGE = { min: 0, max: 250 } as const;
export const ALLIED_TROOPS_RANGE = { min: 0, max: 100 } as const;

/** US troops (thousands) at or above which the burden is unsustainable and the game ends. */
export const BURDEN_LIMIT = 175;

/** Raised when a story drives a meter outside its range or passes a non-integer. */
export class MeterRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeterRangeError';
  }
}

function requireInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new MeterRangeError(`${name} must be a whole number, got ${String(value)}`);
  }
  return value;
}

export function changeCapital(m: Meters, delta: unknown): Meters {
  const d = requireInteger('capital change', delta);
  const capital = Math.max(CAPITAL_RANGE.min, Math.min(CAPITAL_RANGE.max, m.capital + d));
  return { ...m, capital };
}

export function changeTroops(m: Meters, usDelta: unknown, alliedDelta: unknown): Meters {
  const us = m.usTroops + requireInteger('US troop change', usDelta);
  const allied = m.alliedTroops + requireInteger('allied troop change', alliedDelta);
  if (us < US_TROOPS_RANGE.min || us > US_TROOPS_RANGE.max) {
    throw new MeterRangeError(
      `meter out of range: US troops would be ${us},000 (allowed ${US_TROOPS_RANGE.min}-${US_TROOPS_RANGE.max} thousand)`,
    );
  }
  if (allied < ALLIED_TROOPS_RANGE.min || allied > ALLIED_TROOPS_RANGE.max) {
    throw new MeterRangeError(
      `meter out of range: allied troops would be ${allied},000 (allowed ${ALLIED_TROOPS_RANGE.min}-${ALLIED_TROOPS_RANGE.max} thousand)`,
    );
  }
  return { ...m, usTroops: us, alliedTroops: allied };
}

/** Monthly cost of the burden: each 10,000 US troops above 100,000 cost one point of capital. */
export function upkeep(usTroops: number): number {
  return usTroops > 100 ? Math.floor((usTroops - 100) / 10) : 0;
}

export type CollapseReason = 'capital' | 'burden';

/** Why the game must end now, or null while it can go on. */
export function collapseReason(m: Meters): CollapseReason | null {
  if (m.capital <= CAPITAL_RANGE.min) return 'capital';
  if (m.usTroops >= BURDEN_LIMIT) return 'burden';
  return null;
}

/** How close the game is to ending, for the warnings on screen. */
export interface Danger {
  /** Capital the next month's upkeep will take. */
  upkeep: number;
  /**
   * `upkeep`: the next upkeep alone ends the game; `brink`: one costly choice (more than
   * `margin` points) before it would; null otherwise.
   */
  capital: 'upkeep' | 'brink' | null;
  /** Thousands of US troops left before the burden ends the game. */
  troopsLeft: number;
  /** `brink`: one deployment (up to `troopMargin` thousand) could end the game; null otherwise. */
  troops: 'brink' | null;
}

/**
 * The danger the meters are in, given the next upkeep. A costly choice costs up to `margin`
 * points of capital; a deployment sends up to `troopMargin` thousand troops.
 */
export function danger(m: Meters, nextUpkeep: number, margin = 5, troopMargin = 10): Danger {
  const left = m.capital - nextUpkeep;
  const troopsLeft = BURDEN_LIMIT - m.usTroops;
  return {
    upkeep: nextUpkeep,
    capital: left <= CAPITAL_RANGE.min ? 'upkeep' : left <= margin ? 'brink' : null,
    troopsLeft,
    troops: troopsLeft <= troopMargin ? 'brink' : null,
  };
}
