/**
 * The mutants no test caught, with their line, file by file, equivalent ones left out:
 *
 *   npx tsx scripts/mutation/survivors.ts [FILTER...]            from the run going on (live.jsonl)
 *   npx tsx scripts/mutation/survivors.ts --report [FILTER...]   from the last finished run
 *
 * FILTER keeps the files whose path contains it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EQUIVALENTS_FILE, type Equivalent, matchesEquivalent, REPORT_FILE, type Report } from './scores.js';

export const LIVE_FILE = 'reports/mutation/live.jsonl';

/** A mutant's result as the live reporter writes it (scripts/mutation/live-reporter.mjs). */
export interface Found {
  file: string;
  line: number;
  column?: number;
  mutator: string;
  replacement?: string;
  status: string;
}

function fromReport(): Found[] {
  const report = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as Report;
  return Object.entries(report.files).flatMap(([file, f]) =>
    f.mutants.map((m) => ({
      file,
      line: m.location.start.line,
      mutator: m.mutatorName,
      replacement: m.replacement,
      status: m.status,
    })),
  );
}

/** Every result a live file holds, in the order they came; none when there is no file. */
export function fromLive(file = LIVE_FILE): Found[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Found);
}

function main(argv: string[]): void {
  const fromFinished = argv[0] === '--report';
  const filters = fromFinished ? argv.slice(1) : argv;
  const equivalents = JSON.parse(readFileSync(EQUIVALENTS_FILE, 'utf8')) as Equivalent[];
  const found = fromFinished ? fromReport() : fromLive();
  const sources = new Map<string, string[]>();
  const lineOf = (file: string, n: number) => {
    if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8').split('\n'));
    return sources.get(file)![n - 1] ?? '';
  };
  const missed = found
    .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
    .filter((m) => filters.length === 0 || filters.some((f) => m.file.includes(f)))
    .filter((m) => {
      const result = {
        mutatorName: m.mutator,
        replacement: m.replacement,
        status: m.status,
        location: { start: { line: m.line, column: 0 } },
      };
      return !equivalents.some((e) => matchesEquivalent(e, m.file, lineOf(m.file, m.line), result));
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  let file = '';
  for (const m of missed) {
    if (m.file !== file) {
      file = m.file;
      process.stdout.write(`\n${file}\n`);
    }
    const text = lineOf(m.file, m.line).trim().slice(0, 100);
    const tag = m.status === 'NoCoverage' ? ' (no test reaches it)' : '';
    process.stdout.write(`  ${m.line}: ${m.mutator} → ${JSON.stringify(m.replacement ?? '')}${tag}  | ${text}\n`);
  }
  process.stdout.write(`\n${missed.length} mutants not caught (of ${found.length} tested so far).\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
