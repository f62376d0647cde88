/**
 * Linked pairs at the host: two students who join with the same pair name play one linked game
 * (engine/linked), one desk each. The host holds the game: each desk sends its moves and cables,
 * the host takes them in the order they arrive, saves the pair log atomically (games/ID.json)
 * and gives each desk the moves so far, which the desk replays on its own copy of the game (the
 * linked game does not depend on which desk ends a month first, so the copies agree).
 */

import { readFileSync } from 'node:fs';
import { CABLE_LIMIT, LinkedGame } from '../engine/linked/game.js';
import { buildPairLog } from '../engine/linked/pair-log.js';
import { parseAnyLogText } from '../engine/linked/pair-log-schema.js';
import { replayPair } from '../engine/linked/replay.js';
import type { Scenario } from '../engine/scenario.js';
import type { Role } from '../engine/session.js';
import { type ClassRecord, gameLogFile, type PairEntry, writeClass, writeGameLog } from '../storage/class-folder.js';
import { pairLogText } from '../storage/pair-save.js';
import { type GameSummary, newGameId, newSecret, secretMatches, sha256, summarize } from './class-state.js';

export interface PairRoom {
  entry: PairEntry;
  game: LinkedGame;
  seen: Record<Role, number>;
  /** When the dashboards last had each desk's row (summaries). */
  told: Record<Role, number>;
  decidedAt: number | null;
}

export interface PairStory {
  json: string | object;
  /** The story as the engine plays it (parsed once). */
  parsed: string | object;
}

export class PairConflict extends Error {}

/**
 * The names of the pairs the host makes ("Pair #1", "Pair #2", …): a student's pair name is
 * letters, digits and spaces (host/messages.ts), so it is never one of these.
 */
export const HOST_PAIR = 'Pair #';
const isHostPair = (e: PairEntry) => e.name.startsWith(HOST_PAIR);

/**
 * How old a desk's row on the dashboards may grow while the desk only asks for news (a move
 * or a cable tells them at once): its next question after that tells them it is still there.
 * Desks ask every few seconds while they play; the dashboard calls a desk unheard of for 90 s
 * disconnected.
 */
const QUIET_MS = 30_000;

export class Pairs {
  readonly rooms = new Map<string, PairRoom>();

  constructor(
    private readonly folder: string,
    private readonly record: ClassRecord,
    private readonly story: PairStory,
    private readonly scenario: Scenario,
    private readonly clock: () => number = Date.now,
  ) {
    for (const entry of record.pairs) {
      const game = this.restore(entry) ?? this.newGame(entry.seed);
      const now = clock();
      this.rooms.set(entry.id, {
        entry,
        game,
        seen: { us: now, nato: now },
        told: { us: 0, nato: 0 },
        decidedAt: null,
      });
    }
  }

  private newGame(seed: number): LinkedGame {
    return new LinkedGame({ storyJson: this.story.parsed, seed, scenario: this.scenario });
  }

  /** The game as its pair log left it (a restarted host), or null when it has none yet. */
  private restore(entry: PairEntry): LinkedGame | null {
    let text: string;
    try {
      text = readFileSync(gameLogFile(this.folder, entry.id), 'utf8');
    } catch {
      return null;
    }
    const read = parseAnyLogText(text);
    if (!read.ok || read.kind !== 'pair') return null;
    const r = replayPair(read.pair, this.story.parsed);
    return r.ok ? r.game : null;
  }

  /**
   * Seats a student at a desk of the pair named `name` (a new pair when none has a free desk).
   * The desk asked for is a wish: the second student of a pair gets the desk that is left.
   * With `name` null the host pairs the student itself (`mandate host --pairs`): the first pair
   * it made that has a free desk (the one asked for, when one is asked for), else a new one.
   */
  join(
    name: string | null,
    player: string,
    role: Role | undefined,
    seed: () => number,
  ): { room: PairRoom; role: Role; secret: string } {
    const inPair =
      name === null ? isHostPair : (e: PairEntry) => e.name.toLocaleLowerCase() === name.toLocaleLowerCase();
    // A name is no proof of who is typing it: a student already at a desk of this pair comes
    // back by the desk's secret (GET /api/pairs/ID/desk), never by joining again.
    const who = player.toLocaleLowerCase();
    for (const r of this.rooms.values()) {
      if (!inPair(r.entry) || r.game.over) continue;
      for (const d of ['us', 'nato'] as const) {
        if (r.entry.desks[d]?.player.toLocaleLowerCase() === who) {
          throw new PairConflict(
            `${player} already has the ${d === 'us' ? 'US' : 'NATO'} desk of pair "${r.entry.name}": ` +
              'run the same mandate join on the machine that joined to come back to it',
          );
        }
      }
    }
    // The host honours the desk asked for (a pair of its own has room for it, or a new one);
    // students who name their pair agreed on it, and the second of them takes the desk left.
    const free = (e: PairEntry) => (name === null && role ? !e.desks[role] : !e.desks.us || !e.desks.nato);
    let room = [...this.rooms.values()].find((r) => inPair(r.entry) && !r.game.over && free(r.entry));
    if (!room) {
      const made = this.record.pairs.filter(isHostPair).length;
      const entry: PairEntry = {
        id: newGameId(),
        name: name ?? `${HOST_PAIR}${made + 1}`,
        seed: seed(),
        desks: {},
        joinedAt: new Date(this.clock()).toISOString(),
      };
      this.record.pairs.push(entry);
      const now = this.clock();
      room = {
        entry,
        game: this.newGame(entry.seed),
        seen: { us: now, nato: now },
        told: { us: 0, nato: 0 },
        decidedAt: null,
      };
      this.rooms.set(entry.id, room);
    }
    const taken = room.entry.desks;
    const desk: Role = role && !taken[role] ? role : taken.us ? 'nato' : 'us';
    const secret = newSecret();
    room.entry.desks[desk] = { player, secretHash: sha256(secret) };
    writeClass(this.folder, this.record);
    this.save(room);
    return { room, role: desk, secret };
  }

