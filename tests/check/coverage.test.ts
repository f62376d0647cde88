/**
 * The claim behind coverage-guided play: on the shipped campaign it reaches the endings and
 * knots in fewer playthroughs than blind random play. Fixed seeds, so it is repeatable.
 *
 * The assertion is on the playthroughs each target took to be first reached, summed over every
 * ending and knot: the time to reach *all* of them is set by the rarest one alone and swings
 * widely from seed to seed, so it is printed here and compared over more seeds by
 * `npm run bench` (check.bench.ts).
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
  it('reaches the endings and knots in fewer playthroughs', { timeout: 900_000 }, () => {
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
    const all = [...targets.flows, ...targets.endings];
    expect(targets.endings.length).toBeGreaterThan(3);

    const run = (mode: 'guided' | 'random') =>
      SEEDS.map((seed) =>
        playthroughsToCover({ story, index: compiled.index, scenarios, mode, seed, targets, cap: CAP }),
      );
    const guided = run('guided');
    const random = run('random');
    // A target not reached within the cap counts as reached at the cap: in random's favour.
    const firstReachSum = (rs: typeof guided) =>
      rs.reduce((t, r) => t + all.reduce((s, k) => s + (r.firstReached[k] ?? CAP), 0), 0);
    const allCount = (rs: typeof guided) => rs.map((r) => r.playthroughs ?? `>${CAP}`).join(', ');
    const mean = (rs: typeof guided) => (firstReachSum(rs) / (all.length * SEEDS.length)).toFixed(1);
    console.log(
      `${targets.endings.length} endings and ${targets.flows.length} knots, seeds ${SEEDS.join(', ')}:\n` +
        `  playthroughs to reach all:         guided ${allCount(guided)}; random ${allCount(random)}\n` +
        `  mean playthroughs to reach each:   guided ${mean(guided)}; random ${mean(random)}`,
    );
    expect(firstReachSum(guided)).toBeLessThan(firstReachSum(random));
    expect(guided.reduce((n, r) => n + r.missing.length, 0)).toBeLessThanOrEqual(
      random.reduce((n, r) => n + r.missing.length, 0),
    );
  });
});
