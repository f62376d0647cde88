/** A teacher's scenario file: read whole, each mistake named in one sentence with its field. */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { MAX_SCENARIO_BYTES, parseScenario, readScenarioFile, ScenarioFileError } from '../../src/storage/scenarios.js';
import { tempHome } from '../helpers/cli.js';
import { problemOf as readProblem } from '../helpers/file-problem.js';
import { writeJson } from '../logs/fixtures.js';

const mine = {
  ...BUILT_IN_SCENARIOS.full,
  id: 'hard',
  title: 'Hard',
  start: { capital: 30, usTroops: 160, alliedTroops: 10 },
};

const problemOf = (file: string) => readProblem(readScenarioFile, file, ScenarioFileError);

describe('readScenarioFile', () => {
  it('reads a valid file, with or without a byte-order mark', () => {
    const dir = tempHome();
    expect(readScenarioFile(writeJson(dir, 'a.json', mine))).toEqual(mine);
    expect(readScenarioFile(writeJson(dir, 'b.json', `\uFEFF${JSON.stringify(mine)}`))).toEqual(mine);
    // Only a mark at the very start is dropped: one inside the text is the author's.
    const marked = { ...mine, title: 'Hard\uFEFF mode' };
    expect(readScenarioFile(writeJson(dir, 'c.json', `\uFEFF${JSON.stringify(marked)}`)).title).toBe('Hard\uFEFF mode');
    expect(readScenarioFile(writeJson(dir, 'd.json', JSON.stringify(marked))).title).toBe('Hard\uFEFF mode');
  });

  it('refuses what is not a scenario file, in words', () => {
    const dir = tempHome();
    expect(problemOf(join(dir, 'none.json'))).toBe('no such file');
    mkdirSync(join(dir, 'folder.json'));
    expect(problemOf(join(dir, 'folder.json'))).toBe('is a folder, not a scenario file');
    expect(problemOf(writeJson(dir, 'bad.json', '{"id": '))).toBe('not valid JSON (it ends too soon)');
    expect(problemOf(writeJson(dir, 'bad.json', '{"id": '))).not.toContain('\n');
    writeFileSync(join(dir, 'file'), '');
    expect(problemOf(join(dir, 'file', 'x.json'))).toBe('a part of the path is a file, not a folder');
  });

  it('refuses a file over 64 kB without reading it', () => {
    expect(MAX_SCENARIO_BYTES).toBe(64 * 1024);
    const dir = tempHome();
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(mine));
    truncateSync(file, MAX_SCENARIO_BYTES + 1);
    expect(problemOf(file)).toBe('too large for a scenario file (64 kB)');
    truncateSync(file, MAX_SCENARIO_BYTES);
    expect(problemOf(file)).toMatch(/^not valid JSON/);
  });

  it('names the first wrong field', () => {
    const dir = tempHome();
    expect(problemOf(writeJson(dir, 'c.json', { ...mine, turns: 30 }))).toMatch(/^turns: Too big/);
    expect(problemOf(writeJson(dir, 'd.json', { ...mine, start: { ...mine.start, capital: 0 } }))).toMatch(
      /^start\.capital: Too small/,
    );
    expect(problemOf(writeJson(dir, 'e.json', { ...mine, id: 'Hard Mode' }))).toBe(
      'id: lower-case letters, digits and dashes, at most 40',
    );
    expect(problemOf(writeJson(dir, 'f.json', [1]))).toMatch(/^the document: /);
  });
});

describe('parseScenario', () => {
  it('accepts a built-in scenario as it is, but not a variant that borrows its id', () => {
    expect(parseScenario(BUILT_IN_SCENARIOS.short)).toEqual({ ok: true, scenario: BUILT_IN_SCENARIOS.short });
    expect(parseScenario({ ...BUILT_IN_SCENARIOS.short, turns: 3 })).toEqual({
      ok: false,
      problem: 'id: "short" is the built-in scenario\'s id; give your variant its own id',
    });
    expect(parseScenario({ ...mine, id: 'full' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^id: "full"/),
    });
  });
});
