/**
 * A player name full of path tricks and terminal escapes: it never leaves the saves folder as a
 * path, and never reaches the screen or a report as an escape sequence. (A NUL cannot travel in
 * an argument; the log and report tests cover NUL inside files.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

const NASTY = '\u001b]0;pwned\u0007../../etc/\u001b[31mEve\u001b[0m/..\\x\r';
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('a hostile player name', () => {
  it('stays a name: safe file name, no escapes on screen, in the saves list or in a report', () => {
    const home = tempHome();
    const play = runCli(['play', '--role', 'us', '--seed', '5', '--plain', '--player', NASTY], '1\n2\n', {
      MANDATE_HOME: home,
    });
    expect(play.code).toBe(0);
    expect(play.stdout).not.toMatch(CONTROL);
    const saves = readdirSync(join(home, 'saves'));
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatch(/^[A-Za-z0-9_-]+\.json$/);
    const log = JSON.parse(readFileSync(join(home, 'saves', saves[0]!), 'utf8'));
    expect(log.player).not.toMatch(CONTROL);
    expect(log.player).toContain('Eve');
    const list = runCli(['saves'], '', { MANDATE_HOME: home });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Eve');
    expect(list.stdout).not.toMatch(CONTROL);
    const report = runCli(['report', join(home, 'saves'), '--format', 'md'], '', { MANDATE_HOME: home });
    expect(report.code).toBe(0);
    expect(report.stdout).not.toMatch(CONTROL);
  });
});
