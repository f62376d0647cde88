/**
 * `--jobs 1` and the default (one worker thread per core, here at least two) give the same
 * output, byte for byte and in the same order: for `check` (the exploration is split into
 * groups with seeds of their own, merged in group order) and for `replay --verify` over many
 * logs. Only the measured speed in check's report may differ.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';
import { finishedLog, unfinishedLog, writeJson } from '../logs/fixtures.js';

/** check's report without the playthroughs per second it measured. */
const untimed = (text: string) =>
  text.replace(/"(seconds|perSecond)": [\d.e+-]+/g, '"$1": 0').replace(/: [\d,]+ per second\./, ': N per second.');

describe('check', () => {
  it.each([
    // The compiled campaign: compiling its ink three times would only slow the test.
    ['the campaign, as text', ['--story', 'story/build/mandate.json', '--runs', '15']],
    ['the campaign, as JSON', ['--story', 'story/build/mandate.json', '--runs', '15', '--json']],
    [
      'a story with problems, blind random play',
      ['--story', 'tests/check/fixtures/dead-end.ink', '--random', '--runs', '40'],
    ],
  ])(
    'gives the same report on one thread and on many: %s',
    (_, args) => {
      const one = runCli(['check', ...args, '--jobs', '1']);
      const many = runCli(['check', ...args]);
      const three = runCli(['check', ...args, '--jobs', '3']);
      expect(one.stderr).toBe('');
      expect(untimed(many.stdout)).toBe(untimed(one.stdout));
      expect(untimed(three.stdout)).toBe(untimed(one.stdout));
      expect([many.code, three.code]).toEqual([one.code, one.code]);
      expect(one.stdout.length).toBeGreaterThan(200);
    },
    120_000,
  );

  it('gives another report for another seed', () => {
    const a = runCli(['check', '--story', 'story/build/mandate.json', '--runs', '5', '--json', '--seed', '1']);
    const b = runCli(['check', '--story', 'story/build/mandate.json', '--runs', '5', '--json', '--seed', '2']);
    expect(untimed(a.stdout)).not.toBe(untimed(b.stdout));
  }, 120_000);
});

describe('replay --verify over many logs', () => {
  it('prints the same lines in the same order, and exits the same, on one thread and on many', () => {
    const home = tempHome();
    const dir = join(home, 'class');
    const files: string[] = [];
    for (let i = 0; i < 45; i++) {
      const log = i % 9 === 4 ? unfinishedLog(1 + (i % 3)) : finishedLog(i % 2 ? 'us' : 'nato', 100 + i);
      if (i === 17) log.decisions[0]!.meters.capital += 1; // edited: diverges
      files.push(writeJson(join(dir, `group-${i % 4}`), `student-${String(i).padStart(2, '0')}.json`, log));
    }
    const broken = writeJson(dir, 'broken.json', '{ "not": "a log" ');
    mkdirSync(join(dir, 'folder'));
    const args = ['replay', '--verify', ...files, broken, join(home, 'missing.json'), join(dir, 'folder'), files[3]!];
    const one = runCli([...args, '--jobs', '1'], '', { MANDATE_HOME: home });
    const many = runCli(args, '', { MANDATE_HOME: home });
    const three = runCli([...args, '--jobs', '3'], '', { MANDATE_HOME: home });
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect([one.code, many.code, three.code]).toEqual([2, 2, 2]);
    const lines = one.stdout.trimEnd().split('\n');
    // A line for each log that could be verified, in the order given (files[3] twice), then the count.
    expect(lines).toHaveLength(45 + 1 + 1);
    expect(lines[0]).toMatch(/^ok: .*student-00\.json matches the story/);
    expect(lines[17]).toMatch(/^diverges: .*student-17\.json at step 1: /);
    expect(lines[45]).toMatch(/^ok: .*student-03\.json matches the story/);
    expect(lines.filter((l) => l.startsWith('diverges: '))).toHaveLength(1);
    expect(lines.at(-1)).toBe('49 logs: 45 match, 1 diverge, 3 cannot be verified');
    expect(one.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^mandate: .*broken\.json: /),
      expect.stringMatching(/^mandate: .*missing\.json: no such file/),
      expect.stringMatching(/^mandate: .*folder: .*is a directory/),
    ]);
  }, 120_000);

  it('exits 0 when every log matches, and 1 when one diverges', () => {
    const home = tempHome();
    const a = writeJson(home, 'a.json', finishedLog('us', 1));
    const b = writeJson(home, 'b.json', finishedLog('nato', 2));
    const ok = runCli(['replay', '--verify', a, b], '', { MANDATE_HOME: home });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(
      `ok: ${a} matches the story (${finishedLog('us', 1).decisions.length} decisions, ending ${finishedLog('us', 1).ending!.id})\n` +
        `ok: ${b} matches the story (${finishedLog('nato', 2).decisions.length} decisions, ending ${finishedLog('nato', 2).ending!.id})\n` +
        '2 logs: 2 match, 0 diverge, 0 cannot be verified\n',
    );
    const edited = finishedLog('us', 3);
    edited.decisions[1]!.meters.usTroops += 1;
    const c = writeJson(home, 'c.json', edited);
    expect(runCli(['replay', '--verify', a, c], '', { MANDATE_HOME: home }).code).toBe(1);
  });

  it('still opens one log at a time without --verify', () => {
    const home = tempHome();
    const a = writeJson(home, 'a.json', finishedLog('us', 1));
    const r = runCli(['replay', '--plain', a, a], '', { MANDATE_HOME: home });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mandate: replay opens one log at a time; to verify many, add --verify\n');
  });
});
