// A Stryker reporter that writes each mutant's result as soon as it is known, one JSON object a
// line, to reports/mutation/live.jsonl: a run of the whole core takes hours, Stryker's own
// reports appear only at its end, and the mutants that survive can be read (and tests written
// for them) while the run goes on. `npx tsx scripts/mutation/survivors.ts` lists them.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

export const LIVE_FILE = 'reports/mutation/live.jsonl';

class LiveReporter {
  constructor() {
    mkdirSync(dirname(LIVE_FILE), { recursive: true });
    writeFileSync(LIVE_FILE, '');
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
