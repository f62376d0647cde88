/** A teacher's scenario file for the CLI tests, each in a temporary folder of its own. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A valid scenario of the short story; tests override the fields they are about. */
const MINE = {
  id: 'mine',
  title: 'Mine',
  story: 'short',
  turns: 4,
  undo: true,
  start: { capital: 60, usTroops: 146, alliedTroops: 22 },
  events: {},
};

/** Writes the scenario, with `fields` over the defaults, to ID.json; returns its path. */
export function scenarioFile(fields: Record<string, unknown> = {}): string {
  const scenario = { ...MINE, ...fields };
  const file = join(mkdtempSync(join(tmpdir(), 'mandate-scenario-')), `${scenario.id}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}
