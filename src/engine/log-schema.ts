/**
 * The schema of a decision log (docs/log-format.md), checked on every read. Kept apart from
 * log.ts so that starting a game, which only writes logs, never loads the schema library.
 */
import { z } from 'zod';
import { LOG_FORMAT, LOG_VERSION, READABLE_LOG_VERSIONS } from './log.js';
import { LOG_LIMITS as L } from './log-limits.js';
import { scenarioSchema } from './scenario-schema.js';
import { COMMAND_STATES, INVITATION_STATES, UN_STATES } from './sim/tracks.js';

const metersSchema = z.strictObject({
  capital: z.number().int().min(0).max(100),
  usTroops: z.number().int().min(0).max(250),
  alliedTroops: z.number().int().min(0).max(100),
});

const tracksSchema = z.strictObject({
  un: z.enum(UN_STATES),
  invitation: z.enum(INVITATION_STATES),
  command: z.enum(COMMAND_STATES),
});

const shortText = z.string().max(L.optionText);
const id = z.string().max(L.id);
const name = z.string().max(L.name);

/** Who or what caused a ledger entry (src/engine/table/ledger.ts). */
const causeShape = {
  source: z.enum(['choice', 'event', 'upkeep']),
  /** The event's name, for `event` entries. */
  event: id.optional(),
};

const effectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...causeShape,
    kind: z.literal('meter'),
    target: z.enum(['capital', 'usTroops', 'alliedTroops']),
    delta: z.number().int().min(-250).max(250),
  }),
  z.strictObject({ ...causeShape, kind: z.literal('stance'), target: name, delta: z.number().int().min(-6).max(6) }),
  z.strictObject({ ...causeShape, kind: z.literal('track'), target: id, from: id, to: id }),
]);

const voteSchema = z.strictObject({
  ...causeShape,
  body: id,
  turn: z.number().int().min(0).max(L.turn),
  month: z.string().max(L.month).nullable(),
  track: id,
  proposal: id,
  result: z.enum(['passed', 'vetoed', 'failed', 'agreed', 'blocked', 'refused']),
  tally: z.strictObject({
    yes: z.number().int().min(0).max(L.members),
    no: z.number().int().min(0).max(L.members),
    abstain: z.number().int().min(0).max(L.members),
  }),
  blockers: z.array(id).max(L.members),
});

/** Ledger entries and votes of one stretch of play (a decision's consequences, or the opening). */
const entries = { effects: z.array(effectSchema).max(L.effects), votes: z.array(voteSchema).max(L.votes) };

/** A game's seed, as every saved file holds it (inkjs's storySeed takes no more). */
export const seedSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

export const decisionSchema = z.strictObject({
  /** 1-based number of the decision in the game. */
  step: z.number().int().min(1),
  turn: z.number().int().min(0).max(L.turn),
  month: z.string().max(L.month).nullable(),
  position: z.string().max(L.position),
  index: z
    .number()
    .int()
    .min(0)
    .max(L.options - 1),
  text: shortText,
  options: z.array(shortText).max(L.options),
  meters: metersSchema,
  tracks: tracksSchema,
  /** Version 2: every change from this choice to the next decision, with its cause. */
  effects: entries.effects.optional(),
  /** Version 2: what the bodies at the table decided in that time. */
  votes: entries.votes.optional(),
  /** Why the player chose it, in their own words (when the game asked). */
  reason: z.string().max(L.reason).optional(),
});

