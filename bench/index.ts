/**
 * `npm run bench`: runs every bench/*.bench.ts, prints one table per benchmark and writes them
 * into docs/performance.md. `npx tsx bench/index.ts NAME… [--write]` runs the benchmarks named
 * (`report` is bench/report.bench.ts, not report-scale too); with --write it rewrites their
 * sections of the page and keeps the others (bench/performance-doc.ts).
 */
import { readdirSync } from 'node:fs';
import type { BenchRow } from './harness.js';
import { type BenchSection, benchTable, machineLine, writePerformanceDoc } from './performance-doc.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const names = args.filter((a) => a !== '--write');
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => names.length === 0 || names.some((n) => f === `${n.replace(/\.bench(\.ts)?$/, '')}.bench.ts`))
  .sort();
if (files.length === 0) {
  process.stderr.write(`no benchmark matches ${names.join(', ')}\n`);
  process.exit(2);
}

const machine = machineLine();
const sections: BenchSection[] = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const mod = (await import(`./${file}`)) as { rows(): Promise<BenchRow[]> };
  const rows = await mod.rows();
  sections.push({ file, rows, machine, date: new Date() });
  console.log(`\nbench/${file} — ${machine}`);
  console.log(benchTable(rows));
}

// A full run rewrites the page's tables; a run of some benchmarks writes only with --write.
if (names.length === 0) writePerformanceDoc(sections, false);
else if (write) writePerformanceDoc(sections, true);
