/**
 * What the host knows of its class, in memory: the class record (kept in class.mandate) and, for
 * the dashboard, a summary of each game from its latest log. Loaded from the folder when the
 * host starts, so a host restarted on the same folder carries on where it stopped.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DecisionLog } from '../engine/log.js';
import type { Role } from '../engine/session.js';
import { type ClassRecord, type GameEntry, readGameLogs, writeClass } from '../storage/class-folder.js';

export interface GameSummary {
  id: string;
  player: string;
  role: Role;
  decisions: number;
  turn: number;
  month: string | null;
  meters: DecisionLog['decisions'][number]['meters'] | null;
  tracks: DecisionLog['decisions'][number]['tracks'] | null;
  status: 'joined' | 'playing' | 'ended';
  ending: string | null;
  last: { text: string; reason: string | null } | null;
  /** When the host last heard from the game's student (ms since the epoch). */
  seen: number;
  /** When its last decision arrived (ms since the epoch), or null. */
  decidedAt: number | null;
  /** For a desk of a linked pair: the pair's name. */
  pair?: string;
  /** For a desk of a linked pair: it has ended its month and waits for the other desk. */
  waiting?: boolean;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Compares a secret with its stored hash in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Letters and digits that cannot be misread on a projector (no 0/O, 1/I). */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newClassCode(): string {
  return [...randomBytes(6)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export const newToken = () => randomBytes(24).toString('base64url');
export const newSecret = () => randomBytes(24).toString('base64url');
export const newGameId = () => [...randomBytes(12)].map((b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');

export function summarize(
  entry: GameEntry,
  log: DecisionLog | null,
  seen: number,
  decidedAt: number | null,
): GameSummary {
  const last = log?.decisions.at(-1) ?? null;
  return {
    id: entry.id,
    player: entry.player,
    role: entry.role,
    decisions: log?.decisions.length ?? 0,
    turn: log?.at?.turn ?? last?.turn ?? 0,
    month: log?.at?.month ?? last?.month ?? null,
    meters: last?.meters ?? null,
    tracks: last?.tracks ?? null,
    status: !log ? 'joined' : log.status,
    ending: log?.ending?.title ?? null,
    last: last ? { text: last.text, reason: last.reason ?? null } : null,
    seen,
    decidedAt,
  };
}

export class ClassState {
  readonly summaries = new Map<string, GameSummary>();
  /** The latest log of each game, as stored. */
  readonly logs = new Map<string, DecisionLog>();

  constructor(
    readonly folder: string,
    readonly record: ClassRecord,
    private readonly clock: () => number = Date.now,
  ) {
    const { logs } = readGameLogs(
      folder,
      record.games.map((g) => g.id),
    );
    for (const entry of record.games) {
      const log = logs.get(entry.id) ?? null;
      if (log) this.logs.set(entry.id, log);
      const at = log ? Date.parse(log.updatedAt) : Date.parse(entry.joinedAt);
      this.summaries.set(entry.id, summarize(entry, log, at, log ? at : null));
    }
  }

  entry(id: string): GameEntry | undefined {
    return this.record.games.find((g) => g.id === id);
  }

  /** A new game for a student; the class record is saved before the student hears of it. */
  join(player: string, role: Role, seed: number): { entry: GameEntry; secret: string } {
    const secret = newSecret();
    const entry: GameEntry = {
      id: newGameId(),
      player,
      role,
      seed,
      secretHash: sha256(secret),
      joinedAt: new Date(this.clock()).toISOString(),
    };
    this.record.games.push(entry);
    writeClass(this.folder, this.record);
    this.summaries.set(entry.id, summarize(entry, null, this.clock(), null));
    return { entry, secret };
  }

  /** The role with fewer students so far (the US desk on a tie). */
  nextRole(): Role {
    const us = this.record.games.filter((g) => g.role === 'us').length;
    return us <= this.record.games.length - us ? 'us' : 'nato';
  }

  stored(entry: GameEntry, log: DecisionLog): GameSummary {
    const now = this.clock();
    const before = this.logs.get(entry.id);
    this.logs.set(entry.id, log);
    const decided = !before || before.decisions.length !== log.decisions.length;
    const summary = summarize(entry, log, now, decided ? now : (this.summaries.get(entry.id)?.decidedAt ?? null));
    this.summaries.set(entry.id, summary);
    return summary;
  }

  saw(id: string): GameSummary | undefined {
    const s = this.summaries.get(id);
    if (s) s.seen = this.clock();
    return s;
  }
}
