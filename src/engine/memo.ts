/**
 * Memos: the player's reason for a decision, in their own words. A scenario (or `play
 * --memos`) says whether the game asks (off, optional, required) and after which decisions
 * (every one, or those the story marks with a `# memo` tag in the passage before the choice).
 * The rule lives here so the terminal UI and plain mode ask at the same decisions.
 */
import { sanitize } from './sanitize.js';
import type { Scenario } from './scenario.js';

export const MEMO_ASKS = ['off', 'optional', 'required'] as const;
export type MemoAsk = (typeof MEMO_ASKS)[number];

export const MEMO_AFTER = ['every', 'marked'] as const;
export type MemoAfter = (typeof MEMO_AFTER)[number];

/** A scenario's `memos` field: whether to ask, and after which decisions. */
export interface MemoSettings {
  ask: MemoAsk;
  after: MemoAfter;
}

/** What the screen asks after the player picks an option here. */
export interface MemoRequest {
  /** True when the game waits for a reason; false when Enter alone skips it. */
  required: boolean;
  /** The question: the story's own (`# memo: Who will object, and why?`) or the default. */
  prompt: string;
}

/** The longest reason a log keeps (docs/log-format.md). */
export const MAX_REASON = 1000;

export const DEFAULT_MEMO_PROMPT = 'Why did you choose this? Write a sentence or two in your own words.';

/**
 * Whether to ask for a reason at a choice point. `marked` is the passage's `# memo` tag: null
 * when the passage has none, '' for a bare tag, else the story's question.
 */
export function memoRequest(settings: MemoSettings | undefined, marked: string | null): MemoRequest | null {
  if (!settings || settings.ask === 'off') return null;
  if (settings.after === 'marked' && marked === null) return null;
  return { required: settings.ask === 'required', prompt: marked || DEFAULT_MEMO_PROMPT };
}

/**
 * A typed reason as the log keeps it: control characters and escapes removed, whitespace
 * collapsed to single spaces, trimmed, and cut to MAX_REASON characters.
 */
export function cleanReason(raw: string): string {
  const text = sanitize(raw)
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut in UTF-16 units, as the log's schema counts, without splitting a surrogate pair.
  const cut = text.slice(0, MAX_REASON);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A scenario with `play --memos` applied: the flag says whether to ask; after which decisions
 * stays the scenario's (every decision when it says nothing). The log keeps the result, so a
 * resumed or forked game asks the same way.
 */
export function withMemos(scenario: Scenario, ask: MemoAsk | undefined): Scenario {
  if (ask === undefined) return scenario;
  return { ...scenario, memos: { ask, after: scenario.memos?.after ?? 'every' } };
}
