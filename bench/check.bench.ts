/**
 * `mandate check` on the shipped story: playthroughs per second of the explorer on one core
 * beside a bare inkjs loop that plays the same story at random with its ink fallbacks; the
 * whole command with its default worker threads (one per core) beside `--jobs 1`; and the
 * playthroughs coverage-guided play needs to reach every ending and knot beside what blind
 * random play needs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Story as InkStory } from 'inkjs';
import type { Story } from 'inkjs/engine/Story';
import { playthroughsToCover } from '../src/engine/explorer/cover.js';
import { explore } from '../src/engine/explorer/explore.js';
import { readStoryTree } from '../src/engine/explorer/story-tree.js';
import { BUILT_IN_SCENARIOS } from '../src/engine/scenario.js';
import { ParsedStory } from '../src/engine/story/runtime.js';
import { type BenchRow, median } from './harness.js';

const json = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
const scenarios = [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short];
const RUNS = 5;
const SEEDS = [1, 2, 3, 4, 5, 6, 7];
const CAP = 10_000;
/** Runs of the whole command per figure (interleaved, medians). */
const COMMAND_RUNS = 3;

/** The playthroughs per second `mandate check` reports (its default 300 runs, both scenarios). */
function commandRate(jobs: string[]): number {
  const r = spawnSync('node', ['dist/mandate.js', 'check', '--json', ...jobs], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`check failed (${r.status}): ${r.stderr.slice(0, 300)}`);
  return (JSON.parse(r.stdout) as { playthroughs: { perSecond: number } }).playthroughs.perSecond;
}

/** Playthroughs per second of the checker itself (explore, guided, 60 per role and scenario). */
function checkRate(): number {
  const r = explore({ json, runs: 60, seed: 1, scenarios });
  return r.playthroughs.perSecond;
}

/** The floor: one inkjs story, reset and played at random to the end, fallbacks standing in for the engine. */
function bareRate(): number {
  const story = new (InkStory as unknown as new (json: string) => Story)(json);
  story.allowExternalFunctionFallbacks = true;
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const n = 400;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    story.ResetState();
    story.variablesState.$('role', i % 2 ? 'us' : 'nato');
    story.variablesState.$('scenario', i % 4 < 2 ? 'full' : 'short');
    story.state.storySeed = i;
    while (story.canContinue || story.currentChoices.length > 0) {
      while (story.canContinue) story.Continue();
      const choices = story.currentChoices.length;
      if (choices > 0) story.ChooseChoiceIndex(Math.floor(next() * choices));
    }
  }
  return n / ((performance.now() - t0) / 1000);
}

export async function rows(): Promise<BenchRow[]> {
  const one: number[] = [];
  const many: number[] = [];
  for (let i = 0; i < COMMAND_RUNS; i++) {
    one.push(commandRate(['--jobs', '1']));
    many.push(commandRate([]));
  }
  const threads = availableParallelism();
  const whole: BenchRow = {
    name: `check throughput, whole command, default jobs (${threads} threads)`,
    value: median(many),
    unit: 'runs/s',
    baseline: { name: 'the same with --jobs 1', value: median(one) },
    target: '>= 1.6x floor',
    ok: median(many) >= 1.6 * median(one),
  };
  bareRate(); // warm up the JIT for both
  checkRate();
  const check = median(Array.from({ length: RUNS }, checkRate));
  const bare = median(Array.from({ length: RUNS }, bareRate));

  const story = new ParsedStory(json);
  // What can be reached at all: what the default check reaches (knots it cannot reach are the
  // check's own finding, and neither strategy could count them).
  const reference = explore({ json: story, runs: 300, seed: 1, scenarios });
  const unreached = new Set(reference.unreached.map((u) => u.path));
  const targets = {
    flows: readStoryTree(story.content)
      .flows.filter((f) => f.kind === 'knot' && !unreached.has(f.path))
      .map((f) => f.path),
    endings: reference.endings.map((e) => e.id),
  };
  const cover = (mode: 'guided' | 'random') =>
    SEEDS.map(
      (seed) =>
        playthroughsToCover({ story, scenarios, mode, seed, targets, cap: CAP }).playthroughs ??
        Number.POSITIVE_INFINITY,
    );
  const guided = cover('guided');
  const random = cover('random');
  process.stderr.write(
    `  cover counts, seeds ${SEEDS.join(',')}: guided ${guided.join(' ')}; random ${random.join(' ')}\n`,
  );
  const fewer = SEEDS.filter((_, i) => guided[i]! < random[i]!).length;
  return [
    whole,
    {
      name: 'check throughput, shipped story (playthroughs/s, 1 core)',
      value: check,
      unit: 'runs/s',
      baseline: { name: 'bare inkjs random loop, ink fallbacks', value: bare },
      target: '>= 0.5x floor',
      ok: check >= 0.5 * bare,
    },
    {
      name: `playthroughs to reach all ${targets.endings.length} endings + ${targets.flows.length} knots, guided (median of ${SEEDS.length} seeds)`,
      value: median(guided),
      unit: 'runs',
      baseline: { name: 'blind random play, same seeds', value: median(random) },
      target: '< floor',
      ok: median(guided) < median(random),
    },
    {
      name: 'seeds on which guided play needed fewer playthroughs than blind random play',
      value: fewer,
      unit: 'seeds',
      baseline: { name: 'seeds tried', value: SEEDS.length },
      target: 'every seed',
      ok: fewer === SEEDS.length,
    },
  ];
}
