import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ones = '1\n'.repeat(60);

describe('plain mode', () => {
  for (const role of ['us', 'nato']) {
    it(`plays the ${role} role to an ending from piped input`, () => {
      const r = runCli(['play', '--role', role, '--seed', '1', '--plain'], ones);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^ending: ${role}-[a-z0-9-]+$`, 'm'));
      expect(r.stdout).toContain('1) ');
      // The status line names the desk's meter: political capital in Washington, trust at NATO.
      const [mine, other] = role === 'us' ? ['capital', 'trust'] : ['trust', 'capital'];
      expect(r.stdout).toMatch(new RegExp(`^${mine} \\d+( \\([+-]\\d+\\))? · US troops `, 'm'));
      expect(r.stdout).not.toMatch(new RegExp(`^${other} \\d+`, 'm'));
    });
  }

  it('gives an identical transcript for the same seed and choices', () => {
    const input = '2\n1\n2\n1\n1\n2\n1\n'.repeat(8);
    const a = runCli(['play', '--role', 'nato', '--seed', '42', '--plain'], input);
    const b = runCli(['play', '--role', 'nato', '--seed', '42', '--plain'], input);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(200);
  });

  it('prints the glossary on w, offers it under the options, and asks again', () => {
    const r = runCli(['play', '--role', 'nato', '--seed', '1', '--plain'], `w\n${ones}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  (t: the state of play and the table · w: the glossary)');
    const at = r.stdout.indexOf('> Glossary\n');
    expect(at).toBeGreaterThan(0);
    const glossary = r.stdout.slice(at, r.stdout.indexOf('\n\n>', at));
    for (const term of ['CPA', 'IGC', 'NAC', 'SACEUR', 'UNSCR', 'P5', 'Veto', 'Sovereignty', 'Brigade', 'Battalion']) {
      expect(glossary, term).toMatch(new RegExp(`^  ${term}: \\S`, 'm'));
    }
    expect(glossary).toContain('  CPA: the Coalition Provisional Authority');
    expect(r.stdout).toMatch(/^ending: nato-/m);
  });

  it('is chosen automatically when stdin is not a terminal', () => {
    const r = runCli(['play', '--role', 'us', '--seed', '1'], ones);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ending: us-/m);
  });

  it('answers a bad line with a hint and asks again', () => {
    const r = runCli(['play', '--role', 'us', '--seed', '1', '--plain'], `x\n0\n99\n${ones}`);
    expect(r.code).toBe(0);
    // The campaign declares a table and a glossary, so the hint offers `t` and `w` too.
    expect(r.stdout.match(/Please type a number from 1 to \d+, or t, w\./g)).toHaveLength(3);
    expect(r.stdout).toMatch(/^ending: us-/m);
  });

  it('says so and exits 0 when input ends before the game does', () => {
    const r = runCli(['play', '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Input ended before the game did.');
    expect(r.stdout).not.toMatch(/^ending:/m);
  });

  it('says how to continue a game left after a decision, and nothing for one left before any', () => {
    const after = runCli(['play', '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(after.stdout).toContain('continue with: mandate resume');
    // Continue and a bare `mandate resume` pass over a game with no decision: no hint to it.
    const before = runCli(['play', '--role', 'us', '--seed', '1', '--plain'], '');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('Input ended before the game did.');
    expect(before.stdout).not.toContain('continue with');
  });

  it('asks for the role when none is given', () => {
    const r = runCli(['play', '--seed', '1', '--plain'], `2\n${ones}`);
    expect(r.stdout).toContain('Whose desk is yours?');
    expect(r.stdout).toMatch(/^ending: nato-/m);
  });
});

describe('command line errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown flag', ['play', '--bogus'], /unknown option '--bogus'/],
    ['bad seed', ['play', '--seed', 'abc'], /seed is a whole number/],
    ['bad role', ['play', '--role', 'france'], /role is "us" or "nato"/],
    ['unknown command', ['fly'], /unknown command 'fly'/],
    ['missing value', ['play', '--role'], /argument missing/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: one line on stderr, exit 2`, () => {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toContain('Exit codes');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
