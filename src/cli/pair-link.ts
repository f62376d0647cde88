/**
 * A desk's link to its linked pair at the class host (`mandate join --pair`): the host holds
 * the pair's game, and this desk plays a copy of it, made from the same seed and scenario. The
 * desk's moves and cables go to the host one request at a time, in order; each answer brings
 * the pair's moves since the desk's count, in the host's order, which the copy takes too, so the
 * copy is always the host's game. While the host cannot be reached, a request waits and is sent
 * again: nothing is taken here that the host has not taken.
 */
import type { LinkedGame } from '../engine/linked/game.js';
import type { Role } from '../engine/session.js';
import { type PairMoves, pairMoves } from '../host/messages.js';
import { HostRefusedError, hostRequest } from './host-link.js';

export interface PairDesk {
  base: string;
  code: string;
  /** The pair's id at the host. */
  id: string;
  secret: string;
  role: Role;
}

/** The host's answer is not what a pair's host says, or its moves do not fit this game. */
export class PairLinkError extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long to wait before asking an unreachable host again. */
const RETRY_MS = 1000;

export class PairLink {
  /** Whether the host could not be reached at the last try. */
  away = false;
  players: Record<Role, string | null> = { us: null, nato: null };
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private closed = false;
  private busy = 0;
  /** Ends the wait between two of follow's questions. */
  private wake: (() => void) | null = null;

  constructor(
    private readonly desk: PairDesk,
    readonly game: LinkedGame,
  ) {}

  get role(): Role {
    return this.desk.role;
  }

  /** Calls `listener` after every change: moves or cables from the host, or the host lost or back. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The pair's moves since this copy's count. */
  sync(): Promise<void> {
    return this.ask(() => `?after=${this.game.moves.length}`, 'GET');
  }

  /** Sends this desk's choice; resolves once the host has it and this copy has taken it too. */
  move(index: number, reason: string): Promise<void> {
    return this.ask(
      () => `/move?after=${this.game.moves.length}`,
      'POST',
      // Counted when sent: a move sent again after a lost answer is taken once.
      () => ({ index, mine: this.mine(), ...(reason ? { reason } : {}) }),
    );
  }

  cable(text: string): Promise<void> {
    const sent = () => this.game.cables.filter((c) => c.from === this.desk.role).length;
    return this.ask(
      () => `/cable?after=${this.game.moves.length}`,
      'POST',
      () => ({ text, mine: sent() }),
    );
  }

  /**
   * Asks the host for news every `ms` while nothing else is being sent, until closed: the other
   * desk's moves and cables arrive, and the dashboard knows this desk is still there.
   */
  async follow(ms: number): Promise<void> {
    while (!this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!this.closed && this.busy === 0) await this.sync();
    }
  }

  /** Stops following and sending; a request waiting for an unreachable host gives up. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Tells the listeners to look again (the link's user has news of its own, such as a failure). */
  notify(): void {
    for (const l of this.listeners) l();
  }

  private mine(): number {
    return this.game.moves.filter((m) => m.role === this.desk.role).length;
  }

  /**
   * One request, after those before it (the path and body are made when its turn comes). An
   * unreachable host is asked again until it answers or the link is closed; a refusal throws
   * HostRefusedError; an answer that does not fit throws PairLinkError.
   */
  private ask(path: () => string, method: string, body?: () => unknown): Promise<void> {
    this.busy++;
    const run = async () => {
      while (!this.closed) {
        let answer: unknown;
        try {
          answer = await hostRequest(this.desk.base, `/api/pairs/${this.desk.id}${path()}`, {
            method,
            body: body?.(),
            headers: { 'x-mandate-code': this.desk.code, authorization: `Bearer ${this.desk.secret}` },
          });
        } catch (e) {
          if (e instanceof HostRefusedError) throw e;
          this.setAway(true);
          await sleep(RETRY_MS);
          continue;
        }
        this.setAway(false);
        this.apply(answer);
        return;
      }
    };
    const turn = this.queue.then(run).finally(() => {
      this.busy--;
    });
    this.queue = turn.catch(() => {});
    return turn;
  }

  private apply(answer: unknown): void {
    const parsed = pairMoves.safeParse(answer);
    if (!parsed.success) throw new PairLinkError('the host’s answer is not a linked pair’s');
    const s: PairMoves = parsed.data;
    const news =
      s.moves.length > 0 ||
      s.cables.length !== this.game.cables.length ||
      s.players.us !== this.players.us ||
      s.players.nato !== this.players.nato;
    for (const m of s.moves) {
      try {
        this.game.choose(m.role, m.index, m.reason);
      } catch (e) {
        const who = m.role === this.desk.role ? 'this' : 'the other';
        throw new PairLinkError(
          `the host’s game no longer matches this one (${who} desk’s move: ${(e as Error).message})`,
        );
      }
    }
    this.game.cables.splice(0, this.game.cables.length, ...s.cables);
    this.players = s.players;
    if (news) this.notify();
  }

  private setAway(away: boolean): void {
    if (away === this.away) return;
    this.away = away;
    this.notify();
  }
}
