/** `npm run bench`: runs every bench/*.bench.ts and prints one table. */
import { readdirSync } from 'node:fs';
import type { BenchRow } from './harness.js';
import { benchTable, machineLine, writePerformanceDoc } from './performance-doc.js';

const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const mod = (await import(`./${file}`)) as { rows(): Promise<BenchRow[]> };
  rows.push(...(await mod.rows()));
}

console.log(`\nMandate benchmarks — ${machineLine()}`);
console.log(benchTable(rows));
// A full run rewrites the table in docs/performance.md; a run of some benchmarks only prints.
if (!only) writePerformanceDoc(rows);
