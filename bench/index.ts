/** `npm run bench`: runs every bench/*.bench.ts and prints one table. */
import { readdirSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import type { BenchRow } from './harness.js';

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

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
console.log(
  `\nMandate benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
console.log('| benchmark | figure | floor (same run) | ratio | target | met |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const base = r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '';
  const ratio = r.baseline?.value ? `${(r.value / r.baseline.value).toFixed(2)}x` : '';
  const met = r.ok === undefined ? '' : r.ok ? 'yes' : 'NO';
  console.log(`| ${r.name} | ${fmt(r.value)} ${r.unit} | ${base} | ${ratio} | ${r.target ?? ''} | ${met} |`);
}
