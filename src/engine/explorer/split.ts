/**
 * `mandate check` in parts that can run side by side (in worker threads, see src/cli/workers).
 * Each group of the exploration (a role, a scenario, plain or varied; planGroups) plays its
 * playthroughs in three parts of a third each, and every part plays on its own: a seed of its
 * own drawn from the check's seed, its own coverage, its own learning. Their findings are merged
 * in group order, then part order. So the report is a function of the seed and the options
 * alone, the same whether the parts ran on one thread or on eight.
 * Three independent tries reach the campaign's rarest endings (a collapse, a division under a UN
 * mandate: about one playthrough in a thousand) more often than one try three times as long:
 * guided play that has settled on a way of playing keeps to it.
 * The playing is explore.ts's (Exploration); this only splits, runs and merges.
 */
import { ParsedStory } from '../story/runtime.js';
import { type CheckOptions, checkStory } from './check.js';
import { contractProblems } from './contract.js';
import { Exploration, type ExploreOptions, finishReport, MAX_STEP_OVERRUNS, summarize } from './explore.js';
import type { CheckReport, EndingStat, Finding, RunStat } from './report.js';
import { createRng } from './rng.js';
import type { SourceLocation } from './source-index.js';
import { type Extremes, mergeExtremes } from './tallies.js';
import { type Group, planGroups } from './variants.js';

/** Parts per group. */
export const PARTS_PER_GROUP = 3;

/** A share of one group's playthroughs (`group.runs` is the share) and the seed it plays with. */
export interface ExplorationPart {
  group: Group;
  seed: number;
}

/** What a part found: Exploration's findings as plain data, to cross a thread. */
export interface PartResult {
  total: number;
  runs: [string, RunStat][];
  endings: [string, EndingStat][];
  findings: [string, Finding][];
  warnings: [string, { message: string; loc: SourceLocation | null }][];
  /** Flows and choices this part never reached. */
  unvisitedFlows: string[];
  unvisitedChoices: string[];
  extremes: Extremes;
  /** Playthroughs that ran past the step budget (a part stops at MAX_STEP_OVERRUNS). */
  stepOverruns: number;
}

/** What a part needs besides itself: the story and how to play it. */
export type PartOptions = Pick<ExploreOptions, 'index' | 'mode' | 'maxDecisions'> & {
  json: string | object | ParsedStory;
};

/**
 * The parts of a check in the order they merge: group by group, each group's share by share,
 * with seeds drawn from `seed` in that order. A share with no runs (fewer runs than parts) is
 * left out.
 */
export function splitExploration(
  opts: Pick<ExploreOptions, 'scenarios' | 'runs' | 'seed' | 'scope'>,
): ExplorationPart[] {
  const rng = createRng(opts.seed);
  // One scenario checked on its own (a teacher's file) is played as it is, without variants.
  return planGroups(opts.scenarios, opts.runs, opts.scope !== 'scenario').flatMap((group) =>
    Array.from({ length: PARTS_PER_GROUP }, (_, k) => {
      const runs =
        Math.floor((group.runs * (k + 1)) / PARTS_PER_GROUP) - Math.floor((group.runs * k) / PARTS_PER_GROUP);
      return { group: { ...group, runs }, seed: rng.below(2 ** 32) };
    }).filter((part) => part.group.runs > 0),
  );
}

/** Plays one part: its share of a group's playthroughs, with its own seed, coverage and learning. */
export function explorePart(opts: PartOptions, part: ExplorationPart): PartResult {
  const x = new Exploration(opts.json, opts.index ?? null, opts.mode ?? 'guided', opts.maxDecisions);
  const rng = createRng(part.seed);
  // A story that loops runs every playthrough to the step budget: stop, as explore does.
  for (let i = 0; i < part.group.runs && x.stepOverruns < MAX_STEP_OVERRUNS; i++) x.playGroup(part.group, rng);
  return {
    total: x.total,
    runs: [...x.runs],
    endings: [...x.endings],
    findings: [...x.findings],
    warnings: [...x.warnings],
    unvisitedFlows: [...x.unvisitedFlows],
    unvisitedChoices: [...x.unvisitedChoices],
    extremes: x.extremes,
    stepOverruns: x.stepOverruns,
  };
}

