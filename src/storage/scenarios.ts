/**
 * Scenario files: a teacher's own variant (harder start, fewer turns, events off, no undo) as a
 * small JSON file, validated against the schema in engine/scenario.ts. Every problem becomes one
 * sentence naming the file and the field, since the person reading it edited the file by hand.
 */
import { BUILT_IN_SCENARIOS, isBuiltInScenario, type Scenario } from '../engine/scenario.js';
import { scenarioSchema } from '../engine/scenario-schema.js';
import { BoundedReadError, readBoundedText } from './bounded-read.js';
import { FileProblem } from './fs-errors.js';
import { jsonErrorWhere } from './json-error.js';

/** A scenario is a few hundred bytes; anything far bigger is the wrong file. */
export const MAX_SCENARIO_BYTES = 64 * 1024;

export class ScenarioFileError extends FileProblem {
  override name = 'ScenarioFileError';
}

function readText(file: string): string {
  try {
    return readBoundedText(file, { limit: MAX_SCENARIO_BYTES, what: 'a scenario file' });
  } catch (e) {
    if (e instanceof BoundedReadError) throw new ScenarioFileError(file, e.problem);
    throw e;
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
  const text = readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // JSON.parse quotes the text it choked on: never echo a file's bytes (it may be any file).
    throw new ScenarioFileError(file, `not valid JSON${jsonErrorWhere(text, e as Error)}`);
  }
  const r = parseScenario(data);
  if (!r.ok) throw new ScenarioFileError(file, r.problem);
  return r.scenario;
}
