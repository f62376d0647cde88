/**
 * check in parts (src/engine/explorer/split.ts): merging the parts' findings loses nothing and
 * adds nothing. In blind random play a playthrough depends on nothing but its generator, so
 * playing the parts one after another in one Exploration must give exactly the merged report.
 * And the split itself: which groups, how many runs in each round, which seeds.
 */
import { describe, expect, it } from 'vitest';
import { contractProblems } from '../../src/engine/explorer/contract.js';
import { Exploration, summarize } from '../../src/engine/explorer/explore.js';
import { createRng } from '../../src/engine/explorer/rng.js';
import { exploreInParts, splitExploration } from '../../src/engine/explorer/split.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { storyJson } from '../helpers/story.js';

const scenarios = [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short];

function inOneExploration(json: string, index: Parameters<typeof contractProblems>[2], runs: number, seed: number) {
  const x = new Exploration(new ParsedStory(json), index, 'random');
  for (const part of splitExploration({ scenarios, runs, seed })) {
    const rng = createRng(part.seed);
    for (let i = 0; i < part.group.runs; i++) x.playGroup(part.group, rng);
  }
  return summarize(x, contractProblems(x.story, x.tree, x.index), seed, 'random', 0);
}

describe('check in parts', () => {
  it.each([
    ['the campaign', () => ({ json: storyJson, index: null })],
    ['a story with a dead end', () => compileStoryFile('tests/check/fixtures/dead-end.ink', { index: true })],
    [
      'a story with an unreachable knot',
      () => compileStoryFile('tests/check/fixtures/unreachable-knot.ink', { index: true }),
    ],
  ])('merges to what one exploration of the same parts finds: %s', async (_, load) => {
    const { json, index } = load();
    const merged = await exploreInParts({
      json: json!,
      index,
      runs: 12,
      seed: 5,
      scenarios,
      mode: 'random',
      clock: () => 0,
    });
    expect(merged).toEqual(inOneExploration(json!, index ?? null, 12, 5));
    expect(merged.playthroughs.total).toBe(2 * (12 + 12 + 2 + 2 + 2));
  });

  it('plays every group in three parts, each with a seed of its own drawn from the check seed', () => {
    const parts = splitExploration({ scenarios, runs: 300, seed: 1 });
    const plan = [
      ['us', 'full', false],
      ['nato', 'full', false],
      ['', 'full', false],
      ['us', 'full', true],
      ['nato', 'full', true],
      ['us', 'short', false],
      ['nato', 'short', false],
      ['', 'short', false],
      ['us', 'short', true],
      ['nato', 'short', true],
    ];
    expect(parts.map((p) => [p.group.role, p.group.scenario.id, p.group.variant])).toEqual(
      plan.flatMap((g) => [g, g, g]),
    );
    expect(parts.map((p) => p.group.runs)).toEqual(
      [100, 100, 10, 10, 10, 100, 100, 10, 10, 10].flatMap((n) => [n, n, n]),
    );
    const seeds = parts.map((p) => p.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(splitExploration({ scenarios, runs: 300, seed: 1 })).toEqual(parts);
    expect(splitExploration({ scenarios, runs: 300, seed: 2 }).map((p) => p.seed)).not.toEqual(seeds);
    // Fewer runs than parts: the shares without any are left out, the runs all played.
    const few = splitExploration({ scenarios: [BUILT_IN_SCENARIOS.short], runs: 2, seed: 1 });
    expect(few.map((p) => p.group.runs)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('knows every field an Exploration keeps (a new one must be merged in split.ts, or listed here as per part)', () => {
    const x = new Exploration(storyJson, null, 'guided');
    const merged = [
      'endings',
      'extremes',
      'findings',
      'runs',
      'stepOverruns',
      'total',
      'unvisitedChoices',
      'unvisitedFlows',
      'warnings',
    ];
    // The story and what is read from it, options, and what guided play learns within a group.
    const perPart = [
      'alwaysFalse',
      'archives',
      'choices',
      'features',
      'flows',
      'index',
      'maxDecisions',
      'mode',
      'provedUnreachable',
      'stats',
      'story',
      'tree',
      'uncounted',
    ];
    expect(Object.keys(x).sort()).toEqual([...merged, ...perPart].sort());
  });
});
