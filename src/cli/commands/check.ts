/**
 * `mandate check`: compiles a story and explores it with coverage-guided playthroughs through the
 * real engine, for each role and scenario. Exit 0 when sound, 1 when anything is found, 2 for
 * usage errors. The work is the explorer's (src/engine/explorer); this reads files and prints.
 */

import { formatReport } from '../../engine/explorer/format.js';
import type { CheckReport } from '../../engine/explorer/report.js';
import { checkStoryInParts, type RunParts, splitExploration } from '../../engine/explorer/split.js';
import { BUILT_IN_SCENARIOS } from '../../engine/scenario.js';
import { StoryContractError } from '../../engine/story/runtime.js';
import { EXIT, UserError } from '../errors.js';
import { defaultCheckStory, loadStoryFile } from '../story-source.js';
import { defaultJobs, openPool } from '../workers/pool.js';

export interface CheckOptions {
  story?: string;
  /** Playthroughs per role and scenario. */
  runs: number;
  seed: number;
  scenario: 'full' | 'short' | 'all';
  json?: boolean;
  /** Blind random play instead of coverage-guided (to compare the two). */
  random?: boolean;
  /** Worker threads (default: one per core); the report is the same for any number. */
  jobs?: number;
}

/** Enough to reach every ending of the shipped campaign many times over, in a few seconds. */
export const DEFAULT_RUNS = 300;

export async function checkCommand(opts: CheckOptions): Promise<number> {
  const loaded = opts.story ? await loadStoryFile(opts.story) : await defaultCheckStory();
  const scenarios =
    opts.scenario === 'all' ? [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short] : [BUILT_IN_SCENARIOS[opts.scenario]];
  const mode = opts.random ? 'random' : 'guided';
  const json = loaded.json;
  // The parts of the exploration (three per role, scenario and variant) run in worker threads,
  // which start now and read the story while this thread checks its contract.
  const parts = splitExploration({ scenarios, runs: opts.runs, seed: opts.seed }).length;
  const threads = Math.min(opts.jobs ?? defaultJobs(), parts);
  const pool =
    threads > 1 && json !== null
      ? openPool(threads, {
          story: typeof json === 'string' ? json : JSON.stringify(json),
          index: loaded.index,
          mode,
          explore: true,
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
      },
      inWorkers,
    );
  } catch (e) {
    if (e instanceof StoryContractError) throw new UserError(`${loaded.label}: ${e.message}`);
    throw e;
  } finally {
    await pool?.close();
  }
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? EXIT.ok : EXIT.problems;
}
