/**
 * `mandate check` for any ink story, not only one written for Mandate: the counterpart of
 * ChoiceScript's randomtest. A story without the contract (no `VAR role`) is played as Inky
 * plays it: its ink fallbacks run, EXTERNALs without one are stubbed (returning 0) or bound to a
 * value (`--bind NAME=VALUE`), VARs may be set first (`--var`) and play may start at a knot. Every
 * `-> END` or `-> DONE` the story stops at is an ending, named by its line. No roles, no
 * scenarios: `runs` playthroughs in all. Pure, like the rest of the explorer.
 */
import { allLines, COMMAND, contentAt, lineOf, traceSteps } from '../story/ink-internals.js';
import { type ParsedStory, StoryRuntime, StoryRuntimeError, StoryStepsError } from '../story/runtime.js';
import { MAX_STEP_OVERRUNS, STOPPED_FOR_STEPS } from './explore.js';
import type { PathStep } from './playthrough.js';
import type { CheckReport, EndingStat, Finding, Unreached } from './report.js';
import { createRng, type Rng } from './rng.js';
import { locate, type SourceIndex, type SourceLocation } from './source-index.js';
import { alwaysFalseChoices, unreachableFlows } from './static-reach.js';
import { readStoryTree, type StoryTree } from './story-tree.js';
import { ChoiceStats, type Mode, pick } from './strategy.js';
import {
  coverageOf,
  type Extremes,
  markVisited,
  noExtremes,
  noteExtreme,
  runtimeWarning,
  unreachedOf,
} from './tallies.js';
import { countVisitsOf, uncountedWarning } from './visit-counts.js';

/** A value given on the command line: `--var lives=3`, `--bind has_save=true`. */
export type Scalar = string | number | boolean;

export interface GenericOptions {
  story: ParsedStory;
  index?: SourceIndex | null;
  runs: number;
  seed: number;
  mode?: Mode;
  /** A knot or `knot.stitch` to start at, instead of the top of the story. */
  entry?: string;
  /** VARs set before the first line. */
  vars?: Record<string, Scalar>;
  /** EXTERNALs bound to a value (the rest run their fallback, or return 0). */
  binds?: Record<string, Scalar>;
  maxDecisions?: number;
  /** Count, for every line, the playthroughs that ran it (a story compiled here only). */
  lineCoverage?: boolean;
  clock?: () => number;
}

/** What generic mode adds to a report: how the story was set up, and line coverage. */
export interface GenericInfo {
  entry: string | null;
  vars: Record<string, Scalar>;
  /** EXTERNALs bound with --bind. */
  bound: string[];
  /** EXTERNALs with neither a fallback nor --bind: they return 0. */
  stubbed: string[];
  /** EXTERNALs that run their ink fallback. */
  fallbacks: string[];
  /** Per source line, the playthroughs that ran it (with lineCoverage). */
  lines?: { file: string; line: number; playthroughs: number }[];
}

/** Stub of an EXTERNAL no one provides: 0 keeps arithmetic and conditions going. */
const STUB_VALUE = 0;

type Outcome =
  | { kind: 'ending'; id: string; title: string }
  | { kind: 'finding'; finding: Omit<Finding, 'count' | 'example'> };

interface Played {
  /** The story's seed (ink's RANDOM): with the path, what reproduces the playthrough. */
  seed: number;
  outcome: Outcome;
  path: PathStep[];
  words: number;
  runtime: StoryRuntime | null;
  lines: Set<string>;
}

/** The names of a story's EXTERNALs, sorted by how they will be served. */
export function externalsOf(tree: StoryTree, binds: Record<string, Scalar>) {
  const called = [...tree.externalCalls.keys()].sort();
  return {
    bound: called.filter((n) => Object.hasOwn(binds, n)),
    fallbacks: called.filter((n) => !Object.hasOwn(binds, n) && tree.knotNames.has(n)),
    stubbed: called.filter((n) => !Object.hasOwn(binds, n) && !tree.knotNames.has(n)),
  };
}

const words = (lines: readonly { text: string }[]) =>
  lines.reduce((n, l) => n + (l.text.match(/\S+/g)?.length ?? 0), 0);

