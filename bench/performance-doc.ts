/**
 * The table of `npm run bench`, as printed and as written into docs/performance.md between its
 * markers, so that the page shows the figures of the last full run and nothing typed by hand.
 * A run of one benchmark (`npx tsx bench/index.ts NAME`) prints its rows and leaves the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import type { BenchRow } from './harness.js';

export const PERFORMANCE_DOC = new URL('../docs/performance.md', import.meta.url);
const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

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

/** docs/performance.md with the text between the markers replaced by this run's table. */
export function withTable(doc: string, rows: readonly BenchRow[], machine = machineLine(), date = new Date()): string {
  const i = doc.indexOf(START);
  const j = doc.indexOf(END);
  if (i < 0 || j < i) throw new Error(`docs/performance.md: markers ${START} … ${END} not found`);
  const body = [
    '',
    `Measured by \`npm run bench\` on ${date.toISOString().slice(0, 10)}: ${machine}. Written by`,
    'bench/performance-doc.ts; do not edit by hand.',
    '',
    benchTable(rows),
    '',
  ].join('\n');
  return doc.slice(0, i + START.length) + body + doc.slice(j);
}

export function writePerformanceDoc(rows: readonly BenchRow[]): void {
  writeFileSync(PERFORMANCE_DOC, withTable(readFileSync(PERFORMANCE_DOC, 'utf8'), rows));
}
