/**
 * `mandate check` as one pure function: compile messages in (the CLI compiles, since reading
 * files is storage's job), a CheckReport out. A story that did not compile is reported as such
 * and not explored.
 */
import type { CompileMessage } from '../story/compiler.js';
import { ParsedStory } from '../story/runtime.js';
import { type ExploreOptions, explore } from './explore.js';
import { exploreGeneric, type GenericOptions } from './generic.js';
import type { CheckReport } from './report.js';

/** How a story without the contract is set up for generic mode (see generic.ts). */
export type GenericSetup = Pick<GenericOptions, 'entry' | 'vars' | 'binds' | 'lineCoverage'>;

/** Whether a story is one of Mandate's (declares `VAR role`), or is checked in generic mode. */
export function hasContract(story: ParsedStory): boolean {
  return story.content.variablesState.GlobalVariableExistsWithName('role');
}

export interface CheckOptions extends Omit<ExploreOptions, 'json'> {
  /** Compiled story JSON, or null when compilation failed. */
  json: string | object | null;
  /** `built-in` or the story's path, for the report's header. */
  label: string;
  compile?: CompileMessage[];
  /** Check it in generic mode, set up so (a story without the Mandate contract). */
  generic?: GenericSetup;
}

export function checkStory(opts: CheckOptions): CheckReport {
  const compile = opts.compile ?? [];
  const { json, label } = opts;
  if (json === null || compile.some((m) => m.severity === 'error')) {
    return {
      story: label,
      ok: false,
      seed: opts.seed,
      mode: opts.mode ?? 'guided',
      compile,
      contract: [],
      runs: [],
      endings: [],
      unreached: [],
      findings: [],
      warnings: [],
      coverage: { knots: none(), stitches: none(), choices: none() },
      playthroughs: {
        total: 0,
        seconds: 0,
        perSecond: 0,
        shortest: null,
        longest: null,
        fewestWords: null,
        mostWords: null,
      },
    };
  }
  if (opts.generic) {
    const story = json instanceof ParsedStory ? json : new ParsedStory(json);
    const { runs, seed, mode, clock, maxDecisions } = opts;
    const report = exploreGeneric({ story, index: opts.index, runs, seed, mode, clock, maxDecisions, ...opts.generic });
    return { story: label, compile, ...report };
  }
  return { story: label, compile, ...explore({ ...opts, json }) };
}

const none = () => ({ reached: 0, total: 0 });
