/**
 * The shape of a compiled story, checked before inkjs sees it (src/engine/story/compiled-json.ts):
 * each way a file can fail to be a compiled story gets its own words, and the nesting count
 * stops a document deep enough to crash inkjs's recursion.
 */
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compiledStoryProblem, INK_FORMAT, MAX_NESTING, nestingDepth } from '../../src/engine/story/compiled-json.js';

/** A document nested `depth` arrays deep. */
function nested(depth: number): unknown {
  let node: unknown = [];
  for (let i = 1; i < depth; i++) node = [node];
  return node;
}

const story = (extra: Record<string, unknown> = {}) => ({ inkVersion: INK_FORMAT.max, root: [], ...extra });

describe('the ink format versions Mandate reads', () => {
  it('run from 18 to the version this inkjs writes', () => {
    expect(INK_FORMAT.min).toBe(18);
    expect(INK_FORMAT.max).toBe((Story as unknown as { inkVersionCurrent: number }).inkVersionCurrent);
    expect(INK_FORMAT.max).toBeGreaterThanOrEqual(21);
  });
});

describe('compiledStoryProblem', () => {
  it('accepts a story of every version it reads, with or without lists', () => {
    expect(compiledStoryProblem(story())).toBeNull();
    expect(compiledStoryProblem(story({ inkVersion: INK_FORMAT.min }))).toBeNull();
    expect(compiledStoryProblem(story({ listDefs: {} }))).toBeNull();
  });

  it('wants an object with "inkVersion" and "root"', () => {
    for (const data of [null, 'text', 21, [story()]]) {
      expect(compiledStoryProblem(data)).toBe('expected a JSON object with "inkVersion" and "root"');
    }
  });

  it('wants a whole number for "inkVersion"', () => {
    for (const inkVersion of [undefined, '21', 20.5]) {
      expect(compiledStoryProblem(story({ inkVersion }))).toBe('no "inkVersion" number');
    }
  });

  it('refuses a format newer than it reads, and says to use an older compiler', () => {
    expect(compiledStoryProblem(story({ inkVersion: INK_FORMAT.max + 1 }))).toBe(
      `ink format ${INK_FORMAT.max + 1} is newer than this Mandate reads (18-${INK_FORMAT.max}); compile it with an older inklecate`,
    );
  });

  it('refuses a format older than it reads, and says to compile again', () => {
    expect(compiledStoryProblem(story({ inkVersion: 17 }))).toBe(
      `ink format 17 is older than this Mandate reads (18-${INK_FORMAT.max}); compile it again`,
    );
  });

  it('wants a "root" array', () => {
    expect(compiledStoryProblem(story({ root: undefined }))).toBe('no "root" array');
    expect(compiledStoryProblem(story({ root: {} }))).toBe('no "root" array');
  });

  it('wants "listDefs", when there, to be an object', () => {
    for (const listDefs of [null, 'lists', 3]) {
      expect(compiledStoryProblem(story({ listDefs }))).toBe('"listDefs" is not an object');
    }
  });

  it(`refuses a document nested more than ${MAX_NESTING} levels deep, and accepts one at the limit`, () => {
    // The story object is one level, `root` a second: the rest is the limit less two.
    expect(compiledStoryProblem(story({ root: [nested(MAX_NESTING - 2)] }))).toBeNull();
    expect(compiledStoryProblem(story({ root: [nested(MAX_NESTING - 1)] }))).toBe(
      `nested more than ${MAX_NESTING} levels deep`,
    );
  });
});

describe('nestingDepth', () => {
  it('counts arrays and objects, not the values in them', () => {
    expect(nestingDepth(7)).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth({ a: 1, b: 'x', c: null })).toBe(1);
    expect(nestingDepth({ a: [1, { b: [] }] })).toBe(4);
    expect(nestingDepth([[], [[[]]], {}])).toBe(4);
  });

  it('stops counting once past the limit', () => {
    expect(nestingDepth(nested(50), 10)).toBe(11);
    expect(nestingDepth(nested(10), 10)).toBe(10);
  });
});
