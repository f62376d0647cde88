/**
 * `mandate check`: compiles a story and explores it with coverage-guided playthroughs through the
 * real engine, for each role and scenario. Exit 0 when sound, 1 when anything is found, 2 for
 * usage errors. The work is the explorer's (src/engine/explorer); this reads files and prints.
 */
import { type GenericSetup, hasContract } from '../../engine/explorer/check.js';
import { storyEventNames } from '../../engine/explorer/event-names.js';
import { formatReport } from '../../engine/explorer/format.js';
import type { CheckReport } from '../../engine/explorer/report.js';
import { checkStoryInParts, type RunParts, splitExploration } from '../../engine/explorer/split.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../engine/scenario.js';
import { exportDebugMetadata, hasDebugMetadata } from '../../engine/story/ink-internals.js';
import { ParsedStory, StoryContractError } from '../../engine/story/runtime.js';
import { writeOutputFile } from '../../storage/report-output.js';
import { EXIT, UserError } from '../errors.js';
import { print } from '../output.js';
import { defaultCheckStory, loadStoryFile, storyText } from '../story-source.js';
import { defaultJobs, openPool } from '../workers/pool.js';
import { anyGenericFlag, coverageCsv, type GenericFlags, genericSetup } from './check-generic.js';
import { resolveScenario } from './play.js';

export interface CheckOptions extends GenericFlags {
  story?: string;
  /** Playthroughs per role and scenario. */
  runs: number;
  seed: number;
  /** `full`, `short`, `all`, or a teacher's scenario file (then only what it can reach). */
  scenario: string;
  json?: boolean;
  /** Blind random play instead of coverage-guided (to compare the two). */
  random?: boolean;
  /** Check a story that has the contract in generic mode all the same. */
  generic?: boolean;
  /** Worker threads (default: one per core); the report is the same for any number. */
  jobs?: number;
}

/** Enough to reach every ending of the shipped campaign many times over, in a few seconds. */
export const DEFAULT_RUNS = 300;

export async function checkCommand(opts: CheckOptions): Promise<number> {
  const loaded = opts.story ? await loadStoryFile(opts.story) : await defaultCheckStory();
  const file = !['all', 'full', 'short'].includes(opts.scenario);
  let scenarios: Scenario[];
  if (opts.scenario === 'all') scenarios = [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short];
  else if (!file) scenarios = [BUILT_IN_SCENARIOS[opts.scenario as 'full' | 'short']];
  else {
    // A teacher's file: its event names are checked against the story it is played with.
    const events = loaded.json === null ? undefined : { events: storyEventNames(loaded.json) };
    scenarios = [await resolveScenario(opts.scenario, events)];
  }
  // A story without `VAR role` is another game's: checked in generic mode (see generic.ts).
  let generic: GenericSetup | undefined;
  if (loaded.json !== null) {
    const story = loaded.json instanceof ParsedStory ? loaded.json : new ParsedStory(loaded.json);
    loaded.json = story;
    if (opts.generic || !hasContract(story)) generic = genericSetup(story, opts);
  }
  if (!generic && anyGenericFlag(opts) && loaded.json !== null) {
    throw new UserError(
      '--bind, --var, --knot and --coverage are for generic mode: this story has the Mandate contract (add --generic)',
    );
  }
  const mode = opts.random ? 'random' : 'guided';
  const scope = file ? 'scenario' : 'story';
  const json = loaded.json;
  // The parts of the exploration (three per role, scenario and variant) run in worker threads,
  // which start now and read the story while this thread checks its contract. Generic mode
  // explores on this thread.
  const parts = splitExploration({ scenarios, runs: opts.runs, seed: opts.seed, scope }).length;
  const threads = Math.min(opts.jobs ?? defaultJobs(), parts);
  const pool =
    threads > 1 && json !== null && !generic
      ? openPool(threads, {
          story: storyText(json),
          index: loaded.index,
          mode,
          explore: true,
          ...(json instanceof ParsedStory && hasDebugMetadata(json.content)
            ? { debug: exportDebugMetadata(json.content) }
            : {}),
        })
      : null;
  const inWorkers: RunParts | undefined = pool ? (parts) => pool.run('explore', parts) : undefined;
  let report: CheckReport;
  try {
    report = await checkStoryInParts(
      {
        json,
        index: loaded.index,
        label: loaded.label,
        compile: loaded.messages,
        runs: opts.runs,
        seed: opts.seed,
        scenarios,
        mode,
        scope,
        // Parts go out a wave of `threads` at a time: a story that loops stops after the first.
        wave: Math.max(1, threads),
        ...(generic ? { generic } : {}),
      },
      inWorkers,
    );
  } catch (e) {
    if (e instanceof StoryContractError) throw new UserError(`${loaded.label}: ${e.message}`);
    throw e;
  } finally {
    await pool?.close();
  }
  // Ending titles, choice text, compile errors quoting the source: all from the author's files.
  print(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (opts.coverage && report.generic?.lines) {
    writeOutputFile(opts.coverage, coverageCsv(report.generic.lines), []);
  }
  return report.ok ? EXIT.ok : EXIT.problems;
}
