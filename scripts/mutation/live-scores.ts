/**
 * The score per file of a run still going, or stopped before its end (a run of the whole core
 * takes hours): the files whose every mutant has a result in reports/mutation/live.jsonl, scored
 * as a finished run scores them (scores.ts), against the plan the run wrote at its start.
 *
 *   npx tsx scripts/mutation/live-scores.ts            prints the table of the finished files
 *   npx tsx scripts/mutation/live-scores.ts --write    also writes it into docs/testing.md
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isCore } from './run.js';
import {
  DOC_FILE,
  EQUIVALENTS_FILE,
  type Equivalent,
  type Report,
  replaceBetween,
  scoreFiles,
  scoreTable,
} from './scores.js';
import { LIVE_FILE } from './survivors.js';

export const PLAN_FILE = 'reports/mutation/plan.json';

interface LiveResult {
  file: string;
  line: number;
  column: number;
  mutator: string;
  replacement?: string;
  status: string;
}

/** The report of the files every planned mutant of which has a result; the others, by name. */
export function finishedFiles(
  plan: Record<string, number>,
  results: readonly LiveResult[],
  sourceOf: (file: string) => string,
): { report: Report; unfinished: string[] } {
  const byFile = new Map<string, LiveResult[]>();
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
        location: { start: { line: r.line, column: r.column } },
      })),
    };
  }
  return { report, unfinished };
}

function main(argv: string[]): number {
  if (!existsSync(PLAN_FILE) || !existsSync(LIVE_FILE)) {
    process.stderr.write(`no run to score: ${PLAN_FILE} and ${LIVE_FILE} are written by npm run test:mutation\n`);
    return 2;
  }
  const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as Record<string, number>;
  const results = readFileSync(LIVE_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LiveResult);
  const { report, unfinished } = finishedFiles(plan, results, (f) => readFileSync(f, 'utf8'));
  const equivalents = JSON.parse(readFileSync(EQUIVALENTS_FILE, 'utf8')) as Equivalent[];
  const table = scoreTable(scoreFiles(report, equivalents).scores);
  const planned = new Set(Object.keys(plan));
  const unplanned = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && isCore(f) && !planned.has(f));
  const note = [
    unfinished.length ? `Not finished by this run, so not in the table: ${unfinished.join(', ')}.` : '',
    unplanned.length ? `Core files this run did not mutate: ${unplanned.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  process.stdout.write(`${table}\n\n${note}\n`);
  if (argv.includes('--write')) {
    const body = `${table}\n\nFrom a run stopped before its end (scripts/mutation/live-scores.ts). ${note}`;
    writeFileSync(DOC_FILE, replaceBetween(readFileSync(DOC_FILE, 'utf8'), 'mutation-scores', body));
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
