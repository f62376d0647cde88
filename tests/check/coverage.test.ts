/**
 * The claim behind coverage-guided play: on the shipped campaign it reaches every ending and
 * every knot in fewer playthroughs than blind random play. Fixed seeds, so it is repeatable;
 * `npm run bench` reports the same counts over more seeds.
 */
import { describe, expect, it } from 'vitest';
import { playthroughsToCover } from '../../src/engine/explorer/cover.js';
import { explore } from '../../src/engine/explorer/explore.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { compileStoryFile } from '../../src/storage/story-files.js';

const SEEDS = [1, 2, 3];
const CAP = 2500;

describe('coverage-guided against blind random play, shipped campaign', () => {
  it('reaches every ending and knot in fewer playthroughs', { timeout: 300_000 }, () => {
    const compiled = compileStoryFile('story/main.ink', { index: true });
    const story = new ParsedStory(compiled.json!);
    const scenarios = [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short];
    // What can be reached at all: what the default check reaches. (Knots it cannot reach are
    // the check's own finding, and neither strategy could count them.)
    const reference = explore({ json: story, index: compiled.index, runs: 300, seed: 1, scenarios });
    const unreached = new Set(reference.unreached.map((u) => u.path));
    const targets = {
      flows: compiled.index!.flows.filter((f) => f.kind === 'knot' && !unreached.has(f.path)).map((f) => f.path),
      endings: reference.endings.map((e) => e.id),
    };
    expect(targets.endings.length).toBeGreaterThan(3);

    const count = (mode: 'guided' | 'random', seed: number) =>
      playthroughsToCover({ story, index: compiled.index, scenarios, mode, seed, targets, cap: CAP }).playthroughs ??
      Number.POSITIVE_INFINITY;
    const guided = SEEDS.map((seed) => count('guided', seed));
    const random = SEEDS.map((seed) => count('random', seed));
    const show = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? x : `>${CAP}`)).join(', ');
    console.log(
      `playthroughs to reach ${targets.endings.length} endings and ${targets.flows.length} knots, ` +
        `seeds ${SEEDS.join(', ')}: guided ${show(guided)}; random ${show(random)}`,
    );
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(guided.every(Number.isFinite)).toBe(true);
    expect(sum(guided)).toBeLessThan(sum(random));
  });
});
