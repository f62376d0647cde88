/**
 * Verifying logs headless: 1,000 full-length logs (made first by random play) are each parsed
 * from their JSON text, validated and replayed against the story, as `replay --verify` and the
 * class report do. The floor is a bare inkjs replay of the same choice lists: a Story from the
 * parsed JSON, ink's own fallbacks for the externals, ChooseChoiceIndex for each logged index
 * (kept in range, since the fallbacks may offer other options), no checks, no simulation.
 * Then the whole `mandate replay --verify` over 2,000 log files with its default worker
 * threads (one per core) beside the same command with `--jobs 1`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { buildLog, storyHash } from '../src/engine/log.js';
import { parseLogText } from '../src/engine/log-schema.js';
import { replayLog } from '../src/engine/replay.js';
import { BUILT_IN_SCENARIOS } from '../src/engine/scenario.js';
import { GameSession } from '../src/engine/session.js';
import { ParsedStory } from '../src/engine/story/runtime.js';
import { writeClass } from '../tests/classroom/class-logs.js';
import { type BenchRow, median } from './harness.js';

const LOGS = 1000;
/** Logs for the whole command, and its runs per figure (interleaved, medians). */
const FILES = 2000;
const COMMAND_RUNS = 3;

const storyText = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
const story: object = JSON.parse(storyText);

/** A small seeded generator: the same logs every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return Math.floor((a / 2 ** 32) * n);
  };
}

/** Plays `count` random games of the full scenario to their end and returns their logs as JSON. */
function makeLogs(count: number): string[] {
  const random = rng(2003);
  const parsed = new ParsedStory(story);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const role = random(2) ? 'us' : 'nato';
    const session = GameSession.start({
      storyJson: parsed,
      role,
      seed: random(2 ** 31 - 1),
      scenario: BUILT_IN_SCENARIOS.full,
      undo: false,
    });
    for (let view = session.view(); !view.ended; ) view = session.choose(random(view.choices.length));
    const log = buildLog(session, story, { player: `student ${i}`, createdAt: '2024-03-01T10:00:00.000Z' }, new Date());
    out.push(JSON.stringify(log, null, 2));
  }
  return out;
}

/** What the floor needs of a log: who, which seed, and the indexes chosen. */
interface ChoiceList {
  role: string;
  scenario: string;
  seed: number;
  indexes: number[];
}

type BareStory = {
  allowExternalFunctionFallbacks: boolean;
  variablesState: { $(name: string, value: unknown): void };
  state: { storySeed: number };
  canContinue: boolean;
  currentChoices: unknown[];
  mainContentContainer: unknown;
  listDefinitions: { lists: unknown } | null;
  Continue(): string;
  ChooseChoiceIndex(i: number): void;
  ResetState(): void;
};
const BareStory = Story as unknown as new (...args: unknown[]) => BareStory;

/** The floor: a Story from the parsed JSON (or over shared content), fallbacks, the indexes. */
function bareReplay(list: ChoiceList, shared: BareStory | null): void {
  let s: BareStory;
  if (shared) {
    s = new BareStory(shared.mainContentContainer, shared.listDefinitions?.lists ?? []);
    s.ResetState();
  } else s = new BareStory(story);
  s.allowExternalFunctionFallbacks = true;
  s.state.storySeed = list.seed;
  s.variablesState.$('role', list.role);
  s.variablesState.$('scenario', list.scenario);
  for (const index of list.indexes) {
    while (s.canContinue) s.Continue();
    if (s.currentChoices.length === 0) break;
    s.ChooseChoiceIndex(Math.min(index, s.currentChoices.length - 1));
  }
  while (s.canContinue) s.Continue();
}

/** Logs per second of `each` over `items`: the median of three slices, after a warm-up. */
function rate<T>(items: T[], each: (item: T) => void): number {
  for (const item of items.slice(0, 50)) each(item);
  const third = Math.ceil(items.length / 3);
  const rates: number[] = [];
  for (let i = 0; i < items.length; i += third) {
    const slice = items.slice(i, i + third);
    const t0 = process.hrtime.bigint();
    for (const item of slice) each(item);
    rates.push(slice.length / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return median(rates);
}

/** A folder of FILES logs of this story, made on first use and kept (seeded, as report.bench.ts). */
function logFolder(): string[] {
  const dir = join(tmpdir(), `mandate-bench-verify-${storyHash(storyText).slice(0, 12)}`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`  generating ${FILES} logs in ${dir}…\n`);
    writeClass(dir, storyText, { count: FILES, seed: 11 });
    writeFileSync(done, new Date().toISOString());
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Milliseconds of `mandate replay --verify FILES… [--jobs 1]`, which must find every log sound. */
function verifyAll(files: string[], jobs: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('node', ['dist/mandate.js', 'replay', '--verify', ...files, ...jobs], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`replay --verify failed (${r.status}): ${r.stderr.slice(0, 300)}`);
  return ms;
}

export async function rows(): Promise<BenchRow[]> {
  const files = logFolder();
  const one: number[] = [];
  const many: number[] = [];
  for (let i = 0; i < COMMAND_RUNS; i++) {
    one.push(verifyAll(files, ['--jobs', '1']));
    many.push(verifyAll(files, []));
  }
  const threads = availableParallelism();
  const whole: BenchRow = {
    name: `replay --verify, ${FILES.toLocaleString('en-US')} logs, default jobs (${threads} threads, whole process)`,
    value: median(many),
    unit: 'ms',
    baseline: { name: 'the same with --jobs 1', value: median(one) },
    target: '<= 0.65x floor',
    ok: median(many) <= 0.65 * median(one),
  };
  const texts = makeLogs(LOGS);
  const lists: ChoiceList[] = texts.map((t) => {
    const log = JSON.parse(t);
    return {
      role: log.role,
      scenario: log.scenario.story,
      seed: log.seed,
      indexes: log.decisions.map((d: { index: number }) => d.index),
    };
  });
  const decisions = lists.reduce((n, l) => n + l.indexes.length, 0) / LOGS;

  const verify = rate(texts, (text) => {
    const read = parseLogText(text);
    if (!read.ok) throw new Error(read.problem);
    const r = replayLog(read.log, story, { undo: false });
    if (!r.ok) throw new Error(`step ${r.divergence.step}: ${r.divergence.reason}`);
  });
  const floor = rate(lists, (list) => bareReplay(list, null));
  const shared = new BareStory(story);
  const sharedFloor = rate(lists, (list) => bareReplay(list, shared));
  const name = `verify ${LOGS} logs (${decisions.toFixed(1)} decisions each)`;
  return [
    whole,
    {
      name,
      value: verify,
      unit: 'logs/s',
      baseline: { name: 'bare inkjs replay, Story per log', value: floor },
      target: '>= 0.5x floor',
      ok: verify >= 0.5 * floor,
    },
    {
      // The same floor without the parse per log, which verify shares: the overhead of checking.
      name,
      value: verify,
      unit: 'logs/s',
      baseline: { name: 'bare inkjs replay, story parsed once', value: sharedFloor },
      target: '>= 0.5x floor',
      ok: verify >= 0.5 * sharedFloor,
    },
  ];
}
