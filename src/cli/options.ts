/** Parsers for flag values: each throws commander's InvalidArgumentError with a one-line reason. */
import { InvalidArgumentError } from 'commander';
import { LOG_LIMITS } from '../engine/log-limits.js';
import { ROLES, type Role } from '../engine/session.js';

export const MAX_SEED = 2 ** 31 - 1;

export function parseSeed(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > MAX_SEED) {
    throw new InvalidArgumentError(`a seed is a whole number from 0 to ${MAX_SEED}.`);
  }
  return Number(value);
}

export function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError('the role is "us" or "nato".');
  return value as Role;
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1e9) {
    throw new InvalidArgumentError('expected a whole number of at least 1.');
  }
  return Number(value);
}

/** `--at` of replay: a decision number from 1. */
export function parseDecisionNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1e6) {
    throw new InvalidArgumentError('a decision number is a whole number from 1.');
  }
  return Number(value);
}

/** `--at` of play --from: how many decisions to keep, from 0. */
export function parseDecisionCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 1e6) {
    throw new InvalidArgumentError('the decisions to keep are a whole number from 0.');
  }
  return Number(value);
}

/**
 * `--player`: a name a log can hold. Refused here, before the first decision, rather than a
 * whole game played into a log that `saves`, `resume` and `replay` would then refuse.
 */
export function parsePlayer(value: string): string {
  if (value.length > LOG_LIMITS.player) {
    throw new InvalidArgumentError(
      `a player name is at most ${LOG_LIMITS.player} characters (this one has ${value.length}).`,
    );
  }
  return value;
}

/** A TCP port: 0 (any free one) to 65535. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return n;
}
