/**
 * A linked game: a US desk and a NATO desk playing one world. Each desk plays its own role's
 * story in its own session; the tracks, the stances at the table and the troops are shared.
 * Within a month both desks decide, in any order; when both have ended the month, the month's
 * changes are merged (world.ts) and each desk enters the next month in the same world, so what
 * one desk did is on the other desk's table, and changes its options, from the next month.
 *
 * A desk that ends its month first cannot wait inside the story (ink does not pause inside a
 * line): its last choice of the month is taken back and kept, and taken again, in the merged
 * world, once the other desk ends the same month. The result is the same whichever desk is
 * first, so a pair log replays by the order of its choices alone.
 */
import type { Scenario } from '../scenario.js';
import { GameSession, type Role, type SessionSnapshot, type View } from '../session.js';
import type { Effect } from '../table/ledger.js';
import { mergeMonth, type SharedWorld } from './world.js';

export const DESKS: readonly Role[] = ['us', 'nato'];

export const otherDesk = (role: Role): Role => (role === 'us' ? 'nato' : 'us');

/** A short written message from one desk to the other. */
export interface Cable {
  from: Role;
  /** The sender's turn and month when it was sent. */
  turn: number;
  month: string | null;
  text: string;
  /** How many choices the pair had taken when it was sent: where it sits in the game. */
  after: number;
}

/** One choice of the pair, in the order taken. */
export interface PairMove {
  role: Role;
  index: number;
}

/** Where a desk stands: deciding, waiting for the other desk to end the month, or ended. */
export type DeskState = 'deciding' | 'waiting' | 'ended';

export interface LinkedOptions {
  storyJson: string | object;
  seed: number;
  scenario: Scenario;
}

/** The longest cable, in characters. */
export const CABLE_LIMIT = 500;

export class LinkedGame {
  readonly desks: Record<Role, GameSession>;
  /** Every choice taken, in order (a pair log replays from this). */
  readonly moves: PairMove[] = [];
  readonly cables: Cable[] = [];
  /** The shared world at the start of the month being played. */
  private start: SharedWorld;
  /** A desk that has ended the month: its entries, and its last choice, to take again. */
  private readonly ended: Partial<
    Record<Role, { month: readonly Effect[]; index: number; reason?: string; snap: SessionSnapshot }>
  > = {};
  /** The merged world a desk is owed when its taken-back choice is played again. */
  private readonly owed: Partial<Record<Role, SharedWorld>> = {};
  /** Set while a choice runs, when the desk ended its month before the other desk. */
  private endedAlone: readonly Effect[] | null = null;

  constructor(readonly options: LinkedOptions) {
    const start = (role: Role) =>
      GameSession.start({
        storyJson: options.storyJson,
        role,
        // Each desk has its own luck, from the pair's seed.
        seed: role === 'us' ? options.seed : (options.seed + 1) % 2 ** 31,
        scenario: options.scenario,
        undo: false,
        link: { monthEnd: (r, month) => this.monthEnd(r, month) },
      });
    this.desks = { us: start('us'), nato: start('nato') };
    this.start = this.desks.us.shared();
  }

  state(role: Role): DeskState {
    if (this.ended[role]) return 'waiting';
    return this.desks[role].ended ? 'ended' : 'deciding';
  }

  view(role: Role): View {
    return this.desks[role].view();
  }

  /** The pair's game is over when both desks have reached an ending. */
  get over(): boolean {
    return DESKS.every((r) => this.state(r) === 'ended');
  }

  /**
   * Takes option `index` for `role`, with the player's reason when the game asked for one (kept
   * with the decision, also when the choice waits for the other desk). Throws when that desk
   * cannot decide now.
   */
  choose(role: Role, index: number, reason?: string): DeskState {
    const state = this.state(role);
    if (state !== 'deciding') throw new Error(`the ${role} desk cannot decide now: it is ${state}`);
    const desk = this.desks[role];
    const snap = desk.snapshot();
    this.endedAlone = null;
    desk.choose(index);
    this.moves.push({ role, index });
    if (this.endedAlone) {
      // The other desk is still in this month: keep the choice, to take it again in the merged world.
      this.ended[role] = { month: this.endedAlone, index, snap, ...(reason ? { reason } : {}) };
      this.endedAlone = null;
      desk.restore(snap);
      return 'waiting';
    }
    if (reason) desk.annotate(desk.decisions.length, reason);
    const other = otherDesk(role);
    const waiting = this.ended[other];
    if (this.owed[other] && waiting) {
      delete this.ended[other];
      const theirs = this.desks[other];
      theirs.restore(waiting.snap);
      theirs.choose(waiting.index);
      if (waiting.reason) theirs.annotate(theirs.decisions.length, waiting.reason);
    }
    return this.state(role);
  }

  /**
   * Which desk plays now when both share one terminal (hot-seat): a desk that can decide, the
   * one in the earlier month first; in the same month the US desk, which plays its month to its
   * end, then the NATO desk. Null once both desks have ended.
   */
  nextDesk(): Role | null {
    const deciding = DESKS.filter((r) => this.state(r) === 'deciding');
    if (deciding.length < 2) return deciding[0] ?? null;
    return this.view('nato').turn < this.view('us').turn ? 'nato' : 'us';
  }

  /** Sends a cable from `role` to the other desk; both see it, and the pair log keeps it. */
  cable(role: Role, text: string): Cable {
    const clean = text.trim();
    if (!clean) throw new Error('a cable needs some words');
    if (clean.length > CABLE_LIMIT) throw new Error(`a cable is at most ${CABLE_LIMIT} characters`);
    const v = this.desks[role].view();
    const cable = { from: role, turn: v.turn, month: v.month, text: clean, after: this.moves.length };
    this.cables.push(cable);
    return cable;
  }

  /** A desk's story ended its month: merge when the other desk is there, else say so (null). */
  private monthEnd(role: Role, month: readonly Effect[]): SharedWorld | null {
    const owed = this.owed[role];
    if (owed) {
      delete this.owed[role];
      return owed;
    }
    const other = otherDesk(role);
    const theirs = this.ended[other];
    const otherGone = !theirs && this.desks[other].ended;
    if (!theirs && !otherGone) {
      this.endedAlone = [...month];
      return null;
    }
    const changes = { [role]: month, [other]: theirs?.month ?? [] } as Record<Role, readonly Effect[]>;
    const world = mergeMonth(this.start, changes);
    this.start = world;
    if (theirs) this.owed[other] = world;
    return world;
  }
}
