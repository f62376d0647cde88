/**
 * What `mandate check` reports, as one plain object: the text output and `--json` are two
 * renderings of the same CheckReport, so they cannot disagree.
 */
import type { CompileMessage } from '../story/compiler.js';
import type { ContractProblem } from './contract.js';
import type { GenericInfo } from './generic.js';
import type { PathStep } from './playthrough.js';
import type { SourceLocation } from './source-index.js';
import type { Variant } from './variants.js';

/** How to see a finding again: `mandate play --role R --scenario S --seed N`, then these choices. */
export interface Reproduction {
  /** `us`, `nato`, or `unset` (the story asks, as in Inky). */
  role: string;
  scenario: string;
  seed: number;
  path: PathStep[];
  /** Set when the playthrough ran a variant of the scenario (what a scenario file would say). */
  variant?: Variant;
}

export interface Finding {
  /**
   * `steps`: a passage ran past the step budget (a loop without choices); `loop`: too many
   * decisions; `limit`: the game could not save a log of this (an option too long, say);
   * `assert`: a `# assert:` tag found false.
   */
  kind: 'dead-end' | 'track' | 'meter' | 'ink' | 'loop' | 'collapse' | 'assert' | 'steps' | 'limit';
  message: string;
  loc: SourceLocation | null;
  /** The runtime path, for stories checked without their source. */
  where: string | null;
  /** How many playthroughs ran into it. */
  count: number;
  /** The shortest playthrough that did. */
  example: Reproduction;
}

export interface EndingStat {
  id: string;
  title: string;
  count: number;
  /** Count per `role/scenario`. */
  byRun: Record<string, number>;
  /** Decisions of the shortest playthrough that reached it. */
  shortest: number;
}

export interface Unreached {
  kind: 'knot' | 'stitch' | 'choice';
  path: string;
  /** A choice's text, as far as it is literal. */
  text: string;
  loc: SourceLocation | null;
  /** Choices under a never-reached knot or stitch, folded into it rather than listed. */
  choicesInside?: number;
  /**
   * Set when it is proved unreachable, not only unreached: no divert leads to the knot or
   * stitch (`no-divert`), or the choice's condition is always false (`always-false`).
   */
  proof?: 'no-divert' | 'always-false';
}

export interface Extreme {
  decisions: number;
  words: number;
  role: string;
  scenario: string;
  ending: string | null;
}

export interface RunStat {
  role: string;
  scenario: string;
  playthroughs: number;
}

export interface Coverage {
  reached: number;
  total: number;
}

export interface CheckReport {
  /** The story checked: `built-in` or its path. */
  story: string;
  /** True when nothing below is an error: the exit code is 0. */
  ok: boolean;
  seed: number;
  mode: 'guided' | 'random';
  /** The compiler's errors and warnings (none for a compiled .json story). */
  compile: CompileMessage[];
  contract: ContractProblem[];
  runs: RunStat[];
  endings: EndingStat[];
  unreached: Unreached[];
  findings: Finding[];
  /** Worth a look but not a failure: thin debriefs, fallbacks the engine does not need. */
  warnings: { message: string; loc: SourceLocation | null }[];
  coverage: { knots: Coverage; stitches: Coverage; choices: Coverage };
  /** Set when the story was checked in generic mode (no Mandate contract): how it was set up. */
  generic?: GenericInfo;
  /** Why exploring stopped before all its playthroughs, when it did (what was not reached is then not listed). */
  stopped?: string;
  /**
   * Set when one scenario was checked on its own (`check --scenario FILE`): what it can reach
   * is all that was asked, so content it never reaches is not listed as a problem; the story's
   * endings it did not reach are listed here instead.
   */
  scenarioOnly?: { endingsNotReached: string[] };
  playthroughs: {
    total: number;
    seconds: number;
    perSecond: number;
    shortest: Extreme | null;
    longest: Extreme | null;
    fewestWords: Extreme | null;
    mostWords: Extreme | null;
  };
}