class GenericExploration {
  readonly tree: StoryTree;
  readonly flows: { path: string; kind: 'knot' | 'stitch'; loc: SourceLocation | null }[];
  readonly choices: { path: string; text: string; loc: SourceLocation | null }[];
  readonly unvisitedFlows: Set<string>;
  readonly unvisitedChoices: Set<string>;
  readonly uncounted: readonly string[];
  readonly endings = new Map<string, EndingStat>();
  readonly findings = new Map<string, Finding>();
  readonly warnings = new Map<string, { message: string; loc: SourceLocation | null }>();
  readonly lineHits = new Map<string, number>();
  readonly stats = new ChoiceStats(0);
  readonly externals: Record<string, (...args: unknown[]) => unknown> = {};
  readonly served: ReturnType<typeof externalsOf>;
  total = 0;
  stepOverruns = 0;
  extremes: Extremes = noExtremes();

  constructor(
    readonly story: ParsedStory,
    readonly index: SourceIndex | null,
    readonly opts: GenericOptions,
  ) {
    this.uncounted = countVisitsOf(story);
    this.tree = readStoryTree(story.content);
    this.flows = index?.flows ?? this.tree.flows;
    this.choices = index?.choices ?? this.tree.choices;
    this.unvisitedFlows = new Set(this.flows.map((f) => f.path));
    this.unvisitedChoices = new Set(this.choices.map((c) => c.path));
    const binds = opts.binds ?? {};
    this.served = externalsOf(this.tree, binds);
    for (const name of this.served.bound) this.externals[name] = () => binds[name];
    for (const name of this.served.stubbed) this.externals[name] = () => STUB_VALUE;
  }

  /**
   * An ending named by its line: `-> END at main.ink:42`. Where the compiler wrote the stop
   * itself (the `done` after the last line of the story, say), by the last line the story ran.
   */
  endingName(runtime: StoryRuntime): string {
    const stop = runtime.stopPosition();
    const at = this.where(stop);
    const command = stopCommand(runtime, stop);
    if (at) return `${command} at ${at.file}:${at.line}`;
    const last = this.where(runtime.lastLinePosition());
    const what = command === 'end' ? 'the end of the story' : command;
    if (last) return `${what} after ${last.file}:${last.line}`;
    return `${what} at ${stop ?? 'the start'}`;
  }

  where(path: string | null): SourceLocation | null {
    return locate(this.index, path) ?? this.story.locate(path);
  }

  playOnce(rng: Rng): Played {
    const seed = rng.below(2 ** 31 - 1);
    const path: PathStep[] = [];
    const lines = new Set<string>();
    let count = 0;
    let runtime: StoryRuntime | null = null;
    const done = (outcome: Outcome): Played => ({ seed, outcome, path, words: count, runtime, lines });
    try {
      runtime = new StoryRuntime(this.story, { seed, variables: this.opts.vars, externals: this.externals });
      if (this.opts.lineCoverage) {
        traceSteps(runtime.story, (obj) => {
          const loc = lineOf(obj);
          if (loc) lines.add(`${loc.file}\u0000${loc.line}`);
        });
      }
      if (this.opts.entry) runtime.story.ChoosePathString(this.opts.entry);
      for (;;) {
        count += words(runtime.continuePassage());
        const choices = runtime.choices();
        if (choices.length === 0) break;
        if (path.length >= (this.opts.maxDecisions ?? 1000)) {
          const where = runtime.position();
          return done({
            kind: 'finding',
            finding: {
              kind: 'loop',
              message: `the playthrough did not end after ${this.opts.maxDecisions ?? 1000} decisions: a loop?`,
              where,
              loc: this.where(where),
            },
          });
        }
        const keys = runtime.choicePaths();
        const persona = this.opts.mode === 'random' ? ({ kind: 'random' } as const) : ({ kind: 'novelty' } as const);
        const i = pick(persona, rng, {
          keys,
          stats: this.stats,
          leadsSomewhereNew: (key) => this.tree.targets(key).some((f) => this.unvisitedFlows.has(f)),
        });
        this.stats.record(keys[i]!, null);
        path.push({ choice: i + 1, text: choices[i]?.text ?? '' });
        runtime.choose(i);
      }
      return done({ kind: 'ending', id: this.endingName(runtime), title: '' });
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      const where = (e instanceof StoryRuntimeError ? e.path : null) ?? runtime?.stopPosition() ?? null;
      const loc = (e instanceof StoryRuntimeError ? e.loc : null) ?? this.where(where);
      const raw = e instanceof StoryRuntimeError && e.path ? e.message.replace(/ \(at [^)]*\)$/, '') : e.message;
      const message = raw.replace(/^'[^']*' line \d+:\s*/, '');
      const kind = e instanceof StoryStepsError ? 'steps' : /ran out of content/.test(message) ? 'dead-end' : 'ink';
      return done({ kind: 'finding', finding: { kind, message, where, loc } });
    }
  }

  record(played: Played): void {
    const seed = played.seed;
    this.total += 1;
    const probe = played.runtime;
    if (probe) {
      markVisited(this, probe);
      for (const raw of probe.runtimeWarnings()) {
        const { message, loc } = runtimeWarning(raw);
        this.warnings.set(`${loc?.file}:${loc?.line}:${message}`, { message, loc });
      }
    }
    for (const key of played.lines) this.lineHits.set(key, (this.lineHits.get(key) ?? 0) + 1);
    const example = { role: 'generic', scenario: this.opts.entry ?? 'start', seed, path: played.path };
    const o = played.outcome;
    if (o.kind === 'ending') {
      const e = this.endings.get(o.id) ?? { id: o.id, title: o.title, count: 0, byRun: {}, shortest: Infinity };
      e.count += 1;
      e.byRun.generic = (e.byRun.generic ?? 0) + 1;
      e.shortest = Math.min(e.shortest, played.path.length);
      this.endings.set(o.id, e);
      noteExtreme(this.extremes, {
        decisions: played.path.length,
        words: played.words,
        role: 'generic',
        scenario: example.scenario,
        ending: o.id,
      });
      return;
    }
    const f = o.finding;
    if (f.kind === 'steps') this.stepOverruns += 1;
    const key = `${f.kind}|${f.loc ? `${f.loc.file}:${f.loc.line}` : (f.where ?? f.message)}`;
    const seen = this.findings.get(key);
    if (!seen) this.findings.set(key, { ...f, count: 1, example });
    else {
      seen.count += 1;
      if (example.path.length < seen.example.path.length) seen.example = example;
    }
  }

  unreached(): Unreached[] {
    const proved = unreachableFlows(this.story.content, this.opts.entry);
    return unreachedOf(this, { flows: proved, alwaysFalse: alwaysFalseChoices(this.story.content) });
  }
}

