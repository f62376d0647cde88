/**
 * `# assert: {ink expression}` on a line states what the sentence presupposes. ink evaluates
 * the expression when the line is shown (a tag with dynamic content), so the tag arrives as
 * `assert: true` or `assert: false`; the checker reports every line shown while its assertion
 * was false. A tag whose value is not a truth value (no braces, so nothing was evaluated) is
 * reported too: an assertion that cannot fail checks nothing.
 */
import type { Tag } from './tags.js';

export interface Assertion {
  holds: boolean;
  /** The value ink gave the tag. */
  value: string;
}

/** The line's assertion, or null when it has none. Numbers count as ink counts them: 0 is false. */
export function assertionOf(tags: readonly Tag[]): Assertion | null {
  const tag = tags.find((t) => t.key === 'assert');
  if (!tag) return null;
  const value = tag.value.trim();
  if (value === 'true') return { holds: true, value };
  if (/^-?\d+(\.\d+)?$/.test(value)) return { holds: Number(value) !== 0, value };
  return { holds: false, value };
}
