/** `mandate play --story`: an author's .ink or .json through the same engine and plain mode. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { expectRefusal, runCli, tempHome } from '../helpers/cli.js';

describe('mandate play --story', () => {
  it('plays the ISAF example from its .ink, to an ending', () => {
    const r = runCli(
      ['play', '--story', 'examples/isaf/main.ink', '--role', 'nato', '--seed', '3', '--plain'],
      '1\n1\n1\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('On 11 August NATO takes command of ISAF in Kabul');
    expect(r.stdout).toContain('ending: nato-beyond-kabul');
    expect(r.code).toBe(0);
  });

  it("speaks in the story's own words: its role question, roles and track names", () => {
    const r = runCli(['play', '--story', 'examples/isaf/main.ink', '--seed', '3', '--plain'], '2\n1\n1\n1\n');
    expect(r.stdout).toMatch(
      /^Kabul, Brussels and Washington, August 2003\. Whose desk is yours\?\n {2}1\) US official: Get the allies/,
    );
    // Asking Kabul for a letter moves the invitation track, shown under the story's name for it.
    expect(r.stdout).toContain(
      "UN mandate beyond Kabul: none · Afghan request: sounding out · ISAF's reach: Kabul only",
    );
    expect(r.stdout).not.toContain('Iraqi invitation');
  });

  it("tells how to continue a game of an author's story, and that command continues it", () => {
    const env = { MANDATE_HOME: tempHome() };
    const story = 'examples/isaf/main.ink';
    // A campaign game left unfinished first, then a newer one of the ISAF story.
    const campaign = runCli(['play', '--role', 'us', '--seed', '1', '--plain'], '1\n', env);
    expect(campaign.stdout).toContain('continue with: mandate resume\n');
    const first = runCli(['play', '--story', story, '--role', 'nato', '--seed', '3', '--plain'], '1\n', env);
    const hint = first.stdout.match(/continue with: mandate (resume \S+ --story \S+)\n/);
    expect(hint?.[1]).toMatch(new RegExp(`^resume ${env.MANDATE_HOME}/saves/\\S+\\.json --story ${story}$`));
    // Replaying an unfinished game ends with the same command, the story named when needed.
    const isafFile = hint![1]!.split(' ')[1]!;
    const replay = runCli(['replay', '--plain', '--story', story, isafFile], '', env);
    expect(replay.stdout).toContain(`Continue with: mandate resume ${isafFile} --story ${story}\n`);
    // The list of saves says which story each game is of.
    const saves = runCli(['saves'], '', env).stdout.split('\n');
    expect(saves[2]).toMatch(/-\s+isaf\s+nato\s+full\s+1\s+playing/);
    expect(saves[3]).toMatch(/-\s+mandate\s+us\s+full\s+1\s+playing/);
    // A bare `mandate resume` continues the latest game of the campaign, passing over the ISAF one.
    const bare = runCli(['resume', '--plain'], '', env);
    expect(bare.stderr).toBe('');
    expect(bare.stdout).toMatch(/^Resuming (\S+_us_\S+\.json) after 1 decision; saving to \1\./);
    const rest = runCli([...hint![1]!.split(' '), '--plain'], '1\n1\n', env);
    expect(rest.stderr).toBe('');
    expect(rest.stdout).toContain('Resuming');
    expect(rest.stdout).toContain('ending: nato-beyond-kabul');
    // With no unfinished game of a story, resume says so and how to start one.
    const none = runCli(['resume', '--story', story, '--plain'], '', env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /no unfinished game of this story in .*; start one with: mandate play --story examples/,
    );
  });

  it('plays a compiled .json story the same way', () => {
    const compiled = compileStoryFile('examples/isaf/main.ink');
    const file = join(mkdtempSync(join(tmpdir(), 'mandate-story-')), 'isaf.json');
    writeFileSync(file, compiled.json!);
    const r = runCli(['play', '--story', file, '--role', 'us', '--seed', '3', '--plain'], '2\n2\n1\n');
    expect(r.stdout).toContain('ending: us-kabul-only');
    expect(r.code).toBe(0);
  });

  it.each([
    ['unbound-external.ink', 'tests/check/fixtures/unbound-external.ink:4: EXTERNAL secret_poll() is not provided'],
    ['compile-error.ink', "tests/check/fixtures/compile-error.ink:9: Divert target not found: '-> agred'"],
  ])('refuses %s with one line naming what is wrong, exit 2', (file, message) => {
    expectRefusal(
      runCli(['play', '--story', `tests/check/fixtures/${file}`, '--role', 'us', '--plain'], '1\n'),
      message,
    );
  });

  it('stops a story that breaks mid-game with one line, exit 2, not an internal error', () => {
    const file = 'tests/check/fixtures/illegal-track.ink';
    const r = runCli(['play', '--story', file, '--role', 'us', '--seed', '1', '--plain'], '2\n');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^mandate: tests\/check\/fixtures\/illegal-track.ink: story error: move_track: illegal track transition: un cannot move from "none" to "passed"/,
    );
  });

  it('names a missing VAR role and a story with no ending tag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-story-'));
    writeFileSync(join(dir, 'norole.ink'), 'VAR scenario = ""\nHello. # ending: hello\n-> END\n');
    writeFileSync(join(dir, 'notag.ink'), 'VAR role = ""\nVAR scenario = ""\nHello.\n-> END\n');
    const a = runCli(['play', '--story', join(dir, 'norole.ink'), '--role', 'us', '--plain']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('missing VAR role');
    const b = runCli(['play', '--story', join(dir, 'notag.ink'), '--role', 'us', '--plain']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('no ending: no line of the story has an `# ending: <id>` tag');
  });
});
