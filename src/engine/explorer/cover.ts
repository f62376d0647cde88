/**
 * How many playthroughs a strategy needs to reach a set of knots, stitches and endings: the
 * measure behind the claim that coverage-guided play beats blind random play. Roles and
 * scenarios take turns in the proportions `mandate check` gives them, so both strategies
 * spend their playthroughs alike.
 */
import type { Scenario } from '../scenario.js';
import { ParsedStory } from '../story/runtime.js';
import { Exploration } from './explore.js';
import { createRng } from './rng.js';
import type { SourceIndex } from './source-index.js';
import type { Mode } from './strategy.js';
import { planGroups } from './variants.js';

export interface CoverTargets {
  /** Knot and stitch paths to reach. */
  flows: readonly string[];
  /** Ending ids to reach. */
  endings: readonly string[];
}

export interface CoverOptions {
  story: string | object | ParsedStory;
  index?: SourceIndex | null;
  scenarios: readonly Scenario[];
  mode: Mode;
  seed: number;
  targets: CoverTargets;
  /** Give up after this many playthroughs. */
  cap: number;
}

export interface CoverResult {
  /** Playthroughs until every target was reached, or null when the cap came first. */
  playthroughs: number | null;
  /** Targets still unreached at the end. */
  missing: string[];
  /** For each target reached, the playthrough (1-based) that first reached it. */
  firstReached: Record<string, number>;
}

export function playthroughsToCover(opts: CoverOptions): CoverResult {
  const story = opts.story instanceof ParsedStory ? opts.story : new ParsedStory(opts.story);
  const x = new Exploration(story, opts.index ?? null, opts.mode);
  const rng = createRng(opts.seed);
  const flows = new Set(opts.targets.flows);
  const endings = new Set(opts.targets.endings);
  const firstReached: Record<string, number> = {};
  const groups = planGroups(opts.scenarios, 10).flatMap((g) => Array.from({ length: g.runs }, () => g));
  for (let n = 1; n <= opts.cap; n++) {
    const result = x.playGroup(groups[(n - 1) % groups.length]!, rng);
    if (result.outcome.kind === 'ending' && endings.delete(result.outcome.id)) firstReached[result.outcome.id] = n;
    for (const f of flows) {
      if (!x.unvisitedFlows.has(f)) {
        flows.delete(f);
        firstReached[f] = n;
      }
    }
    if (flows.size === 0 && endings.size === 0) return { playthroughs: n, missing: [], firstReached };
  }
  return { playthroughs: null, missing: [...flows, ...endings], firstReached };
}
