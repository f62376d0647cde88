/**
 * The tables of `npm run bench`, as printed and as written into docs/performance.md between its
 * markers, so that the page shows measured figures and nothing typed by hand. Each benchmark
 * file has its own section, with the date and machine of the run that measured it: a full run
 * rewrites every section, and `npx tsx bench/index.ts NAME --write` rewrites only the sections
 * of the benchmarks it ran (a ten-minute class or a 100,000-log report need not be measured
 * again to refresh the others). Without --write, a run of some benchmarks only prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import type { BenchRow } from './harness.js';

export const PERFORMANCE_DOC = new URL('../docs/performance.md', import.meta.url);
const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/** The rows one benchmark file measured, and when and where. */
export interface BenchSection {
  /** The benchmark's file name, e.g. `startup.bench.ts`. */
  file: string;
  rows: BenchRow[];
  machine: string;
  date: Date;
}

const fmt = (n: number) =>
  n >= 1000 ? Math.round(n).toLocaleString('en-US') : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

/** The machine and Node the figures were measured on. */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** One Markdown table of every row: figure, floor of the same run, ratio, target, met. */
export function benchTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| benchmark | figure | floor (same run) | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const base = r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '';
    const ratio = r.baseline?.value ? `${(r.value / r.baseline.value).toFixed(2)}x` : '';
    const met = r.ok === undefined ? '' : r.ok ? 'yes' : '**no**';
    lines.push(`| ${r.name} | ${fmt(r.value)} ${r.unit} | ${base} | ${ratio} | ${r.target ?? ''} | ${met} |`);
  }
  return lines.join('\n');
}

const heading = (file: string) => `### bench/${file}`;

/** One benchmark's section: its heading, when and where it was measured, its table. */
function sectionText(s: BenchSection): string {
  return [
    heading(s.file),
    '',
    `Measured by \`npm run bench\` on ${s.date.toISOString().slice(0, 10)}: ${s.machine}.`,
    '',
    benchTable(s.rows),
    '',
  ].join('\n');
}

/** The sections now between the markers, by benchmark file, as text. */
function currentSections(inner: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = inner.split(/^(?=### bench\/)/m).filter((p) => p.startsWith('### bench/'));
  for (const part of parts) {
    const file = /^### bench\/(\S+)/.exec(part)![1]!;
    out.set(file, `${part.trimEnd()}\n`);
  }
  return out;
}

/**
 * docs/performance.md with this run's sections written between the markers. With `keep`, the
 * sections of benchmarks this run did not measure stay as they were; without it (a full run),
 * only this run's sections remain. Sections are in the order of their file names.
 */
export function withSections(doc: string, sections: readonly BenchSection[], keep = false): string {
  const i = doc.indexOf(START);
  const j = doc.indexOf(END);
  if (i < 0 || j < i) throw new Error(`docs/performance.md: markers ${START} … ${END} not found`);
  const all = keep ? currentSections(doc.slice(i + START.length, j)) : new Map<string, string>();
  for (const s of sections) all.set(s.file, sectionText(s));
  const body = [...all.keys()]
    .sort()
    .map((file) => all.get(file)!)
    .join('\n');
  const intro = 'Written by bench/performance-doc.ts; do not edit by hand.\n';
  return `${doc.slice(0, i + START.length)}\n${intro}\n${body}${doc.slice(j)}`;
}

export function writePerformanceDoc(sections: readonly BenchSection[], keep: boolean): void {
  writeFileSync(PERFORMANCE_DOC, withSections(readFileSync(PERFORMANCE_DOC, 'utf8'), sections, keep));
}
