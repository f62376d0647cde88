// A Stryker reporter that writes each mutant's result as soon as it is known, one JSON object a
// line, to reports/mutation/live.jsonl: a run of the whole core takes hours, Stryker's own
// reports appear only at its end, and the mutants that survive can be read (and tests written
// for them) while the run goes on. `npx tsx scripts/mutation/survivors.ts` lists them.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

export const LIVE_FILE = 'reports/mutation/live.jsonl';
/** How many mutants of each file the run will report: a run stopped early is scored by the files it finished. */
export const PLAN_FILE = 'reports/mutation/plan.json';

class LiveReporter {
  constructor() {
    mkdirSync(dirname(LIVE_FILE), { recursive: true });
    writeFileSync(LIVE_FILE, '');
  }

  onMutationTestingPlanReady({ mutantPlans }) {
    const counts = {};
    for (const { mutant } of mutantPlans) {
      const file = relative(process.cwd(), mutant.fileName);
      counts[file] = (counts[file] ?? 0) + 1;
    }
    writeFileSync(PLAN_FILE, `${JSON.stringify(counts, null, 2)}\n`);
  }

  onMutantTested(m) {
    const line = {
      file: relative(process.cwd(), m.fileName),
      line: m.location.start.line,
      column: m.location.start.column,
      mutator: m.mutatorName,
      replacement: m.replacement,
      status: m.status,
    };
    appendFileSync(LIVE_FILE, `${JSON.stringify(line)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter)];
