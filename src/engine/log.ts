/**
 * The decision log (docs/log-format.md): one JSON document per game, validated on read with
 * a schema, replayable against the story. The choice text in every decision is what keeps a
 * replay honest: a replay that finds different text at a step stops and names that step.
 */
import { createHash } from 'node:crypto';
import type { DecisionLog } from './log-schema.js';
import type { Scenario } from './scenario.js';
import type { GameSession, Role } from './session.js';

export const LOG_FORMAT = 'mandate-log';
/** The version this Mandate writes; 2 added the ledger (effects, votes, prelude) and reasons. */
export const LOG_VERSION = 2;
/** Versions it reads: a version-1 log still loads and replays, without a ledger. */
export const READABLE_LOG_VERSIONS = [1, 2] as const;

const objectHashes = new WeakMap<object, string>();
/** The last story text hashed: verifying many logs hashes the same story again and again. */
let lastText: { text: string; hash: string } | null = null;

/**
 * sha256 of the story's canonical JSON text (the same for the file and the parsed object).
 * Cached per story, since hashing a full campaign costs more than replaying a short game.
 */
export function storyHash(json: string | object): string {
  if (typeof json === 'object') {
    const cached = objectHashes.get(json);
    if (cached) return cached;
    const h = createHash('sha256').update(JSON.stringify(json)).digest('hex');
    objectHashes.set(json, h);
    return h;
  }
  if (lastText?.text === json) return lastText.hash;
  const hash = createHash('sha256')
    .update(JSON.stringify(JSON.parse(json)))
    .digest('hex');
  lastText = { text: json, hash };
  return hash;
}

export interface LogMeta {
  player: string | null;
  createdAt: string;
  forkedFrom?: { file: string; at: number } | null;
}

/**
 * What makes two logs the same game: story, role, seed, player, scenario and start time. A
 * student's autosave and the `--log` copy of one game share it; a fork or a new game does not.
 */
export function gameIdentity(
  log: Pick<DecisionLog, 'story' | 'role' | 'seed' | 'player' | 'createdAt' | 'scenario'>,
): string {
  return JSON.stringify([log.story.hash, log.role, log.seed, log.player, log.createdAt, log.scenario.id]);
}

/** The log of a session as it stands now. */
export function buildLog(session: GameSession, storyJson: string | object, meta: LogMeta, now: Date): DecisionLog {
  const view = session.view();
  return {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    story: { ...session.storyInfo(), hash: storyHash(storyJson) },
    // The undo switch as played (--no-undo included), so a resumed or forked game keeps it.
    scenario: { ...view.scenario, undo: session.options.undo ?? view.scenario.undo },
    role: view.role,
    seed: view.seed,
    player: meta.player,
    createdAt: meta.createdAt,
    updatedAt: now.toISOString(),
    status: view.ended ? 'ended' : 'playing',
    ending: view.ending ? { id: view.ending.id, title: view.ending.title } : null,
    forkedFrom: meta.forkedFrom ?? null,
    at: { turn: view.turn, month: view.month },
    prelude: view.prelude,
    decisions: view.decisions.map((d, i) => ({
      step: i + 1,
      turn: d.turn,
      month: d.month,
      position: d.position,
      index: d.index,
      text: d.text,
      options: d.options,
      meters: d.meters,
      tracks: d.tracks,
      effects: d.effects,
      votes: d.votes,
      ...(d.reason === undefined ? {} : { reason: d.reason }),
    })),
  };
}

export type { DecisionLog, LoggedDecision, ParseResult } from './log-schema.js';
export type { Role, Scenario };

/**
 * Where a game stands now: the turn and month of its current passage (after its last
 * decision), which is what a resumed game shows. A version-1 log does not say; its last
 * decision's turn is the nearest it knows.
 */
export function standsAt(log: DecisionLog): { turn: number; month: string | null } {
  if (log.at) return log.at;
  const last = log.decisions.at(-1);
  return { turn: last?.turn ?? 0, month: last?.month ?? null };
}
