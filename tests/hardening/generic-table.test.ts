/**
 * #20: `mandate check` on any ink story, not only Mandate's. Six stories of the inkjs test
 * corpus (corpus/inkjs, MIT), which call EXTERNALs with and without fallbacks and have no
 * contract, and the contract-less example in examples/press-room: each checked in generic mode
 * through the real CLI, with what it reports.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefusal, runCli } from '../helpers/cli.js';
import { CONTROL } from './fixtures.js';

const CORPUS = 'tests/hardening/corpus/inkjs';
const EXAMPLE = 'examples/press-room/main.ink';

const check = (args: string[]) => runCli(['check', ...args]);

interface Row {
  story: string;
  args?: string[];
  code: number;
  /** Lines the report must hold. */
  says: (string | RegExp)[];
}

const TABLE: Row[] = [
  {
    story: `${CORPUS}/external_binding.ink`,
    code: 0,
    says: [
      'in generic mode (no Mandate contract), from the start',
      'EXTERNALs with no fallback, stubbed to return 0 (bind one with --bind NAME=VALUE): message, multiply, times.',
      /the end of the story after .*external_binding\.ink:6/,
      'Sound: no problems found.',
    ],
  },
  {
    story: `${CORPUS}/external_binding.ink`,
    args: ['--bind', 'multiply=15', '--bind', 'times=knock knock'],
    code: 0,
    says: [
      'EXTERNALs bound with --bind: multiply, times.',
      'EXTERNALs with no fallback, stubbed to return 0 (bind one with --bind NAME=VALUE): message.',
    ],
  },
  {
    story: `${CORPUS}/lookup_safe_or_not.ink`,
    code: 0,
    says: ['stubbed to return 0 (bind one with --bind NAME=VALUE): myAction.', 'Sound: no problems found.'],
  },
  {
    story: `${CORPUS}/newlines_trimming_with_func_external_fallback.ink`,
    code: 0,
    says: [
      'EXTERNALs that ran their ink fallback: TRUE.',
      /-> END at .*newlines_trimming_with_func_external_fallback\.ink:6/,
    ],
  },
  {
    story: `${CORPUS}/conditional_choices.ink`,
    code: 1,
    says: [
      /conditional_choices\.ink:1: unreachable: choice "not displayed": its condition is always false/,
      /conditional_choices\.ink:4: unreachable: choice "not displayed": its condition is always false/,
      'Reached 0/0 knots, 0/0 stitches, 4/6 choices.',
      '2 problems found.',
    ],
  },
  {
    story: `${CORPUS}/complex_tunnels.ink`,
    code: 0,
    says: ['Reached 3/3 knots', /the end of the story after .*complex_tunnels\.ink:12/],
  },
  {
    // A test harness: its knots are reached by the tests, not by diverts, so from the start
    // they are proved unreachable; from a knot, play starts there.
    story: `${CORPUS}/tests.ink`,
    code: 1,
    says: [
      'EXTERNALs that ran their ink fallback: fn_ext, gameInc.',
      /tests\.ink:29: unreachable: knot content: no divert leads here/,
      /-> DONE at .*tests\.ink:75/,
    ],
  },
  {
    story: `${CORPUS}/tests.ink`,
    args: ['--knot', 'content.simple', '--var', 'intvar=3', '--bind', 'gameInc=7'],
    code: 1,
    says: [
      'from knot content.simple',
      'VARs set: intvar = 3.',
      'EXTERNALs bound with --bind: gameInc.',
      /-> DONE at .*tests\.ink:32/,
    ],
  },
  {
    story: EXAMPLE,
    code: 0,
    says: [
      'EXTERNALs that ran their ink fallback: mood.',
      'Reached 4/4 knots, 1/1 stitches, 5/5 choices.',
      /Endings \(3\):/,
      /-> END at examples\/press-room\/main\.ink:49/,
      'Sound: no problems found.',
    ],
  },
];

describe('#20 check in generic mode', () => {
  it.each(TABLE)('$story $args', ({ story, args = [], code, says }) => {
    const r = check(['--story', story, '--runs', '60', ...args]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(CONTROL);
    for (const line of says) {
      if (typeof line === 'string') expect(r.stdout).toContain(line);
      else expect(r.stdout).toMatch(line);
    }
    expect(r.code).toBe(code);
  });

  it('writes line coverage as CSV: every line of the source, with the playthroughs that ran it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mandate-coverage-')), 'coverage.csv');
    const r = check(['--story', EXAMPLE, '--runs', '60', '--coverage', out]);
    expect(r.code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('file,line,playthroughs');
    const byLine = new Map(rows.slice(1).map((row) => [Number(row.split(',')[1]), Number(row.split(',')[2])]));
    // The first line of the story runs every time; the warm answer never does (the fallback is cool).
    expect(byLine.get(15)).toBe(60);
    expect(byLine.get(36)).toBe(0);
    expect(r.stdout).toMatch(/Ran \d+\/\d+ lines of the source\./);
    // With the mood bound to "warm", the other answer runs instead.
    const warm = check(['--story', EXAMPLE, '--runs', '60', '--coverage', out, '--bind', 'mood=warm']);
    expect(warm.code).toBe(0);
    const warmRows = new Map(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((row) => [Number(row.split(',')[1]), Number(row.split(',')[2])]),
    );
    expect(warmRows.get(36)).toBeGreaterThan(0);
    expect(warmRows.get(38)).toBe(0);
  });

  it('is the same report for the same seed', () => {
    const a = check(['--story', EXAMPLE, '--runs', '40', '--seed', '9', '--json']);
    const b = check(['--story', EXAMPLE, '--runs', '40', '--seed', '9', '--json']);
    const strip = (s: string) => JSON.parse(s, (k, v) => (k === 'seconds' || k === 'perSecond' ? 0 : v));
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
    expect(strip(a.stdout).generic).toMatchObject({ entry: null, fallbacks: ['mood'], stubbed: [], bound: [] });
  });

  it.each([
    [['--knot', 'nope'], '--knot nope: the story has no knot or stitch of that name'],
    [['--var', 'nope=1'], '--var nope: the story declares no VAR nope'],
    [['--var', 'patience=lots'], '--var patience: VAR patience holds a number, not "lots"'],
    [['--bind', 'nope=1'], '--bind nope: the story calls no EXTERNAL nope (it calls mood)'],
    [['--bind', 'mood'], "option '--bind <name=value>' argument 'mood' is invalid"],
  ])('%j on the example: one line, exit 2', (args, message) => {
    expectRefusal(check(['--story', EXAMPLE, ...args]), message);
  });

  it('keeps its flags for stories without the contract, unless asked with --generic', () => {
    const contract = check(['--story', 'examples/isaf/main.ink', '--var', 'reach=1']);
    expect(contract.code).toBe(2);
    expect(contract.stderr).toContain('this story has the Mandate contract (add --generic)');
    const generic = check(['--story', 'examples/isaf/main.ink', '--generic', '--runs', '20']);
    expect(generic.stdout).toContain('in generic mode (no Mandate contract)');
    expect(generic.stdout).toMatch(/EXTERNALs that ran their ink fallback: .*change_capital/);
  });
});
