/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the in-process unit tests of
 * the core, and only those. Tests that spawn the built CLI run dist/, which a mutant of src/
 * never reaches, and the campaign and soak tests take minutes; neither could kill a mutant the
 * unit tests miss at a price worth paying per mutant. Property tests run fewer cases here
 * (tests/helpers/property.ts reads MANDATE_PROPERTY_RUNS).
 */

import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const MUTATION_TESTS = [
  'tests/engine/**/*.test.ts',
  'tests/storage/**/*.test.ts',
  'tests/logs/replay.test.ts',
  'tests/logs/storage.test.ts',
  'tests/logs/permission.test.ts',
  'tests/logs/*.property.test.ts',
  'tests/logs/log-format-doc.test.ts',
  'tests/logs/log-version.test.ts',
  'tests/classroom/report-engine.test.ts',
  'tests/classroom/render-safety.test.ts',
  'tests/ui/keys.test.ts',
  'tests/ui/layout.test.ts',
  'tests/ui/format.test.ts',
  'tests/check/docs.test.ts',
  'tests/hardening/inkjs-internals.test.ts',
  // In process, though not under tests/storage: the host's folder and join records (the host
  // in this process), a log's text read whole, and the commands' own storage calls.
  'tests/hardening/log-text.test.ts',
  'tests/host/hostile.test.ts',
  'tests/host/pair-presence.test.ts',
  'tests/cli/commands-in-process.test.ts',
];

/** Files known to take seconds, for when vitest has no timing of its own yet. */
const SLOW = [/\.property\.test\.ts$/, /log-format-doc\.test\.ts$/, /replay.*\.test\.ts$/, /session.*\.test\.ts$/];

/**
 * Quickest files first (vitest's timings of earlier runs; else the SLOW list). Stryker stops a
 * mutant's run at the first failing test, and a mutant in code that runs when a module loads
 * (a table) runs every file that imports it: quick files first, most such runs stop early.
 */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (f: TestSpecification) => {
      const key = `${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`;
      const known = this.ctx.cache.getFileTestResults(key)?.duration;
      return known ?? (SLOW.some((re) => re.test(f.moduleId)) ? 10_000 : 1_000);
    };
    return [...files].sort((a, b) => cost(a) - cost(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: MUTATION_TESTS,
    // Thousands of games each: minutes per run, and the unit tests check the same code.
    exclude: ['tests/engine/ledger.test.ts'],
    sequence: { sequencer: QuickFirst },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { FORCE_COLOR: '0', MANDATE_PROPERTY_RUNS: '25' },
  },
});
