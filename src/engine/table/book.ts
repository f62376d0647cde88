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
  /** Every entry since the month began, across decisions (what a linked desk tells the other). */
  private month: Effect[] = [];

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
    this.month = [];
  }

  /** The entries since the month began. */
  monthEntries(): readonly Effect[] {
    return this.month;
  }

  /** The book's state between decisions, to put back after a stretch of play is undone. */
  save(): { base: Cause; month: Effect[] } {
    return { base: this.base, month: [...this.month] };
  }

  restore(saved: { base: Cause; month: Effect[] }): void {
    this.base = saved.base;
    this.scopes = [];
    this.effects = [];
    this.votes = [];
    this.month = [...saved.month];
  }

  /** `event(name)` was called at `depth`. */
  event(name: string, depth: number): void {
    this.cause(depth);
    this.scopes.push({ cause: { source: 'event', event: name }, depth });
  }

  add(effect: Effect): void {
    this.effects.push(effect);
    this.month.push(effect);
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
