/**
 * `mandate check` as a user runs it: the built CLI on small broken stories, each problem
 * reported as FILE:LINE with exit 1; usage errors as one line on stderr with exit 2.
 */
import { describe, expect, it } from 'vitest';
import { expectRefusal, runCli } from '../helpers/cli.js';

const FIXTURES = 'tests/check/fixtures';
const check = (file: string, ...args: string[]) =>
  runCli(['check', '--story', `${FIXTURES}/${file}`, '--runs', '20', ...args]);

describe('mandate check on broken stories', () => {
  it.each([
    ['dead-end.ink', 23, 'dead end: the story stops here with no choices and no `# ending:` tag'],
    ['unreachable-knot.ink', 20, 'unreachable: knot forgotten: no divert leads here'],
    ['unbound-external.ink', 4, 'EXTERNAL secret_poll() is not provided by the engine and has no ink fallback'],
    ['meter-range.ink', 13, 'change_troops: meter out of range: US troops would be 346,000'],
    ['illegal-track.ink', 13, 'move_track: illegal track transition: un cannot move from "none" to "passed"'],
    ['compile-error.ink', 9, "Divert target not found: '-> agred'"],
    ['ignored-collapse.ink', 19, 'the game is over (capital is exhausted: end_turn() returned "capital")'],
    ['false-assertion.ink', 18, 'assertion failed: the line "NATO stays out, without an Iraqi invitation." was shown'],
  ])('%s: reported at line %i, exit 1', (file, line, message) => {
    const r = check(file);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${FIXTURES}/${file}:${line}: ${message}`);
    expect(r.code).toBe(1);
  });

  it('gives the path of choices that led to a runtime error', () => {
    const r = check('illegal-track.ink');
    expect(r.stdout).toMatch(/ {4}path: \w+\/\w+, seed \d+: 2 "Declare the resolution passed\."/);
  });

  it('gives the path that led to a false assertion, and passes the path that keeps it', () => {
    const r = check('false-assertion.ink');
    expect(r.stdout).toMatch(/ {4}path: \w+\/\w+, seed \d+: 1 "Ask the Governing Council for an invitation\."/);
    expect(r.stdout).not.toContain('2 "Wait."');
  });

  it('prints the same report as one JSON document with --json', () => {
    const r = check('meter-range.ink', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      kind: 'meter',
      loc: { file: `${FIXTURES}/meter-range.ink`, line: 13 },
      example: { path: [{ choice: 2, text: 'Send everyone.' }] },
    });
    expect(report.endings.map((e: { id: string }) => e.id)).toEqual(['done']);
  });

  it('is reproducible: the same seed gives the same report', () => {
    const strip = (s: string) => s.replace(/[\d,]+ per second/, '');
    const a = check('dead-end.ink', '--seed', '7');
    const b = check('dead-end.ink', '--seed', '7');
    expect(strip(a.stdout)).toBe(strip(b.stdout));
  });
});

describe('mandate check on sound stories', () => {
  it('passes the ISAF example with exit 0', () => {
    const r = runCli(['check', '--story', 'examples/isaf/main.ink', '--runs', '100']);
    expect(r.stdout).toContain('Sound: no problems found.');
    expect(r.stdout).toMatch(/Reached 15\/15 knots, 1\/1 stitches, 20\/20 choices\./);
    expect(r.code).toBe(0);
  });
});

describe('mandate check usage errors', () => {
  it.each([
    [['--story', 'no/such/story.ink'], 'cannot read story no/such/story.ink: no such file'],
    [['--story', 'README.md'], '--story takes an .ink file or a compiled .json story'],
    [['--story', 'package.json'], 'package.json: not a compiled ink story'],
    [['--runs', 'lots'], "option '--runs <n>' argument 'lots' is invalid"],
    [['--scenario', 'medium'], 'unknown scenario "medium": use full, short or a scenario file'],
    [['--frobnicate'], "unknown option '--frobnicate'"],
  ])('%j: one line on stderr, exit 2', (args, message) => {
    expectRefusal(runCli(['check', ...args]), message);
  });
});
