/**
 * The explorer: plays a story many times through the real engine, for each role and scenario,
 * and gathers what an author needs to know: endings reached, knots, stitches and choices never
 * reached, dead ends, runtime errors with the path that led there. Pure: it takes compiled JSON
 * and an optional source index, and returns a CheckReport (see report.ts).
 */
import type { Scenario } from '../scenario.js';
import type { Role } from '../session.js';
import { ParsedStory } from '../story/runtime.js';
import { Archive, type Cell, cellKey } from './archive.js';
import { contractProblems } from './contract.js';
import { Features } from './features.js';
import { type Outcome, type Playthrough, playOnce } from './playthrough.js';
import type { CheckReport, EndingStat, Extreme, Finding, RunStat, Unreached } from './report.js';
import { createRng, type Rng } from './rng.js';
import { locate, type SourceIndex, type SourceLocation } from './source-index.js';
import { alwaysFalseChoices, unreachableFlows } from './static-reach.js';
import { readStoryTree, type StoryTree } from './story-tree.js';
import { ChoiceStats, type Mode, pick, pickPersona } from './strategy.js';
import {
  coverageOf,
  type Extremes,
  markVisited,
  noExtremes,
  noteExtreme,
  runtimeWarning,
  unreachedOf,
} from './tallies.js';
import { type Group, makeVariant, planGroups, type Variant } from './variants.js';
import { countVisitsOf, uncountedWarning } from './visit-counts.js';

export interface ExploreOptions {
  /** Compiled story JSON (text or object). */
  json: string | object;
  /** Where things are written; without it findings name runtime paths instead of FILE:LINE. */
  index?: SourceIndex | null;
  /** Playthroughs per role and scenario (see planGroups for the smaller groups beside them). */
  runs: number;
  seed: number;
  scenarios: readonly Scenario[];
  mode?: Mode;
  /** A playthrough with more decisions than this is reported as a loop. */
  maxDecisions?: number;
  /** Milliseconds, for playthroughs per second (injected so tests can fix it). */
  clock?: () => number;
  /**
   * `scenario`: check what one teacher's scenario can reach. No variants are played, content
   * the scenario never reaches is not a problem (another scenario may reach it), and the
   * story's endings it did not reach are listed instead.
   */
  scope?: 'story' | 'scenario';
}

const roleLabel = (role: Role | '') => role || 'unset';

/** Playthroughs that may run past the step budget before exploring stops (each takes about a second). */
export const MAX_STEP_OVERRUNS = 3;
export const STOPPED_FOR_STEPS = `exploring stopped after ${MAX_STEP_OVERRUNS} playthroughs ran past the step budget: fix that loop first, then check again`;

/** The mutable state of one exploration: coverage so far, and everything found. */
export class Exploration {
  readonly story: ParsedStory;
  readonly tree: StoryTree;
  readonly index: SourceIndex | null;
  readonly flows: { path: string; kind: 'knot' | 'stitch'; loc: SourceLocation | null }[];
  readonly choices: { path: string; text: string; loc: SourceLocation | null }[];
  readonly unvisitedFlows: Set<string>;
  readonly unvisitedChoices: Set<string>;
  readonly endings = new Map<string, EndingStat>();
  readonly findings = new Map<string, Finding>();
  readonly warnings = new Map<string, { message: string; loc: SourceLocation | null }>();
  readonly runs = new Map<string, RunStat>();
  private readonly stats = new Map<string, ChoiceStats>();
  private readonly archives = new Map<string, Archive>();
  private readonly features: Features;
  total = 0;
  /** Knots and stitches no divert leads to, and choices whose condition is always false (static-reach.ts). */
  readonly provedUnreachable: ReadonlySet<string>;
  readonly alwaysFalse: ReadonlySet<string>;
  /** Knots compiled without visit counts (the story was compiled without `-c`), now counted by the checker. */
  readonly uncounted: readonly string[];
  /** Playthroughs that ran past the step budget: each costs a second, so exploring stops at a few. */
  stepOverruns = 0;
  extremes: Extremes = noExtremes();

