/**
 * Scenario files (`--scenario FILE`): read and validated with the engine's schema, every problem
 * one line naming the file and the field; a game played from one records it in its log, and the
 * class report groups those games under the file's id.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import type { ClassReport } from '../../src/engine/report/index.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { readScenarioFile, ScenarioFileError } from '../../src/storage/scenarios.js';
import { expectRefusal, runCli, tempHome } from '../helpers/cli.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/scenarios/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mandate-scenario-'));
const ones = '1\n'.repeat(200);

function scenarioFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('reading scenario files', () => {
  it('reads every example in examples/scenarios', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readScenarioFile(join(EXAMPLES, f)).id).toMatch(/^[a-z0-9-]+$/);
  });

  const valid = { ...BUILT_IN_SCENARIOS.full, id: 'mine', title: 'Mine' };
  const bad: [string, unknown, RegExp][] = [
    ['truncated.json', '{"id": "x", ', /not valid JSON/],
    ['extra.json', { ...valid, extra: 1 }, /extra/],
    ['capital.json', { ...valid, start: { ...valid.start, capital: 500 } }, /start\.capital/],
    ['story.json', { ...valid, story: 'medium' }, /story/],
    ['id.json', { ...valid, id: 'Not An Id' }, /id/],
    ['builtin.json', { ...valid, id: 'full', undo: false }, /built-in/],
    ['list.json', [], /document/],
  ];
  for (const [name, content, field] of bad) {
    it(`refuses ${name} with one line naming the file and the field`, () => {
      const file = scenarioFile(name, content);
      let error: unknown;
      try {
        readScenarioFile(file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioFileError);
      const message = (error as Error).message;
      expect(message.startsWith(`${file}: `)).toBe(true);
      expect(message).toMatch(field);
      expect(message).not.toContain('\n');
    });
  }

  it('says "no such file" for a missing one', () => {
    expect(() => readScenarioFile(join(dir, 'nope.json'))).toThrow(/nope\.json: no such file/);
  });
});

describe('play --scenario FILE', () => {
  it("starts from the file's meters, records the scenario and the safe player name, and the report groups by it", () => {
    const home = tempHome();
    const logs = mkdtempSync(join(tmpdir(), 'mandate-scenario-logs-'));
    const hard = join(EXAMPLES, 'hard.json');
    const scenario = readScenarioFile(hard);
    for (const [i, role] of (['us', 'nato'] as const).entries()) {
      const log = join(logs, `${role}.json`);
      const r = runCli(
        [
          'play',
          '--scenario',
          hard,
          '--role',
          role,
          '--seed',
          '42',
          '--player',
          '../../etc/Ann Z',
          '--log',
          log,
          '--plain',
        ],
        ones,
        { MANDATE_HOME: home },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const saved: DecisionLog = JSON.parse(readFileSync(log, 'utf8'));
      expect(saved.scenario).toEqual({ ...scenario });
      expect(saved.seed).toBe(42);
      expect(saved.player).toBe('../../etc/Ann Z');
      const first = saved.decisions[0]!;
      // The first decision starts from the file's meters (its cost is at most a few points).
      expect(Math.abs(first.meters.capital - scenario.start.capital)).toBeLessThan(30);
      // Beside each save, the record of its --log copy (`<save>.copies`), which resume keeps up to date.
      const saves = readdirSync(join(home, 'saves')).filter((n) => n.endsWith('.json'));
      expect(saves).toHaveLength(i + 1);
      for (const name of saves) expect(name).toMatch(/^[A-Za-z0-9_-]+\.json$/);
    }
    const rep: ClassReport = JSON.parse(runCli(['report', logs, '--format', 'json']).stdout);
    expect(rep.byRoleScenario.map((x) => `${x.scenario}/${x.role}`).sort()).toEqual(['hard/nato', 'hard/us']);
    expect(rep.totals.rejected).toBe(0);
  });

  it('gives the whole class the same game for the same seed and choices', () => {
    const quick = join(EXAMPLES, 'quick.json');
    const a = runCli(['play', '--scenario', quick, '--role', 'nato', '--seed', '7', '--plain'], ones);
    const b = runCli(['play', '--scenario', quick, '--role', 'nato', '--seed', '7', '--plain'], ones);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('refuses a bad scenario file or name: exit 2, one line, no game', () => {
    const bad = scenarioFile('bad-start.json', { ...BUILT_IN_SCENARIOS.short, id: 'x', start: { capital: 0 } });
    for (const [arg, reason] of [
      [bad, /bad-start\.json: start/],
      ['medium', /unknown scenario "medium"/],
      [join(dir, 'missing.json'), /missing\.json: no such file/],
    ] as const) {
      expectRefusal(runCli(['play', '--scenario', arg, '--role', 'us', '--plain'], ones), reason);
    }
  });
});
