/**
 * `mandate check`: compiles a story and explores it with coverage-guided playthroughs through the
 * real engine, for each role and scenario. Exit 0 when sound, 1 when anything is found, 2 for
 * usage errors. The work is the explorer's (src/engine/explorer); this reads files and prints.
 */
import { checkStory } from '../../engine/explorer/check.js';
import { storyEventNames } from '../../engine/explorer/event-names.js';
import { formatReport } from '../../engine/explorer/format.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../engine/scenario.js';
import { StoryContractError } from '../../engine/story/runtime.js';
import { EXIT, UserError } from '../errors.js';
import { defaultCheckStory, loadStoryFile } from '../story-source.js';
import { resolveScenario } from './play.js';

export interface CheckOptions {
  story?: string;
  /** Playthroughs per role and scenario. */
  runs: number;
  seed: number;
  /** `full`, `short`, `all`, or a teacher's scenario file (then only what it can reach). */
  scenario: string;
  json?: boolean;
  /** Blind random play instead of coverage-guided (to compare the two). */
  random?: boolean;
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
  let report: ReturnType<typeof checkStory>;
  try {
    report = checkStory({
      json: loaded.json,
      index: loaded.index,
      label: loaded.label,
      compile: loaded.messages,
      runs: opts.runs,
      seed: opts.seed,
      scenarios,
      mode: opts.random ? 'random' : 'guided',
      scope: file ? 'scenario' : 'story',
    });
  } catch (e) {
    if (e instanceof StoryContractError) throw new UserError(`${loaded.label}: ${e.message}`);
    throw e;
  }
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? EXIT.ok : EXIT.problems;
}