  constructor(
    json: string | object | ParsedStory,
    index: SourceIndex | null,
    private readonly mode: Mode,
    private readonly maxDecisions = 1000,
  ) {
    this.story = json instanceof ParsedStory ? json : new ParsedStory(json);
    this.uncounted = countVisitsOf(this.story);
    this.tree = readStoryTree(this.story.content);
    this.provedUnreachable = unreachableFlows(this.story.content);
    this.alwaysFalse = alwaysFalseChoices(this.story.content);
    this.index = index;
    // A knot of tags alone is data (the briefing), not content to reach.
    const data = this.tree.dataKnots;
    this.flows = (index?.flows ?? this.tree.flows).filter((f) => !data.has(f.path.split('.')[0]!));
    this.choices = index?.choices ?? this.tree.choices;
    this.unvisitedFlows = new Set(this.flows.map((f) => f.path));
    this.unvisitedChoices = new Set(this.choices.map((c) => c.path));
    this.features = new Features(this.story);
  }

  /** Plays once in a group (a random variant of its scenario when it says so), and records what happened. */
  playGroup(group: Group, rng: Rng): Playthrough {
    if (!group.variant) return this.play(group.role, group.scenario, rng);
    const [scenario, variant] = makeVariant(group.scenario, rng, this.tree.eventNames);
    return this.play(group.role, scenario, rng, variant);
  }

  /** Plays once as `role` in `scenario`, choosing by `rng`, and records what happened. */
  play(role: Role | '', scenario: Scenario, rng: Rng, variant?: Variant): Playthrough {
    const group = `${roleLabel(role)}/${scenario.id}`;
    let stats = this.stats.get(group);
    if (!stats) {
      stats = new ChoiceStats(this.features.names.length);
      this.stats.set(group, stats);
    }
    let archive = this.archives.get(group);
    if (!archive) {
      archive = new Archive();
      this.archives.set(group, archive);
    }
    const learn = this.mode === 'guided';
    // Restarts replay a remembered way to a state exactly, which a variant's random months
    // and events would not.
    const restart: Cell | null = learn && !variant && rng.next() < 0.3 ? archive.pick(rng) : null;
    const gated = this.features.gated(this.tree, this.unvisitedFlows);
    const persona = restart
      ? ({ kind: 'novelty' } as const)
      : pickPersona(this.mode, rng, stats, gated.features, gated.trackStates);
    const taken: string[] = [];
    const indices: number[] = [];
    const snapshots: number[][] = [];
    const seed = restart ? restart.seed : rng.below(2 ** 31 - 1);
    const ctx = {
      stats,
      leadsSomewhereNew: (key: string) => this.tree.targets(key).some((f) => this.unvisitedFlows.has(f)),
    };
    const result = playOnce({
      story: this.story,
      role,
      scenario,
      seed,
      maxDecisions: this.maxDecisions,
      choose: (keys, probe, view) => {
        if (learn) {
          const features = this.features.of(probe, view);
          snapshots.push(features);
          if (!variant) archive.add(cellKey(keys[0]!.replace(/\.c-\d+$/, ''), view.tracks, features), seed, indices);
        }
        const replayed = restart?.path[indices.length];
        const i = replayed !== undefined && replayed < keys.length ? replayed : pick(persona, rng, { ...ctx, keys });
        taken.push(keys[i]!);
        indices.push(i);
        return i;
      },
    });
    if (learn && result.session) snapshots.push(this.features.of(result.session.probe, result.session.view()));
    this.total += 1;
    const run = this.runs.get(group) ?? { role: roleLabel(role), scenario: scenario.id, playthroughs: 0 };
    run.playthroughs += 1;
    this.runs.set(group, run);
    taken.forEach((key, i) => {
      const [before, after] = [snapshots[i], snapshots[i + 1]];
      stats.record(key, before && after ? after.map((v, f) => v - before[f]!) : null);
    });
    this.recordCoverage(result);
    this.recordRuntimeWarnings(result);
    if (result.outcome.kind === 'error' && result.outcome.category === 'steps') this.stepOverruns += 1;
    const example = { role: roleLabel(role), scenario: scenario.id, seed, path: result.path };
    const reproduction = variant ? { ...example, variant } : example;
    this.recordAssertions(result, reproduction);
    this.recordOutcome(result, group, reproduction);
    return result;
  }

