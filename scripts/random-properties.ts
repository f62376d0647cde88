/**
 * `npm run test:properties`: the property tests (tests/**\/*.property.test.ts) with a seed drawn
 * now instead of the fixed one `npm test` uses, to look for cases the fixed seed never tries.
 * The seed and the outcome are printed and appended to test-output/property-seeds.log, so a
 * failure can be replayed exactly: MANDATE_PROPERTY_SEED=<seed> npx vitest run <file>.
 *
 *   npm run test:properties              a new random seed
 *   npm run test:properties -- 12345     a given seed
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';

const given = process.argv[2];
const seed = given === undefined ? randomInt(0, 2 ** 31 - 1) : Number(given);
if (!Number.isInteger(seed)) {
  process.stderr.write(`test:properties: the seed must be an integer, got "${given}"\n`);
  process.exit(2);
}
process.stdout.write(`property tests with seed ${seed}\n`);
// vitest takes a file-name filter: every file whose name contains it.
const run = spawnSync('npx', ['vitest', 'run', '.property.test.'], {
  stdio: 'inherit',
  env: { ...process.env, MANDATE_PROPERTY_SEED: String(seed) },
});
const outcome = run.status === 0 ? 'passed' : `FAILED (replay: MANDATE_PROPERTY_SEED=${seed})`;
mkdirSync('test-output', { recursive: true });
appendFileSync('test-output/property-seeds.log', `${new Date().toISOString()} seed ${seed} ${outcome}\n`);
process.stdout.write(`property tests with seed ${seed}: ${outcome}\n`);
process.exit(run.status ?? 1);