export const logSchema = z.strictObject({
  format: z.literal(LOG_FORMAT),
  version: z.union(READABLE_LOG_VERSIONS.map((v) => z.literal(v))),
  story: z.strictObject({
    id: z.string().max(L.storyId),
    version: z.string().max(L.storyVersion),
    /** sha256 of the compiled story JSON. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  scenario: scenarioSchema,
  role: z.enum(['us', 'nato']),
  seed: seedSchema,
  player: z.string().max(L.player).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(['playing', 'ended']),
  ending: z.strictObject({ id: z.string().max(L.endingId), title: z.string().max(L.endingTitle) }).nullable(),
  /** Set when the game was forked from another log at a decision. */
  forkedFrom: z.strictObject({ file: z.string().max(L.forkFile), at: z.number().int().min(0) }).nullable(),
  /** Version 2: the turn and month the game stands at now (after its last decision). */
  at: z
    .strictObject({ turn: z.number().int().min(0).max(L.turn), month: z.string().max(L.month).nullable() })
    .optional(),
  /** Version 2: what happened before the first decision. */
  prelude: z.strictObject(entries).optional(),
  decisions: z.array(decisionSchema).max(L.decisions),
});

export type DecisionLog = z.infer<typeof logSchema>;
export type LoggedDecision = z.infer<typeof decisionSchema>;

export type ParseResult = { ok: true; log: DecisionLog } | { ok: false; problem: string };

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/**
 * Validates parsed JSON as a log. The problem names the first thing wrong in plain words:
 * a foreign document and an unsupported version get their own sentence, since those are the
 * mistakes people actually make (the wrong file, a log from a newer Mandate).
 */
export function parseLog(data: unknown): ParseResult {
  if (!isRecord(data)) return { ok: false, problem: 'not a Mandate decision log (expected a JSON object)' };
  if (data.format !== LOG_FORMAT) {
    return { ok: false, problem: 'not a Mandate decision log (no "format": "mandate-log")' };
  }
  if (!(READABLE_LOG_VERSIONS as readonly unknown[]).includes(data.version)) {
    const v = typeof data.version === 'number' ? String(data.version) : JSON.stringify(data.version ?? null);
    return {
      ok: false,
      problem: `log format version ${v} is not supported (this Mandate reads versions ${READABLE_LOG_VERSIONS.join(' and ')}; it writes ${LOG_VERSION})`,
    };
  }
  const r = logSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    return { ok: false, problem: `invalid log: ${where}: ${issue?.message ?? 'does not match the format'}` };
  }
  const log = r.data;
  const misnumbered = log.decisions.findIndex((d, i) => d.step !== i + 1);
  if (misnumbered >= 0) {
    return {
      ok: false,
      problem: `invalid log: decision ${misnumbered + 1} is numbered ${log.decisions[misnumbered]?.step}`,
    };
  }
  // An index outside the options the log itself lists cannot be a record of play.
  const outside = log.decisions.find((d) => d.index >= d.options.length);
  if (outside) {
    return {
      ok: false,
      problem: `invalid log: decision ${outside.step} takes option ${outside.index + 1} of ${outside.options.length}`,
    };
  }
  // Version 2 keeps the ledger: a decision without it was not written by this Mandate.
  if (log.version >= 2) {
    const bare = log.decisions.find((d) => d.effects === undefined || d.votes === undefined);
    if (bare) return { ok: false, problem: `invalid log: decision ${bare.step} has no ledger (effects and votes)` };
    if (!log.prelude) return { ok: false, problem: 'invalid log: prelude: missing (version 2 keeps the ledger)' };
  }
  if (log.status === 'playing' && log.ending) {
    return { ok: false, problem: 'invalid log: status is "playing" but an ending is set' };
  }
  return { ok: true, log };
}

/** The JSON of a log file's text: empty, truncated and non-JSON text each get their own problem. */
export function parseJsonText(raw: string): { ok: true; data: unknown } | { ok: false; problem: string } {
  // An editor may have added a byte-order mark; it is not part of the JSON.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, problem: 'empty file, not a log' };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    const open = text.trimStart().startsWith('{');
    return {
      ok: false,
      problem: open ? 'not valid JSON (the file looks truncated or damaged)' : 'not valid JSON, not a Mandate log',
    };
  }
}

/** Parses the text of a log file. */
export function parseLogText(raw: string): ParseResult {
  const json = parseJsonText(raw);
  return json.ok ? parseLog(json.data) : json;
}