  /** Lines shown while their `# assert:` was false: each a finding at its FILE:LINE. */
  private recordAssertions(result: Playthrough, example: Finding['example']): void {
    const failures = result.session?.assertionFailures ?? [];
    const shown = new Set<string>();
    for (const f of failures) {
      if (shown.has(f.where ?? f.text)) continue;
      shown.add(f.where ?? f.text);
      const line = f.text.length > 60 ? `${f.text.slice(0, 57)}...` : f.text;
      const message = /^(false|-?0+(\.0+)?)$/.test(f.value)
        ? `assertion failed: the line "${line}" was shown while its # assert: was false`
        : `assertion cannot be checked: "# assert: ${f.value}" is not an ink expression in braces, e.g. # assert: {track("un") == "passed"}`;
      // Cut the path at the decision that led to the line: what follows is not part of the reproduction.
      this.recordFinding(
        { kind: 'assert', message, where: f.where },
        { ...example, path: example.path.slice(0, f.step) },
      );
    }
  }

  /** inkjs's runtime warnings do not stop a game; they are worth an author's look, once each. */
  private recordRuntimeWarnings(result: Playthrough): void {
    for (const raw of result.session?.probe.runtimeWarnings() ?? []) {
      const { message, loc } = runtimeWarning(raw);
      const key = `runtime:${loc ? `${loc.file}:${loc.line}` : ''}:${message}`;
      if (!this.warnings.has(key)) this.warnings.set(key, { message, loc });
    }
  }

  private recordCoverage(result: Playthrough): void {
    if (result.session) markVisited(this, result.session.probe);
  }

  private recordOutcome(result: Playthrough, group: string, example: Finding['example']): void {
    const o = result.outcome;
    const extreme: Extreme = {
      decisions: result.path.length,
      words: result.words,
      role: example.role,
      scenario: example.scenario,
      ending: o.kind === 'ending' ? o.id : null,
    };
    if (o.kind === 'ending') {
      const e = this.endings.get(o.id) ?? { id: o.id, title: o.title, count: 0, byRun: {}, shortest: Infinity };
      e.count += 1;
      e.byRun[group] = (e.byRun[group] ?? 0) + 1;
      e.shortest = Math.min(e.shortest, result.path.length);
      this.endings.set(o.id, e);
      this.debriefWarnings(o, result);
    } else {
      this.recordFinding(o, example);
    }
    if (o.kind === 'ending' || o.kind === 'dead-end') noteExtreme(this.extremes, extreme);
  }

  private debriefWarnings(o: Extract<Outcome, { kind: 'ending' }>, result: Playthrough): void {
    if (this.warnings.has(`ending:${o.id}`)) return;
    const lacks: string[] = [];
    if (o.title === o.id) lacks.push('no `# title:` tag');
    if (o.history === 0) lacks.push('no `# history` line');
    if (o.questions !== 3) lacks.push(`${o.questions} \`# question\` lines (3 expected)`);
    // Where the tag is written, the same whichever playthrough got there first (else where it stopped).
    const loc =
      this.where(this.tree.endingTags.get(o.id) ?? null) ??
      this.where(result.session?.probe.stopPosition() ?? result.session?.probe.lastLinePosition() ?? null);
    this.warnings.set(`ending:${o.id}`, {
      message: lacks.length ? `ending ${o.id} has ${lacks.join(', ')}` : '',
      loc,
    });
  }

  private recordFinding(
    o: Exclude<Outcome, { kind: 'ending' }> | { kind: 'assert'; message: string; where: string | null },
    example: Finding['example'],
  ): void {
    let where = o.where;
    let message: string;
    if (o.kind === 'dead-end') {
      if (!o.exact) where = (where && this.tree.stopAfter(where)) ?? where;
      message = `dead end: the story stops here with no choices and no \`# ending:\` tag${o.lastLine ? ` (last line: "${o.lastLine}")` : ''}`;
    } else if (o.kind === 'collapse') {
      const what = o.reason === 'capital' ? 'capital is exhausted' : 'the US troop burden is unsustainable';
      message = `the game is over (${what}: end_turn() returned "${o.reason}"), yet the story offers choices here: divert to a collapse ending`;
    } else if (o.kind === 'loop') {
      message = `the playthrough did not end after ${this.maxDecisions} decisions: a loop?`;
    } else if (o.kind === 'assert') {
      message = o.message;
    } else {
      message = o.message;
    }
    const loc = (o.kind === 'error' || o.kind === 'loop' ? o.loc : null) ?? this.where(where);
    const kind = o.kind === 'error' ? o.category : o.kind;
    const key = `${kind}|${loc ? `${loc.file}:${loc.line}` : (where ?? message)}`;
    const f = this.findings.get(key);
    if (!f) {
      this.findings.set(key, { kind, message, loc, where, count: 1, example });
    } else {
      f.count += 1;
      if (example.path.length < f.example.path.length) {
        f.example = example;
        f.message = message;
      }
    }
  }

