/**
 * What students and the dashboard may send the host, as schemas: every body is checked against
 * one before anything is done with it (and a log by the decision log's own schema). A desk of a
 * linked pair checks the host's answers the same way (pairSeat, pairMoves).
 */
import { z } from 'zod';
import { CABLE_LIMIT } from '../engine/linked/game.js';
import { MAX_CABLES } from '../engine/linked/pair-log-schema.js';
import { LOG_LIMITS } from '../engine/log-limits.js';

/** A student's name: letters, digits, spaces and a few marks; no path, no control character. */
export const playerName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u, "a name is letters, digits, spaces, and . ' _ -")
  .refine((n) => !n.includes('..'), "a name is letters, digits, spaces, and . ' _ -");

export const joinRequest = z.strictObject({
  code: z.string().max(20),
  player: playerName,
  role: z.enum(['us', 'nato']).optional(),
  /** Join a linked pair of this name (the two students type the same one). */
  pair: playerName.optional(),
});

/** A desk's move in a linked pair: the option, its reason, and how many moves the desk had made. */
export const moveRequest = z.strictObject({
  index: z.number().int().min(0).max(99),
  mine: z.number().int().min(0).max(100_000),
  reason: z.string().max(1000).optional(),
});

export const cableRequest = z.strictObject({
  text: z.string().trim().min(1).max(500),
  mine: z.number().int().min(0).max(100_000),
});

export type JoinRequest = z.infer<typeof joinRequest>;

const desk = z.enum(['us', 'nato']);

/** A desk of a pair as the host gives it: at the join (with its secret) and to a desk that comes back. */
export const pairSeat = z.object({
  id: z.string().regex(/^[a-z0-9]{12}$/),
  name: z.string().max(60),
  player: z.string().max(60),
  role: desk,
  seed: z.number().int().min(0),
  scenario: z.string().max(200),
  memos: z.string().max(20).nullable(),
});

export const pairJoined = z.object({ pair: pairSeat.extend({ secret: z.string().min(1).max(100) }) });
export const pairSeated = z.object({ pair: pairSeat, class: z.object({ name: z.string().max(200) }) });

/** The host's answer to a desk: the pair's moves after the desk's count, every cable, the players. */
export const pairMoves = z.object({
  moves: z
    .array(
      z.object({
        role: desk,
        index: z.number().int().min(0).max(99),
        reason: z.string().max(1000).optional(),
      }),
    )
    .max(2 * LOG_LIMITS.decisions),
  cables: z
    .array(
      z.object({
        from: desk,
        turn: z.number().int().min(0),
        month: z.string().max(LOG_LIMITS.month).nullable(),
        text: z.string().min(1).max(CABLE_LIMIT),
        after: z.number().int().min(0),
      }),
    )
    .max(MAX_CABLES),
  players: z.object({ us: z.string().max(60).nullable(), nato: z.string().max(60).nullable() }),
  over: z.boolean(),
});

export type PairSeat = z.infer<typeof pairSeat>;
export type PairMoves = z.infer<typeof pairMoves>;

/** The most a student may send in one request: a long game's log is a few hundred kB. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
