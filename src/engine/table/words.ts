/**
 * The few words the engine gives back to a story about the table (`blockers()`, `tally()`),
 * so a line of ink can name who blocked without knowing the roster.
 */
import type { Tally } from './types.js';

/** `France`, `France and Belgium`, `France, Germany and Belgium`; empty for none. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** `11 in favour, 1 against, 3 abstaining`. */
export function tallyText(t: Tally): string {
  return `${t.yes} in favour, ${t.no} against, ${t.abstain} abstaining`;
}
