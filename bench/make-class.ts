/** `tsx bench/make-class.ts DIR COUNT FROM TO`: writes files FROM to TO of a benchmark class (class-cache.ts). */
import { readFileSync } from 'node:fs';
import { writeClassRange } from '../tests/classroom/class-logs.js';
import { BENCH_CLASS_SEED } from './class-cache.js';

const [dir, count, from, to] = process.argv.slice(2);
const storyJson = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
writeClassRange(dir!, storyJson, { count: Number(count), seed: BENCH_CLASS_SEED }, Number(from), Number(to));
