/**
 * Stories that break the engine, and stories as Inky and inklecate make them: a table of
 * `mandate play` and `mandate check` runs, each with the exit code and the lines a user sees.
 * Items of issue 15 ("hardening, round two") by number.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';
import { CONTROL, contractStory, hostileStories, write } from './fixtures.js';

const INKJS_COMPILER = new URL('../../node_modules/inkjs/bin/inkjs-compiler.js', import.meta.url).pathname;

const mandate = (args: string[], input = '', timeout?: number) => runCli(args, input, {}, timeout);

const dir = mkdtempSync(join(tmpdir(), 'mandate-stories-'));
const stories = hostileStories(join(dir, 'hostile'));

/** A story that ends, with one decision: the contract's letter and a full debrief. */
const ending = (id: string) =>
  `=== ${id} ===\n# ending: ${id}\n# title: ${id}\nIt ends. # history\nA? # question\nB? # question\nC? # question\n-> END\n`;

const made = {
  /** A story as an author writes it, for the inkjs compiler (which reads a BOM as text). */
  plain: write(dir, 'plain-for-inkjs.ink', `VAR role = ""\nVAR scenario = ""\nHello.\n* [Go] -> fin\n${ending('fin')}`),
  /** #15: a byte-order mark before the first statement, as Windows editors write it. */
  bom: write(
    dir,
    'bom.ink',
    `\ufeffVAR role = ""\nVAR scenario = ""\nThe mark is gone.\n* [Go] -> fin\n${ending('fin')}`,
  ),
  /** #17: a whole-number float literal. */
  float: write(
    dir,
    'float.ink',
    `VAR role = ""\nVAR scenario = ""\nVAR ratio = 1.0\nHalf of it is {ratio / 2}.\n* [Go] -> fin\n${ending('fin')}`,
  ),
  /** #18: a knot behind a one-in-a-million roll, and a choice whose condition is always false. */
  rare: write(
    dir,
    'rare.ink',
    `VAR role = ""\nVAR scenario = ""\n{RANDOM(1, 1000000) == 7: -> rare}\nPick.\n* [Go] -> fin\n* {false} [Never] -> fin\n=== rare ===\nA rare day.\n-> fin\n${ending('fin')}`,
  ),
  /** #19: a temporary read before it was ever set: inkjs warns, and plays on. */
  warns: write(
    dir,
    'warns.ink',
    `VAR role = ""\nVAR scenario = ""\n{false:\n  ~ temp x = 1\n}\nValue {x}.\n* [Go] -> fin\n${ending('fin')}`,
  ),
  /** #19: an ending reached by two ways, with a thin debrief the checker warns about. */
  thinEnding: write(
    dir,
    'thin-ending.ink',
    `VAR role = ""\nVAR scenario = ""\nPick.\n* [One] -> a\n* [Two] -> b\n=== a ===\nA.\n-> fin\n=== b ===\nB.\n-> fin\n=== fin ===\n# ending: fin\nDone.\n-> END\n`,
  ),
};

