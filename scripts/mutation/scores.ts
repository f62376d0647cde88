/**
 * The mutation score per file, from Stryker's JSON report (reports/mutation/mutation.json):
 * printed, and written into docs/testing.md between its markers. Mutants listed in
 * tests/equivalent-mutants.json (a change that cannot alter behaviour, with the reason) are
 * counted apart and left out of the score, as Stryker's own "ignored" mutants are.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface MutantResult {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}

export interface Report {
  files: Record<string, { source: string; mutants: MutantResult[] }>;
}

/** An equivalent mutant, found by file, mutator, replacement and the text of its line (not its number). */
export interface Equivalent {
  file: string;
  line: string;
  mutator: string;
  replacement: string;
  reason: string;
}

export interface FileScore {
  file: string;
  total: number;
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  equivalent: number;
  /** Static mutants (in code that runs when the module loads) left out of the run: see docs/testing.md. */
  ignored: number;
  /** Detected over valid, in percent, equivalents left out; null when no mutant is valid. */
  score: number | null;
}

/** Detected over valid, in percent, cut (not rounded) to a tenth; null when nothing is valid. */
const percent = (detected: number, total: number) => (total ? Math.floor((detected / total) * 1000) / 10 : null);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function matchesEquivalent(e: Equivalent, file: string, sourceLine: string, m: MutantResult): boolean {
  return (
    e.file === file && e.mutator === m.mutatorName && e.replacement === m.replacement && e.line === sourceLine.trim()
  );
}

export function scoreFiles(
  report: Report,
  equivalents: readonly Equivalent[],
): { scores: FileScore[]; unused: Equivalent[] } {
  const used = new Set<Equivalent>();
  const scores: FileScore[] = [];
  for (const [file, result] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const lines = result.source.split('\n');
    const s: FileScore = {
      file,
      total: 0,
      killed: 0,
      survived: 0,
      noCoverage: 0,
      timeout: 0,
      equivalent: 0,
      ignored: 0,
      score: null,
    };
    for (const m of result.mutants) {
      const line = lines[m.location.start.line - 1] ?? '';
      const equivalent = UNDETECTED.has(m.status) && equivalents.find((e) => matchesEquivalent(e, file, line, m));
      if (equivalent) {
        used.add(equivalent);
        s.equivalent++;
        continue;
      }
      if (m.status === 'Ignored') {
        s.ignored++;
        continue;
      }
      if (!DETECTED.has(m.status) && !UNDETECTED.has(m.status)) continue; // compile or runtime error
      s.total++;
      if (m.status === 'Killed') s.killed++;
      else if (m.status === 'Timeout') s.timeout++;
      else if (m.status === 'Survived') s.survived++;
      else s.noCoverage++;
    }
    s.score = percent(s.killed + s.timeout, s.total);
    scores.push(s);
  }
  return { scores, unused: equivalents.filter((e) => !used.has(e)) };
}

export function scoreTable(scores: readonly FileScore[]): string {
  const all = scores.reduce(
    (a, s) => ({
      total: a.total + s.total,
      detected: a.detected + s.killed + s.timeout,
      survived: a.survived + s.survived,
      noCoverage: a.noCoverage + s.noCoverage,
      equivalent: a.equivalent + s.equivalent,
      ignored: a.ignored + s.ignored,
    }),
    { total: 0, detected: 0, survived: 0, noCoverage: 0, equivalent: 0, ignored: 0 },
  );
  const pct = (n: number | null) => (n === null ? '-' : `${n.toFixed(1)}%`);
  const rows = scores.map(
    (s) =>
      `| ${s.file} | ${pct(s.score)} | ${s.killed + s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.equivalent} | ${s.ignored} |`,
  );
  const total = percent(all.detected, all.total);
  return [
    '| file | score | killed | survived | no coverage | equivalent | static, not run |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| **all** | **${pct(total)}** | ${all.detected} | ${all.survived} | ${all.noCoverage} | ${all.equivalent} | ${all.ignored} |`,
  ].join('\n');
}

export function equivalentList(equivalents: readonly Equivalent[]): string {
  return equivalents
    .map((e) => `- ${e.file}: \`${e.line}\` — ${e.mutator} to \`${e.replacement}\`: ${e.reason}`)
    .join('\n');
}

/**
 * The rows of a table scoreTable wrote (the line of the total left out), back as scores: a run
 * of some files replaces their rows and keeps the others' (mergeScores), since a fresh checkout
 * has no report of the runs before it.
 */
export function parseScoreTable(text: string): FileScore[] {
  const scores: FileScore[] = [];
  for (const line of text.split('\n')) {
    const cells = /^\| (\S+\.\w+) \| (?:[\d.]+%|-) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/.exec(line);
    if (!cells) continue;
    const [killed, survived, noCoverage, equivalent, ignored] = cells.slice(2).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const total = killed + survived + noCoverage;
    const score = percent(killed, total);
    scores.push({ file: cells[1]!, total, killed, survived, noCoverage, timeout: 0, equivalent, ignored, score });
  }
  return scores;
}

/** The scores of `kept` with those of `fresh` in place of any of the same file, by file name. */
export function mergeScores(kept: readonly FileScore[], fresh: readonly FileScore[]): FileScore[] {
  const byFile = new Map(kept.map((s) => [s.file, s]));
  for (const s of fresh) byFile.set(s.file, s);
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** Where the text between `<!-- name:start -->` and `<!-- name:end -->` begins and ends. */
function markedRange(doc: string, name: string): [number, number] {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs: markers ${start} … ${end} not found`);
  return [i + start.length, j];
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function readBetween(doc: string, name: string): string {
  const [from, to] = markedRange(doc, name);
  return doc.slice(from, to);
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetween(doc: string, name: string, body: string): string {
  const [from, to] = markedRange(doc, name);
  return `${doc.slice(0, from)}\n${body}\n${doc.slice(to)}`;
}

export const REPORT_FILE = 'reports/mutation/mutation.json';
export const EQUIVALENTS_FILE = 'tests/equivalent-mutants.json';
export const DOC_FILE = 'docs/testing.md';

/**
 * Prints the scores and writes them into docs/testing.md; returns the files under `floor`. A run
 * of some lines of a file scores only their mutants, which is not the file's score: `write`
 * false prints without writing (live-scores.ts --earlier combines such a run with a whole one).
 */
export function publishScores(floor = 90, write = true): FileScore[] {
  const report = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as Report;
  const equivalents = JSON.parse(readFileSync(EQUIVALENTS_FILE, 'utf8')) as Equivalent[];
  const { scores, unused } = scoreFiles(report, equivalents);
  let doc = readFileSync(DOC_FILE, 'utf8');
  // A run of some files (`-- FILE...`) reports only them: the other rows stay as they were.
  const table = scoreTable(mergeScores(parseScoreTable(readBetween(doc, 'mutation-scores')), scores));
  process.stdout.write(`\nMutation score per file (equivalent mutants left out):\n\n${table}\n`);
  for (const e of unused) {
    process.stdout.write(`note: no surviving mutant matches the equivalent listed for ${e.file}: ${e.line}\n`);
  }
  if (write) {
    doc = replaceBetween(doc, 'mutation-scores', table);
    doc = replaceBetween(doc, 'equivalent-mutants', equivalentList(equivalents));
    writeFileSync(DOC_FILE, doc);
  }
  const low = scores.filter((s) => s.score !== null && s.score < floor);
  if (low.length) process.stdout.write(`\nBelow ${floor}%: ${low.map((s) => s.file).join(', ')}\n`);
  return low;
}
