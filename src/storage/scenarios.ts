/**
 * Scenario files: a teacher's own variant (harder start, fewer turns, events off, no undo) as a
 * small JSON file, validated against the schema in engine/scenario.ts. Every problem becomes one
 * sentence naming the file and the field, since the person reading it edited the file by hand.
 */
import { readFileSync, statSync } from 'node:fs';
import { BUILT_IN_SCENARIOS, isBuiltInScenario, type Scenario } from '../engine/scenario.js';
import { scenarioSchema } from '../engine/scenario-schema.js';

/** A scenario is a few hundred bytes; anything far bigger is the wrong file. */
export const MAX_SCENARIO_BYTES = 64 * 1024;

export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ScenarioFileError';
  }
}

function readText(file: string): string {
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new ScenarioFileError(file, 'is a folder, not a scenario file');
    if (st.size > MAX_SCENARIO_BYTES) throw new ScenarioFileError(file, 'too large for a scenario file');
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof ScenarioFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (e as Error).message;
    throw new ScenarioFileError(file, problem);
  }
}

/** Validates parsed JSON as a scenario; the problem names the first wrong field. */
export function parseScenario(data: unknown): { ok: true; scenario: Scenario } | { ok: false; problem: string } {
  const r = scenarioSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    return { ok: false, problem: `${where}: ${issue?.message ?? 'does not match the scenario format'}` };
  }
  const s = r.data;
  // A file may not pass itself off as a built-in: reports group games by scenario id.
  if (isBuiltInScenario(s.id) && JSON.stringify(s) !== JSON.stringify(BUILT_IN_SCENARIOS[s.id])) {
    return { ok: false, problem: `id: "${s.id}" is the built-in scenario's id; give your variant its own id` };
  }
  return { ok: true, scenario: s };
}

export function readScenarioFile(file: string): Scenario {
  const text = readText(file).replace(/^\ufeff/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ScenarioFileError(file, `not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const r = parseScenario(data);
  if (!r.ok) throw new ScenarioFileError(file, r.problem);
  return r.scenario;
}
