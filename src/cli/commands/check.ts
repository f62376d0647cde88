/**
 * `mandate check`: compiles a story and explores it with coverage-guided playthroughs through the
 * real engine, for each role and scenario. Exit 0 when sound, 1 when anything is found, 2 for
 * usage errors. The work is the explorer's (src/engine/explorer); this reads files and prints.
 */
import { checkStory, type GenericSetup, hasContract } from '../../engine/explorer/check.js';
import { storyEventNames } from '../../engine/explorer/event-names.js';
import { formatReport } from '../../engine/explorer/format.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../engine/scenario.js';
import { ParsedStory, StoryContractError } from '../../engine/story/runtime.js';
import { OutputRefusedError, writeOutputFile } from '../../storage/report-output.js';
import { EXIT, UserError } from '../errors.js';
import { print } from '../output.js';
import { defaultCheckStory, loadStoryFile } from '../story-source.js';
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
      ...(generic ? { generic } : {}),
      scope: file ? 'scenario' : 'story',
    });
  } catch (e) {
    if (e instanceof StoryContractError) throw new UserError(`${loaded.label}: ${e.message}`);
    throw e;
  }
  // Ending titles, choice text, compile errors quoting the source: all from the author's files.
  print(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (opts.coverage && report.generic?.lines) {
    try {
      writeOutputFile(opts.coverage, coverageCsv(report.generic.lines), []);
    } catch (e) {
      if (e instanceof OutputRefusedError) throw new UserError(e.message);
      throw e;
    }
  }
  return report.ok ? EXIT.ok : EXIT.problems;
}
