// Mutation testing of the core (docs/testing.md): `npm run test:mutation`, or
// `npm run test:mutation:changed` for the core files a branch touches.
/** The core: the files whose every line a test must be able to catch changing. */
import CORE from './scripts/mutation/core.json' with { type: 'json' };

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './scripts/mutation/live-reporter.mjs'],
  // Only the fast in-process unit tests (see that file); per mutant, Stryker runs only the
  // tests that reached the mutated code in the dry run.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: CORE,
  // Two shared cores: one test process per core. STRYKER_CONCURRENCY=1 leaves one to others.
  concurrency: Number(process.env.STRYKER_CONCURRENCY) || 2,
  // Each run after the first retests only mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  // `live` writes each mutant's result as it comes (scripts/mutation/live-reporter.mjs).
  reporters: ['clear-text', 'progress', 'json', 'html', 'live'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  // The sandbox needs the built story the tests read; dist/ and reports are not needed.
  ignorePatterns: ['dist', 'reports', 'coverage', 'test-output', '.exp', 'bench'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  // A static mutant (in code that runs when a module loads: a table, a schema, a constant) is
  // reached by every test, so Stryker runs the whole suite against it: a third of the core's
  // mutants took nine tenths of a run (13 hours on two cores). They are left out unless
  // MANDATE_MUTATION_STATIC=1, and the score table counts them (docs/testing.md).
  ignoreStatic: process.env.MANDATE_MUTATION_STATIC !== '1',
};
