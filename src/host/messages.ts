/**
 * What students and the dashboard may send the host, as schemas: every body is checked against
 * one before anything is done with it (and a log by the decision log's own schema).
 */
import { z } from 'zod';

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

/** The most a student may send in one request: a long game's log is a few hundred kB. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
