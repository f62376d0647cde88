/**
 * The pair log (docs/log-format.md, "Pair logs"): one JSON document for both desks of a linked
 * game. It holds the pair's seed and scenario, every choice in the order taken (`moves`, what a
 * replay follows), the cables, and each desk's own decision log (a version-2 `mandate-log`, so
 * the report and the debrief read a desk as they read any game).
 */
import { buildLog, storyHash } from '../log.js';
import type { DecisionLog } from '../log-schema.js';
import type { Scenario } from '../scenario.js';
import type { Role } from '../session.js';
import type { Cable, LinkedGame, PairMove } from './game.js';

export const PAIR_LOG_FORMAT = 'mandate-pair-log';
/** The version this Mandate writes and reads. */
export const PAIR_LOG_VERSION = 1;

export interface PairLog {
  format: typeof PAIR_LOG_FORMAT;
  version: typeof PAIR_LOG_VERSION;
  story: DecisionLog['story'];
  scenario: Scenario;
  /** The pair's seed: the US desk plays it, the NATO desk the next one (game.ts). */
  seed: number;
  createdAt: string;
  updatedAt: string;
  /** `ended` once both desks have reached an ending. */
  status: 'playing' | 'ended';
  /** Every choice of the pair, in the order taken. */
  moves: PairMove[];
  cables: Cable[];
  /** Each desk's game as a decision log of its own (its player, its decisions, its ending). */
  desks: Record<Role, DecisionLog>;
}

export interface PairMeta {
  players: Record<Role, string | null>;
  createdAt: string;
}

/** The pair log of a linked game as it stands now. */
export function buildPairLog(game: LinkedGame, storyJson: string | object, meta: PairMeta, now: Date): PairLog {
  const desk = (role: Role) =>
    buildLog(game.desks[role], storyJson, { player: meta.players[role], createdAt: meta.createdAt }, now);
  const us = desk('us');
  return {
    format: PAIR_LOG_FORMAT,
    version: PAIR_LOG_VERSION,
    story: { ...us.story, hash: storyHash(storyJson) },
    scenario: us.scenario,
    seed: game.options.seed,
    createdAt: meta.createdAt,
    updatedAt: now.toISOString(),
    status: game.over ? 'ended' : 'playing',
    moves: game.moves.map((m) => ({ role: m.role, index: m.index })),
    cables: game.cables.map((c) => ({ ...c })),
    desks: { us, nato: desk('nato') },
  };
}
