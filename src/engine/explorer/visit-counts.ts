/**
 * Stories compiled without visit counts. inklecate and the inkjs compiler count only the visits
 * a story reads unless given `-c` (Inky passes it), and the checker learns what was reached from
 * visit counts: every knot would be "never reached". The checker turns counting on instead
 * (ink-internals.ts, countAllVisits), which changes nothing a story can see, and says so.
 */
import { countAllVisits, uncountedFlows } from '../story/ink-internals.js';
import type { ParsedStory } from '../story/runtime.js';

/** Turns visit counting on where it is off; returns the knots it was off for. */
export function countVisitsOf(story: ParsedStory): string[] {
  const uncounted = uncountedFlows(story.content);
  if (uncounted.length > 0) countAllVisits(story.content);
  return uncounted;
}

/** The warning `check` gives for such a story. */
export function uncountedWarning(uncounted: readonly string[]): string {
  const some = uncounted.length === 1 ? `knot ${uncounted[0]}` : `${uncounted.length} knots`;
  return `the story was compiled without visit counts (${some}; \`inklecate -c\` and \`inkjs-compiler -c\` keep them, as Inky does): check counted the visits itself to see what is reached`;
}
