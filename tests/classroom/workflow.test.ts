/**
 * The workflow fixes of a lesson, each through the built CLI as a teacher or student runs it:
 * resume keeps the `--log` copy up to date and says so; resume --player; check --scenario FILE;
 * misspelt event names; a shortened scenario's opening line; plain mode and every exit code in
 * --help; --out with an extension that does not match the format.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefusal, runCli, tempHome } from '../helpers/cli.js';
import { scenarioFile } from './scenario-files.js';

const decisions = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { decisions: unknown[] }).decisions.length;
const savesOf = (home: string) => readdirSync(join(home, 'saves')).filter((f) => f.endsWith('.json'));

function play(home: string, args: string[], input: string) {
  return runCli(['play', '--plain', '--role', 'us', '--scenario', 'short', '--seed', '5', ...args], input, {
    MANDATE_HOME: home,
  });
}

describe('resume and the --log copy', () => {
  it('keeps the copy up to date, and says it does', () => {
    const home = tempHome();
    const copy = join(home, 'ana-us.json');
    expect(play(home, ['--player', 'Ana P', '--log', copy], '1\n').code).toBe(0);
    const [save] = savesOf(home);
    const r = runCli(['resume', '--plain'], '1\n1\n', { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`saving to ${join(home, 'saves', save!)} and ${copy}`);
    expect(decisions(copy)).toBe(3);
    expect(decisions(join(home, 'saves', save!))).toBe(3);
  });

  it('resuming the copy keeps the save up to date too', () => {
    const home = tempHome();
    const copy = join(home, 'ben.json');
    play(home, ['--player', 'Ben', '--log', copy], '2\n');
    const [save] = savesOf(home);
    const r = runCli(['resume', copy, '--plain'], '1\n', { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(decisions(join(home, 'saves', save!))).toBe(2);
    expect(decisions(copy)).toBe(2);
  });

  it('leaves a copy that now holds another game alone, and says so', () => {
    const home = tempHome();
    const copy = join(home, 'cy.json');
    play(home, ['--player', 'Cy', '--log', copy], '1\n');
    const other = runCli(
      ['play', '--plain', '--role', 'nato', '--seed', '9', '--log', join(home, 'other.json')],
      '1\n',
      {
        MANDATE_HOME: home,
      },
    );
    expect(other.code).toBe(0);
    writeFileSync(copy, readFileSync(join(home, 'other.json')));
    const before = readFileSync(copy, 'utf8');
    const r = runCli(['resume', '--player', 'Cy', '--plain'], '1\n', { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Not saving to ${copy}: it holds another game now.`);
    expect(readFileSync(copy, 'utf8')).toBe(before);
  });

  it('names the player in the hint, so a shared machine resumes the right game', () => {
    const home = tempHome();
    const r = play(home, ['--player', 'Ana P'], '1\n');
    expect(r.stdout).toContain("continue with: mandate resume --player 'Ana P'");
  });
});

describe('resume --player', () => {
  it('continues that player’s latest game, not the newest game on the machine', () => {
    const home = tempHome();
    play(home, ['--player', 'Ana P', '--log', join(home, 'ana.json')], '1\n');
    play(home, ['--player', 'Ben K', '--log', join(home, 'ben.json')], '1\n2\n');
    const r = runCli(['resume', '--player', 'ana p', '--plain'], '1\n', { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(decisions(join(home, 'ana.json'))).toBe(2);
    expect(decisions(join(home, 'ben.json'))).toBe(2);
  });

  it('says so when that player has no unfinished game (exit 2, one line)', () => {
    const home = tempHome();
    play(home, ['--player', 'Ana P'], '1\n');
    expectRefusal(
      runCli(['resume', '--player', 'Zoe'], '', { MANDATE_HOME: home }),
      /^mandate: no unfinished game of Zoe /,
    );
  });
});

describe('a teacher’s scenario file', () => {
  it('check --scenario FILE plays that scenario alone and reports only what it can reach', () => {
    const r = runCli(['check', '--scenario', scenarioFile({ events: { un_bombing: false } }), '--runs', '30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('in mine (that scenario only');
    expect(r.stdout).not.toContain('never reached');
    expect(r.stdout).toMatch(/Endings of the story this scenario did not reach in \d+ playthroughs \(\d+\): /);
    const json = JSON.parse(runCli(['check', '--scenario', scenarioFile({}), '--runs', '10', '--json']).stdout);
    expect(json.runs.map((x: { scenario: string }) => x.scenario)).toEqual(['mine', 'mine', 'mine']);
    expect(json.unreached).toEqual([]);
  });

  it('refuses a misspelt event name in play, check and briefing (exit 2, one line naming it)', () => {
    const file = scenarioFile({ events: { un_bomb: false } });
    for (const args of [
      ['play', '--plain', '--role', 'us', '--scenario', file],
      ['check', '--scenario', file, '--runs', '5'],
      ['briefing', '--scenario', file],
    ]) {
      const r = runCli(args, '1\n');
      expectRefusal(r, /^mandate: scenario .*mine\.json: events\.un_bomb: no such event in the story; /, args[0]);
      expect(r.stderr).toContain('un_bombing');
    }
  });

  it('opens with the months the scenario really has', () => {
    const three = runCli(['play', '--plain', '--role', 'us', '--scenario', scenarioFile({ turns: 3 })], '');
    expect(three.stdout).toContain(
      'This is the short campaign, cut to 3 turns by your scenario: from August 2003 to April 2004.',
    );
    expect(three.stdout).not.toContain('four turns');
    const six = runCli(
      ['play', '--plain', '--role', 'nato', '--scenario', scenarioFile({ story: 'full', turns: 6 })],
      '',
    );
    expect(six.stdout).toContain('cut to 6 months by your scenario: from August 2003 to January 2004.');
    const short = runCli(['play', '--plain', '--role', 'us', '--scenario', 'short'], '');
    expect(short.stdout).toContain('This is the short campaign: four turns, from August 2003 to June 2004.');
  });
});

describe('--help', () => {
  it('describes plain mode and lists every exit code', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Plain mode .*screen readers/s);
    for (const code of ['0', '1', '2', '70', '129', '130', '143'])
      expect(r.stdout).toMatch(new RegExp(`^ {2}${code} +\\S`, 'm'));
    expect(runCli(['play', '--help']).stdout).toMatch(/--plain\s+plain mode.*screen\s+readers/s);
  });
});

describe('--out and the format', () => {
  const logDir = () => {
    const home = tempHome();
    play(home, ['--log', join(home, 'a.json')], '1\n');
    return home;
  };

  it('refuses an extension that does not match the format, and writes nothing (exit 2)', () => {
    const home = logDir();
    for (const [args, out] of [
      [['report', join(home, 'a.json')], 'r.pdf'],
      [['report', join(home, 'a.json')], 'report'],
      [['debrief', join(home, 'a.json')], 'd.csv'],
      [['briefing'], 'b.txt'],
    ] as const) {
      const r = runCli([...args, '--out', join(home, out)]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/^mandate: --out .*: .*; name it .* or give --format/);
      expect(existsSync(join(home, out))).toBe(false);
    }
  });

  it('writes any name when --format says the format', () => {
    const home = logDir();
    const r = runCli(['report', join(home, 'a.json'), '--out', join(home, 'r.pdf'), '--format', 'html']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(home, 'r.pdf'), 'utf8')).toMatch(/^<!doctype html>/);
  });
});