/** The inkjs compiler's own output, as an author's build would make it: a BOM, no visit counts. */
function compiledByInkjs(ink = made.plain): string {
  const out = ink.replace(/\.ink$/, '.json');
  const r = spawnSync(process.execPath, [INKJS_COMPILER, ink, '-o', out], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

describe('#12 a story that never reaches a choice', () => {
  it.each([
    ['choicelessLoop', 9, 'the story ran 250,000 steps without reaching a choice or an end'],
    ['textLoop', 6, 'the story printed 10,000 lines without reaching a choice or an end'],
    ['recursion', 13, 'functions or tunnels called 2,000 deep without returning'],
    ['tunnel', 8, 'functions or tunnels called 2,000 deep without returning'],
  ] as const)('%s: check exits 1 within 10 s, naming FILE:LINE', (story, line, why) => {
    const r = mandate(['check', '--story', stories[story]], '', 10_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${stories[story]}:${line}: ${why}`);
  });

  it('stops exploring after a few overruns, and says so', () => {
    const r = mandate(['check', '--story', stories.textLoop], '', 10_000);
    expect(r.stdout).toContain('Note: exploring stopped after 3 playthroughs ran past the step budget');
    expect(r.stdout).toMatch(/Explored 3 playthroughs/);
  });
});

describe('#2 a story that writes what a log cannot hold', () => {
  it.each([
    ['longOption', /a log cannot hold this: option 1 is 2,100 characters long/],
    ['manyOptions', /a log cannot hold this: 101 options are offered at once/],
    ['farTurn', /a log cannot hold this: # turn: 5000 is past the last turn/],
    ['longId', /a log cannot hold this: the story id \(# story:\) is 101 characters long/],
    ['longEnding', /a log cannot hold this: the ending id \(# ending:\) is 201 characters long/],
  ] as const)('%s: check is not "Sound", and says why', (story, why) => {
    const r = mandate(['check', '--story', stories[story], '--runs', '5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(why);
    expect(r.stdout).not.toContain('Sound');
  });
});

describe('#2 a # date: longer than a month', () => {
  it('is kept to its month, so the game saves a log that reads back', () => {
    const env = { MANDATE_HOME: tempHome() };
    const r = runCli(['play', '--story', stories.longDate, '--role', 'us', '--seed', '1', '--plain'], '1\n1\n', env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const saves = runCli(['saves', '--json'], '', env);
    const list = JSON.parse(saves.stdout);
    expect(list.problems).toEqual([]);
    expect(list.saves).toHaveLength(1);
  });
});

describe('#6 a story full of escape sequences', () => {
  it('check prints its ending titles, unreachable choices and dead ends without one', () => {
    const r = mandate(['check', '--story', stories.escapes, '--runs', '5']);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('unreachable: choice "Never here"');
    expect(r.stdout).toMatch(/dead end: .*last line: "Stop here Nobody comes here \."/);
    expect(r.stdout).toMatch(/fin\s+The {2}end/);
  });

  it('play shows its lines, choices and ending without one', () => {
    const r = mandate(['play', '--story', stories.escapes, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('Hello there.');
    expect(r.stdout).toContain('== The  end ==');
  });
});

describe('#9 names a story gives the engine', () => {
  it('event_on("__proto__") and track("constructor") are an unknown event and track, not a crash', () => {
    const r = mandate(['play', '--story', stories.prototypeNames, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Events are on.');
    expect(r.stdout).toContain('The track reads "".');
  });
});

describe('#15 #16 stories from Inky, inklecate and the inkjs compiler', () => {
  it('a byte-order mark at the start of an .ink is no text: its first statement counts', () => {
    const r = mandate(['play', '--story', made.bom, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The mark is gone.');
    expect(r.stdout).toContain('ending: fin');
  });

  it('a .json from the inkjs compiler (a BOM, no -c) plays', () => {
    const json = compiledByInkjs();
    expect(readFileSync(json, 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(json, 'utf8')).not.toContain('"#f":1');
    const r = mandate(['play', '--story', json, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ending: fin');
  });

  it('check warns that it was compiled without visit counts, instead of calling every knot unreachable', () => {
    const json = compiledByInkjs();
    const r = mandate(['check', '--story', json, '--runs', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning: the story was compiled without visit counts');
    expect(r.stdout).not.toMatch(/unreachable|not reached/);
    expect(r.stdout).toMatch(/Reached 1\/1 knots/);
  });
});

describe('#17 the Story the compiler returns is what plays', () => {
  it('a whole-number float literal stays a float, as in Inky: 1.0 / 2 is 0.5', () => {
    const r = mandate(['play', '--story', made.float, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Half of it is 0.5.');
  });
});

describe('#18 unreachable is what is proved; the rest was not reached', () => {
  it('names each for what it is', () => {
    const r = mandate(['check', '--story', made.rare, '--runs', '1', '--seed', '3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/rare\.ink:6: unreachable: choice "Never": its condition is always false/);
    expect(r.stdout).toMatch(/rare\.ink:7: not reached in \d+ playthroughs \(seed 3\): knot rare/);
    expect(r.stdout).not.toMatch(/never reached|unreachable: knot rare/);
  });
});

describe('#19 runtime warnings, ending lines, the version warning', () => {
  it('a runtime warning does not stop the game; check lists it at its line', () => {
    const play = mandate(['play', '--story', made.warns, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(play.stderr).toBe('');
    expect(play.code).toBe(0);
    expect(play.stdout).toContain('Value 0.');
    const check = mandate(['check', '--story', made.warns, '--runs', '3']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/warns\.ink:6: warning: runtime warning: Variable not found: 'x'/);
  });

  it('an ending is located at the same line whichever run reached it first', () => {
    const lines = [1, 2, 3, 4].map(
      (seed) =>
        mandate(['check', '--story', made.thinEnding, '--runs', '3', '--seed', String(seed)])
          .stdout.split('\n')
          .find((l) => l.includes('ending fin has'))!,
    );
    expect(lines[0]).toMatch(/thin-ending\.ink:13: warning: ending fin has no `# title:` tag/);
    expect(new Set(lines).size).toBe(1);
  });

  it("inkjs's warning about an older ink format stays off stderr; check reports it", () => {
    const json = compiledByInkjs();
    const older = write(dir, 'older.json', readFileSync(json, 'utf8').replace('"inkVersion":21', '"inkVersion":20'));
    const play = mandate(['play', '--story', older, '--role', 'us', '--seed', '1', '--plain'], '1\n');
    expect(play.stderr).toBe('');
    expect(play.code).toBe(0);
    const check = mandate(['check', '--story', older, '--runs', '3']);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(/warning: Version of ink 21 used to build story doesn't match/);
  });
});

describe('a story the engine can play all the same', () => {
  it('plays the contract story in the table fixture to its ending', () => {
    const file = write(dir, 'plain.ink', contractStory('Hello.\n* [Go on] -> the_end'));
    const r = mandate(['play', '--story', file, '--role', 'nato', '--seed', '1', '--plain'], '1\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ending: the-end');
  });
});