/**
 * Folds a part into `x` as if its playthroughs had been recorded there after the parts before
 * it: counts add up, a shorter example replaces a longer one, the first of equals stays.
 */
export function mergePart(x: Exploration, part: PartResult): void {
  x.total += part.total;
  x.stepOverruns += part.stepOverruns;
  for (const [key, run] of part.runs) {
    const mine = x.runs.get(key);
    if (mine) mine.playthroughs += run.playthroughs;
    else x.runs.set(key, { ...run });
  }
  for (const [id, e] of part.endings) {
    const mine = x.endings.get(id);
    if (!mine) {
      x.endings.set(id, { ...e, byRun: { ...e.byRun } });
      continue;
    }
    mine.count += e.count;
    mine.shortest = Math.min(mine.shortest, e.shortest);
    for (const [run, n] of Object.entries(e.byRun)) mine.byRun[run] = (mine.byRun[run] ?? 0) + n;
  }
  for (const [key, f] of part.findings) {
    const mine = x.findings.get(key);
    if (!mine) {
      x.findings.set(key, { ...f });
      continue;
    }
    mine.count += f.count;
    if (f.example.path.length < mine.example.path.length) {
      mine.example = f.example;
      mine.message = f.message;
    }
  }
  for (const [key, w] of part.warnings) if (!x.warnings.has(key)) x.warnings.set(key, w);
  const stillFlows = new Set(part.unvisitedFlows);
  for (const p of x.unvisitedFlows) if (!stillFlows.has(p)) x.unvisitedFlows.delete(p);
  const stillChoices = new Set(part.unvisitedChoices);
  for (const p of x.unvisitedChoices) if (!stillChoices.has(p)) x.unvisitedChoices.delete(p);
  mergeExtremes(x.extremes, part.extremes);
}

/** Plays the parts and gives their results in the parts' order (in this thread, or in workers). */
export type RunParts = (parts: ExplorationPart[]) => Promise<PartResult[]>;

/** The parts played one after another in this thread, over one parse of the story. */
export function runPartsHere(opts: PartOptions): RunParts {
  const json = opts.json instanceof ParsedStory ? opts.json : new ParsedStory(opts.json);
  return async (parts) => parts.map((part) => explorePart({ ...opts, json }, part));
}

/**
 * The whole check, split: the contract, then every part (through `run`), merged in order.
 * `explore` plays the same groups in one exploration instead; this is what `mandate check` runs.
 */
export async function exploreInParts(
  opts: ExploreOptions & { wave?: number },
  run?: RunParts,
): Promise<Omit<CheckReport, 'story' | 'compile'>> {
  const clock = opts.clock ?? (() => performance.now());
  const mode = opts.mode ?? 'guided';
  const story = opts.json instanceof ParsedStory ? opts.json : new ParsedStory(opts.json);
  const x = new Exploration(story, opts.index ?? null, mode, opts.maxDecisions);
  const contract = contractProblems(x.story, x.tree, x.index);
  const t0 = clock();
  if (!contract.some((p) => p.blocking)) {
    const runParts = run ?? runPartsHere({ ...opts, json: story });
    const parts = splitExploration(opts);
    // The first part plays alone, then the rest in waves: a story that loops stops the check
    // after its first few overruns, as explore does, and not after every part has run into
    // the step budget in turn.
    const wave = Math.max(1, opts.wave ?? parts.length);
    for (let i = 0; i < parts.length && x.stepOverruns < MAX_STEP_OVERRUNS; ) {
      const batch = parts.slice(i, i === 0 ? 1 : i + wave);
      for (const result of await runParts(batch)) mergePart(x, result);
      i += batch.length;
    }
  }
  return finishReport(x, contract, opts, summarize(x, contract, opts.seed, mode, (clock() - t0) / 1000));
}

/** checkStory (check.ts) explored in parts: the report `mandate check` prints, on one thread or many. */
export async function checkStoryInParts(opts: CheckOptions & { wave?: number }, run?: RunParts): Promise<CheckReport> {
  const compile = opts.compile ?? [];
  // A story that did not compile is not explored: checkStory says so, the same way.
  // Generic mode (another game's story) has an exploration of its own, on this thread.
  if (opts.json === null || compile.some((m) => m.severity === 'error') || opts.generic) return checkStory(opts);
  return { story: opts.label, compile, ...(await exploreInParts({ ...opts, json: opts.json }, run)) };
}
