/**
 * The schema of a pair log (pair-log.ts, docs/log-format.md), checked on every read. Each
 * desk's log is checked as any decision log is (log-schema.ts); the pair's own fields, and
 * that the desks belong to the pair, are checked here.
 */
import { z } from 'zod';
import { LOG_LIMITS as L } from '../log-limits.js';
import { type DecisionLog, parseJsonText, parseLog, seedSchema } from '../log-schema.js';
import { scenarioSchema } from '../scenario-schema.js';
import type { Role } from '../session.js';
import { CABLE_LIMIT } from './game.js';
import { PAIR_LOG_FORMAT, PAIR_LOG_VERSION, type PairLog } from './pair-log.js';

/** Cables in one pair's game: far more than two students type in a lesson. */
export const MAX_CABLES = 2000;

const role = z.enum(['us', 'nato']);
const turn = z.number().int().min(0).max(L.turn);

const pairSchema = z.strictObject({
  format: z.literal(PAIR_LOG_FORMAT),
  version: z.literal(PAIR_LOG_VERSION),
  story: z.strictObject({
    id: z.string().max(L.storyId),
    version: z.string().max(L.storyVersion),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  scenario: scenarioSchema,
  seed: seedSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(['playing', 'ended']),
  moves: z
    .array(
      z.strictObject({
        role,
        index: z
          .number()
          .int()
          .min(0)
          .max(L.options - 1),
      }),
    )
    .max(2 * L.decisions),
  cables: z
    .array(
      z.strictObject({
        from: role,
        turn,
        month: z.string().max(L.month).nullable(),
        text: z.string().min(1).max(CABLE_LIMIT),
        after: z.number().int().min(0),
      }),
    )
    .max(MAX_CABLES),
  // Checked below, desk by desk, by the decision log's own schema.
  desks: z.strictObject({ us: z.unknown(), nato: z.unknown() }),
});

export type PairParseResult = { ok: true; pair: PairLog } | { ok: false; problem: string };

/** Validates parsed JSON as a pair log; the problem names the first thing wrong. */
export function parsePairLog(data: unknown): PairParseResult {
  const version = (data as { version?: unknown } | null)?.version;
  if (version !== PAIR_LOG_VERSION) {
    const v = typeof version === 'number' ? String(version) : JSON.stringify(version ?? null);
    return {
      ok: false,
      problem: `pair log format version ${v} is not supported (this Mandate reads and writes version ${PAIR_LOG_VERSION})`,
    };
  }
  const r = pairSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    return { ok: false, problem: `invalid pair log: ${where}: ${issue?.message ?? 'does not match the format'}` };
  }
  const desks = {} as Record<Role, DecisionLog>;
  for (const desk of ['us', 'nato'] as const) {
    const d = parseLog(r.data.desks[desk]);
    if (!d.ok) return { ok: false, problem: `invalid pair log: desks.${desk}: ${d.problem}` };
    if (d.log.role !== desk) return { ok: false, problem: `invalid pair log: desks.${desk} is a ${d.log.role} desk` };
    if (d.log.version < 2) return { ok: false, problem: `invalid pair log: desks.${desk} is not a version-2 log` };
    if (d.log.story.hash !== r.data.story.hash || d.log.scenario.id !== r.data.scenario.id) {
      return { ok: false, problem: `invalid pair log: desks.${desk} is of another story or scenario than the pair` };
    }
    const moves = r.data.moves.filter((m) => m.role === desk).length;
    // A desk's last choice may wait for the other desk's month: one move more than decisions.
    if (moves !== d.log.decisions.length && moves !== d.log.decisions.length + 1) {
      return {
        ok: false,
        problem: `invalid pair log: the ${desk} desk has ${d.log.decisions.length} decisions but ${moves} moves`,
      };
    }
    desks[desk] = d.log;
  }
  const late = r.data.cables.find((c) => c.after > r.data.moves.length);
  if (late) return { ok: false, problem: 'invalid pair log: a cable is placed after the last move' };
  const bothEnded = desks.us.status === 'ended' && desks.nato.status === 'ended';
  if ((r.data.status === 'ended') !== bothEnded) {
    return { ok: false, problem: `invalid pair log: status is "${r.data.status}" but the desks say otherwise` };
  }
  return { ok: true, pair: { ...r.data, desks } as PairLog };
}

/** A log file of either kind: one game, or a pair of linked desks. */
export type AnyLogResult =
  | { ok: true; kind: 'game'; log: DecisionLog }
  | { ok: true; kind: 'pair'; pair: PairLog }
  | { ok: false; problem: string };

/** Parses the text of a log file, of one game or of a pair. */
export function parseAnyLogText(raw: string): AnyLogResult {
  const json = parseJsonText(raw);
  if (!json.ok) return json;
  const format = (json.data as { format?: unknown } | null)?.format;
  if (typeof json.data === 'object' && format === PAIR_LOG_FORMAT) {
    const p = parsePairLog(json.data);
    return p.ok ? { ok: true, kind: 'pair', pair: p.pair } : p;
  }
  const r = parseLog(json.data);
  return r.ok ? { ok: true, kind: 'game', log: r.log } : r;
}
