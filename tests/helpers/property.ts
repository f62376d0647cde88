/**
 * fast-check settings shared by every property test, so that each run says which seed it used
 * and a failure can be replayed exactly:
 * - `npm test` (CI or not) uses FIXED_SEED: the suite passes or fails the same way everywhere;
 * - `npm run test:properties` draws a new seed each time (scripts/random-properties.ts) and
 *   records it in test-output/property-seeds.log;
 * - `MANDATE_PROPERTY_SEED=N` replays seed N; `MANDATE_PROPERTY_RUNS=N` sets the number of cases
 *   (the mutation run uses fewer).
 */
import type { Parameters } from 'fast-check';

/** The seed of every run that does not ask for another. Any integer would do; this one is fixed. */
export const FIXED_SEED = 20_031_016;

/** The seed this run uses, from MANDATE_PROPERTY_SEED or FIXED_SEED. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MANDATE_PROPERTY_SEED;
  if (raw === undefined || raw === '') return FIXED_SEED;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`MANDATE_PROPERTY_SEED must be an integer, got "${raw}"`);
  return seed;
}

/** Parameters for fc.assert: the recorded seed and `runs` cases (or MANDATE_PROPERTY_RUNS). */
export function propertyParameters<T>(name: string, runs: number, extra: Parameters<T> = {}): Parameters<T> {
  const seed = propertySeed();
  const numRuns = Number(process.env.MANDATE_PROPERTY_RUNS) || runs;
  process.stdout.write(`property "${name}": seed ${seed}, ${numRuns} runs (replay: MANDATE_PROPERTY_SEED=${seed})\n`);
  return { ...extra, seed, numRuns };
}
