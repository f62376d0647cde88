/**
 * The ledger being written as the story runs: what caused the changes now happening, and the
 * entries since the last decision. A choice opens its cause; `event(name)` opens an event's,
 * which lasts until the tunnel or function it was named in returns (so the rest of a choice's
 * consequences stay the choice's); the month's upkeep is its own cause; after a month ends,
 * whatever is not in a named event belongs to the new month (`event: "month"`).
 */
import type { Cause, Effect, VoteRecord } from './ledger.js';

export interface Entries {
  effects: Effect[];
  votes: VoteRecord[];
}

export class LedgerBook {
  private base: Cause = { source: 'event', event: 'start' };
  private scopes: { cause: Cause; depth: number }[] = [];
  private effects: Effect[] = [];
  private votes: VoteRecord[] = [];

  /** The cause of a change made at call depth `depth`: the innermost event still open, else the base. */
  cause(depth: number): Cause {
    while (this.scopes.length > 0 && depth < this.scopes.at(-1)!.depth) this.scopes.pop();
    return this.scopes.at(-1)?.cause ?? this.base;
  }

  /** A choice was taken: what follows is its doing until an event is named or the month ends. */
  choice(): void {
    this.base = { source: 'choice' };
    this.scopes = [];
  }

  /** The month ended: what follows, outside a named event, belongs to the new month. */
  monthEnded(): void {
    this.base = { source: 'event', event: 'month' };
    this.scopes = [];
  }

  /** `event(name)` was called at `depth`. */
  event(name: string, depth: number): void {
    this.cause(depth);
    this.scopes.push({ cause: { source: 'event', event: name }, depth });
  }

  add(effect: Effect): void {
    this.effects.push(effect);
  }

  vote(record: VoteRecord): void {
    this.votes.push(record);
  }

  /** The entries since the last call, which starts a new page. */
  take(): Entries {
    const out = { effects: this.effects, votes: this.votes };
    this.effects = [];
    this.votes = [];
    return out;
  }
}