  /** FILE:LINE of a runtime path: a knot or choice by the index, anything else by debug metadata. */
  where(path: string | null): SourceLocation | null {
    return locate(this.index, path) ?? this.story.locate(path);
  }

  /** Knots, stitches and choices never reached; choices under an unreached flow fold into it. */
  unreached(): Unreached[] {
    return unreachedOf(this, { flows: this.provedUnreachable, alwaysFalse: this.alwaysFalse });
  }
}

/** Runs the whole check: contract, then `runs` playthroughs per role and scenario. */
export function explore(opts: ExploreOptions): Omit<CheckReport, 'story' | 'compile'> {
  const clock = opts.clock ?? (() => performance.now());
  const mode = opts.mode ?? 'guided';
  const x = new Exploration(opts.json, opts.index ?? null, mode, opts.maxDecisions);
  const contract = contractProblems(x.story, x.tree, x.index);
  const t0 = clock();
  if (!contract.some((p) => p.blocking)) {
    const rng = createRng(opts.seed);
    playing: for (const group of planGroups(opts.scenarios, opts.runs, opts.scope !== 'scenario')) {
      for (let i = 0; i < group.runs; i++) {
        x.playGroup(group, rng);
        if (x.stepOverruns >= MAX_STEP_OVERRUNS) break playing;
      }
    }
  }
  return finishReport(x, contract, opts, summarize(x, contract, opts.seed, mode, (clock() - t0) / 1000));
}

/**
 * The report, once playing is over: stopped early for a story that loops, or narrowed to what
 * one scenario can reach (`check --scenario FILE`). Shared by explore and the split check.
 */
export function finishReport(
  x: Exploration,
  contract: ReturnType<typeof contractProblems>,
  opts: Pick<ExploreOptions, 'scope'>,
  report: Omit<CheckReport, 'story' | 'compile'>,
): Omit<CheckReport, 'story' | 'compile'> {
  if (x.stepOverruns >= MAX_STEP_OVERRUNS) {
    // What was not reached says nothing once exploring stopped early: the loop comes first.
    return { ...report, ok: false, unreached: [], stopped: STOPPED_FOR_STEPS };
  }
  if (opts.scope !== 'scenario') return report;
  return {
    ...report,
    ok: !contract.some((p) => p.severity === 'error') && report.findings.length === 0,
    unreached: [],
    scenarioOnly: { endingsNotReached: x.tree.endingIds.filter((id) => !x.endings.has(id)) },
  };
}

/** The report of an exploration: what `x` recorded, sorted and counted (also split.ts's, after merging). */
export function summarize(
  x: Exploration,
  contract: CheckReport['contract'],
  seed: number,
  mode: Mode,
  seconds: number,
): Omit<CheckReport, 'story' | 'compile'> {
  const explored = x.total > 0;
  const unreached = explored ? x.unreached() : [];
  const findings = [...x.findings.values()].sort((a, b) => (a.loc?.line ?? 0) - (b.loc?.line ?? 0));
  return {
    ok: !contract.some((p) => p.severity === 'error') && unreached.length === 0 && findings.length === 0,
    seed,
    mode,
    contract: contract.filter((p) => p.severity === 'error'),
    runs: [...x.runs.values()],
    endings: [...x.endings.values()].sort((a, b) => b.count - a.count),
    unreached,
    findings,
    warnings: [
      ...(x.uncounted.length > 0 ? [{ message: uncountedWarning(x.uncounted), loc: null }] : []),
      ...x.story.loadWarnings.map((message) => ({ message, loc: null })),
      ...contract.filter((p) => p.severity === 'warning').map(({ message, loc }) => ({ message, loc })),
      ...[...x.warnings.values()].filter((w) => w.message),
    ],
    coverage: coverageOf(x),
    playthroughs: {
      total: x.total,
      seconds,
      perSecond: seconds > 0 ? x.total / seconds : 0,
      ...x.extremes,
    },
  };
}
