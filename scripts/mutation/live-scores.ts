/**
 * The score per file of a run still going, or stopped before its end (a run of the whole core
 * takes hours): the files whose every mutant has a result in reports/mutation/live.jsonl, scored
 * as a finished run scores them (scores.ts), against the plan the run wrote at its start.
 *
 *   npx tsx scripts/mutation/live-scores.ts            prints the table of the finished files
 *   npx tsx scripts/mutation/live-scores.ts --write    also writes it into docs/testing.md
 *   npx tsx scripts/mutation/live-scores.ts [--write] --earlier DIR...
 *                                                      also the runs whose plan.json and
 *                                                      live.jsonl were copied to each DIR (oldest
 *                                                      first): a later run's files replace theirs,
 *                                                      and a run of some lines its mutants'
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCore } from './run.js';
import {
  DOC_FILE,
  EQUIVALENTS_FILE,
  type Equivalent,
  mergeScores,
  parseScoreTable,
  type Report,
  readBetween,
  replaceBetween,
  scoreFiles,
  scoreTable,
} from './scores.js';
import { type Found, fromLive, LIVE_FILE } from './survivors.js';

export const PLAN_FILE = 'reports/mutation/plan.json';

/** One run: how many mutants of each file it planned, and the results it wrote. */
export interface Run {
  plan: Record<string, number>;
  results: Found[];
}

/** The same mutant in two runs of an unchanged file: same place, same change. */
const sameMutant = (a: Found, b: Found) =>
  a.file === b.file &&
  a.line === b.line &&
  a.column === b.column &&
  a.mutator === b.mutator &&
  a.replacement === b.replacement;

/**
 * Several runs as one, oldest first: each file from the latest run that finished it (every
 * planned mutant has a result), else from the latest that mutated it, unfinished. A run of some
 * lines of a file (`--mutate FILE:12-14`) plans fewer of its mutants than a whole run: when each
 * of them is one of a finished run's, their results replace those (`retested`); otherwise the
 * finished run stands. `earlier` names the files a later run began but did not finish, taken
 * from an earlier run that did.
 */
export function combineRuns(runs: readonly Run[]): Run & { earlier: string[]; retested: string[] } {
  const plan: Record<string, number> = {};
  const latest = new Map<string, Found[]>();
  const finished = new Set<string>();
  const earlier = new Set<string>();
  const retested = new Set<string>();
  for (const run of runs) {
    const mine = new Map<string, Found[]>(Object.keys(run.plan).map((file) => [file, []]));
    for (const r of run.results) mine.get(r.file)?.push(r);
    for (const [file, results] of mine) {
      const done = results.length >= run.plan[file]!;
      const before = finished.has(file) ? latest.get(file)! : null;
      if (done && before && run.plan[file]! < plan[file]!) {
        if (results.every((r) => before.some((b) => sameMutant(b, r)))) {
          latest.set(
            file,
            before.map((b) => results.find((r) => sameMutant(r, b)) ?? b),
          );
          retested.add(file);
        } else earlier.add(file);
      } else if (done || !before) {
        plan[file] = run.plan[file]!;
        latest.set(file, results);
        earlier.delete(file);
        retested.delete(file);
        if (done) finished.add(file);
      } else earlier.add(file);
    }
  }
  return {
    plan,
    results: [...latest.values()].flat(),
    earlier: [...earlier].sort(),
    retested: [...retested].sort(),
  };
}

/** The report of the files every planned mutant of which has a result; the others, by name. */
export function finishedFiles(
  plan: Record<string, number>,
  results: readonly Found[],
  sourceOf: (file: string) => string,
): { report: Report; unfinished: string[] } {
  const byFile = new Map<string, Found[]>();
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const report: Report = { files: {} };
  const unfinished: string[] = [];
  for (const [file, count] of Object.entries(plan).sort(([a], [b]) => a.localeCompare(b))) {
    const done = byFile.get(file) ?? [];
    if (done.length < count) {
      unfinished.push(file);
      continue;
    }
    report.files[file] = {
      source: sourceOf(file),
      mutants: done.map((r) => ({
        mutatorName: r.mutator,
        replacement: r.replacement,
        status: r.status,
        location: { start: { line: r.line, column: r.column ?? 0 } },
      })),
    };
  }
  return { report, unfinished };
}

function readRun(plan: string, live: string): Run | null {
  if (!existsSync(plan) || !existsSync(live)) return null;
  return { plan: JSON.parse(readFileSync(plan, 'utf8')) as Record<string, number>, results: fromLive(live) };
}

function main(argv: string[]): number {
  const at = argv.indexOf('--earlier');
  const earlier = at < 0 ? [] : argv.slice(at + 1);
  const runs: Run[] = [];
  for (const [plan, live] of [
    ...earlier.map((d) => [join(d, 'plan.json'), join(d, 'live.jsonl')]),
    [PLAN_FILE, LIVE_FILE],
  ]) {
    const run = readRun(plan!, live!);
    if (!run) {
      process.stderr.write(`no run to score: ${plan} and ${live} are written by npm run test:mutation\n`);
      return 2;
    }
    runs.push(run);
  }
  const { plan, results, earlier: fromEarlier, retested } = combineRuns(runs);
  const { report, unfinished } = finishedFiles(plan, results, (f) => readFileSync(f, 'utf8'));
  const equivalents = JSON.parse(readFileSync(EQUIVALENTS_FILE, 'utf8')) as Equivalent[];
  const fresh = scoreFiles(report, equivalents).scores;
  // Files no run here finished keep their row of the table (a fresh checkout has no old runs).
  const doc = readFileSync(DOC_FILE, 'utf8');
  const kept = parseScoreTable(readBetween(doc, 'mutation-scores')).filter(
    (s) => !plan[s.file] || unfinished.includes(s.file),
  );
  const table = scoreTable(mergeScores(kept, fresh));
  const planned = new Set(Object.keys(plan));
  const unplanned = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && isCore(f) && !planned.has(f) && !kept.some((s) => s.file === f));
  const note = [
    kept.length
      ? `The rows of the ${kept.length} other files are kept from the table before: no run here finished them.`
      : '',
    unfinished.length ? `Not finished, so not scored again: ${unfinished.join(', ')}.` : '',
    fromEarlier.length ? `From an earlier run, as the latest did not finish them: ${fromEarlier.join(', ')}.` : '',
    retested.length ? `Mutants of some lines tested again by a later run: ${retested.join(', ')}.` : '',
    unplanned.length ? `Core files no run mutated: ${unplanned.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  process.stdout.write(`${table}\n\n${note}\n`);
  if (argv.includes('--write')) {
    const from = runs.length > 1 ? `${runs.length} runs, each file from the latest that finished it` : 'one run';
    const body = `${table}\n\nFrom ${from}, scored by the files each finished (scripts/mutation/live-scores.ts). ${note}`;
    writeFileSync(DOC_FILE, replaceBetween(doc, 'mutation-scores', body));
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
