/**
 * The shape of a compiled ink story (the .json of inklecate, Inky or the inkjs compiler),
 * checked before inkjs sees it: inkjs answers `{}`, `null`, a newer format or a document
 * nested thousands deep with a crash, not a message.
 */
import { Story } from 'inkjs';

/** The format versions this inkjs reads (Story.inkVersionMinimumCompatible to inkVersionCurrent). */
export const INK_FORMAT = { min: 18, max: (Story as unknown as { inkVersionCurrent: number }).inkVersionCurrent };

/** Far deeper than any compiler nests a story; deep enough to stop inkjs's recursion in time. */
export const MAX_NESTING = 1000;

/** How deeply arrays and objects nest, counted without recursion (stopping once past `limit`). */
export function nestingDepth(data: unknown, limit = MAX_NESTING): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** What is wrong with parsed JSON as a compiled story, in words, or null when it may be one. */
export function compiledStoryProblem(data: unknown): string | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return 'expected a JSON object with "inkVersion" and "root"';
  }
  const doc = data as Record<string, unknown>;
  const version = doc.inkVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'no "inkVersion" number';
  if (version > INK_FORMAT.max) {
    return `ink format ${version} is newer than this Mandate reads (${INK_FORMAT.min}-${INK_FORMAT.max}); compile it with an older inklecate`;
  }
  if (version < INK_FORMAT.min) {
    return `ink format ${version} is older than this Mandate reads (${INK_FORMAT.min}-${INK_FORMAT.max}); compile it again`;
  }
  if (!Array.isArray(doc.root)) return 'no "root" array';
  if (doc.listDefs !== undefined && (doc.listDefs === null || typeof doc.listDefs !== 'object')) {
    return '"listDefs" is not an object';
  }
  const depth = nestingDepth(data);
  if (depth > MAX_NESTING) return `nested more than ${MAX_NESTING} levels deep`;
  return null;
}
