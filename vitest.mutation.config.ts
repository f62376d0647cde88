/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the in-process unit tests of
 * the core, and only those. Tests that spawn the built CLI run dist/, which a mutant of src/
 * never reaches, and the campaign and soak tests take minutes; neither could kill a mutant the
 * unit tests miss at a price worth paying per mutant. Property tests run fewer cases here
 * (tests/helpers/property.ts reads MANDATE_PROPERTY_RUNS).
 */
import { defineConfig } from 'vitest/config';

export const MUTATION_TESTS = [
  'tests/engine/**/*.test.ts',
  'tests/storage/**/*.test.ts',
  'tests/logs/replay.test.ts',
  'tests/logs/storage.test.ts',
  'tests/logs/permission.test.ts',
  'tests/logs/*.property.test.ts',
  'tests/classroom/report-engine.test.ts',
  'tests/classroom/render-safety.test.ts',
  'tests/ui/keys.test.ts',
  'tests/ui/layout.test.ts',
  'tests/ui/format.test.ts',
  'tests/check/docs.test.ts',
];

export default defineConfig({
  test: {
    include: MUTATION_TESTS,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { FORCE_COLOR: '0', MANDATE_PROPERTY_RUNS: '25' },
  },
});