/** `-> END`, `-> DONE`, or `end` when the story stopped some other way. */
function stopCommand(runtime: StoryRuntime, stop: string | null): string {
  if (!stop) return 'end';
  type Node = { content?: Node[]; namedContent?: Map<string, Node>; commandType?: number };
  const node = contentAt(runtime.story.mainContentContainer as unknown as Node, stop);
  return node?.commandType === COMMAND.End ? '-> END' : node?.commandType === COMMAND.Done ? '-> DONE' : 'end';
}

export function exploreGeneric(
  opts: GenericOptions,
): Omit<CheckReport, 'story' | 'compile'> & { generic: GenericInfo } {
  const clock = opts.clock ?? (() => performance.now());
  const x = new GenericExploration(opts.story, opts.index ?? null, opts);
  const rng = createRng(opts.seed);
  const t0 = clock();
  for (let i = 0; i < opts.runs && x.stepOverruns < MAX_STEP_OVERRUNS; i++) x.record(x.playOnce(rng));
  const seconds = (clock() - t0) / 1000;
  const stopped = x.stepOverruns >= MAX_STEP_OVERRUNS;
  const unreached = x.total > 0 && !stopped ? x.unreached() : [];
  const findings = [...x.findings.values()].sort((a, b) => (a.loc?.line ?? 0) - (b.loc?.line ?? 0));
  const lines = opts.lineCoverage ? lineTable(x) : undefined;
  return {
    ok: findings.length === 0 && !stopped && unreached.every((u) => !u.proof),
    seed: opts.seed,
    mode: opts.mode ?? 'guided',
    contract: [],
    runs: [{ role: 'generic', scenario: opts.entry ?? 'start', playthroughs: x.total }],
    endings: [...x.endings.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    unreached,
    findings,
    warnings: [
      ...(x.uncounted.length > 0 ? [{ message: uncountedWarning(x.uncounted), loc: null }] : []),
      ...opts.story.loadWarnings.map((message) => ({ message, loc: null })),
      ...[...x.warnings.values()],
    ],
    coverage: coverageOf(x),
    ...(stopped ? { stopped: STOPPED_FOR_STEPS } : {}),
    playthroughs: {
      total: x.total,
      seconds,
      perSecond: seconds > 0 ? x.total / seconds : 0,
      ...x.extremes,
    },
    generic: {
      entry: opts.entry ?? null,
      vars: opts.vars ?? {},
      ...x.served,
      ...(lines ? { lines } : {}),
    },
  };
}

/** Every line the compiler recorded, with the playthroughs that ran it (0 for none). */
function lineTable(x: GenericExploration): GenericInfo['lines'] {
  return allLines(x.story.content).map(({ file, line }) => ({
    file,
    line,
    playthroughs: x.lineHits.get(`${file}\u0000${line}`) ?? 0,
  }));
}