  /**
   * The desk whose secret this is, in pair `id`; null for any other. `stale` is set when the
   * dashboards' row of the desk is older than QUIET_MS, so that they are told it is still there.
   */
  desk(id: string, secret: string): { room: PairRoom; role: Role; stale: boolean } | null {
    const room = this.rooms.get(id);
    if (!room) return null;
    for (const role of ['us', 'nato'] as const) {
      const d = room.entry.desks[role];
      if (d && secretMatches(secret, d.secretHash)) {
        const now = this.clock();
        room.seen[role] = now;
        return { room, role, stale: now - room.told[role] > QUIET_MS };
      }
    }
    return null;
  }

  /** What a desk needs to play its pair again (a student who rejoins), without its secret. */
  seat(room: PairRoom, role: Role) {
    return {
      id: room.entry.id,
      name: room.entry.name,
      player: room.entry.desks[role]!.player,
      role,
      seed: room.entry.seed,
      scenario: this.record.scenario,
      memos: this.record.memos,
    };
  }

  /**
   * Takes a desk's move. `mine` is how many moves the desk had made when it chose: a move sent
   * again (its answer was lost) is taken once.
   */
  move(room: PairRoom, role: Role, index: number, mine: number, reason?: string): void {
    const made = room.game.moves.filter((m) => m.role === role).length;
    if (made > mine) return;
    if (made < mine) throw new PairConflict(`the host has ${made} moves of this desk, not ${mine}`);
    const state = room.game.state(role);
    if (state !== 'deciding') throw new PairConflict(`the ${role} desk cannot decide now: it is ${state}`);
    if (index >= room.game.view(role).choices.length) throw new PairConflict(`option ${index + 1} is not on offer`);
    room.game.choose(role, index, reason || undefined);
    room.decidedAt = this.clock();
    this.save(room);
  }

  /** Takes a desk's cable; `mine` (the desk's cables so far) makes a resent cable count once. */
  cable(room: PairRoom, role: Role, text: string, mine: number): void {
    const sent = room.game.cables.filter((c) => c.from === role).length;
    if (sent > mine) return;
    if (text.trim().length > CABLE_LIMIT) throw new PairConflict(`a cable is at most ${CABLE_LIMIT} characters`);
    room.game.cable(role, text);
    this.save(room);
  }

  private save(room: PairRoom): void {
    const players = { us: room.entry.desks.us?.player ?? null, nato: room.entry.desks.nato?.player ?? null };
    const now = new Date(this.clock());
    const pair = buildPairLog(room.game, this.story.json, { players, createdAt: room.entry.joinedAt }, now);
    writeGameLog(this.folder, room.entry.id, pairLogText(pair));
  }

  /** The moves after the first `after`, with the reasons kept with them, and the cables. */
  since(room: PairRoom, after: number) {
    const count: Record<Role, number> = { us: 0, nato: 0 };
    const moves = room.game.moves.map((m) => {
      const reason = room.game.desks[m.role].decisions[count[m.role]++]?.reason;
      return { role: m.role, index: m.index, ...(reason ? { reason } : {}) };
    });
    return {
      moves: moves.slice(after),
      cables: room.game.cables,
      players: { us: room.entry.desks.us?.player ?? null, nato: room.entry.desks.nato?.player ?? null },
      over: room.game.over,
    };
  }

  /** Each seated desk of a pair as a row of the dashboard. */
  summaries(room: PairRoom): GameSummary[] {
    const out: GameSummary[] = [];
    const players = { us: room.entry.desks.us?.player ?? null, nato: room.entry.desks.nato?.player ?? null };
    const pair = buildPairLog(room.game, this.story.json, { players, createdAt: room.entry.joinedAt }, new Date());
    for (const role of ['us', 'nato'] as const) {
      const d = room.entry.desks[role];
      if (!d) continue;
      room.told[role] = this.clock();
      const entry = {
        id: `${room.entry.id}-${role}`,
        player: d.player,
        role,
        seed: room.entry.seed,
        secretHash: '',
        joinedAt: room.entry.joinedAt,
      };
      const log = pair.desks[role];
      const s = summarize(
        entry,
        log.decisions.length || room.game.moves.length ? log : null,
        room.seen[role],
        room.decidedAt,
      );
      s.pair = room.entry.name;
      if (room.game.state(role) === 'waiting') s.waiting = true;
      out.push(s);
    }
    return out;
  }
}
