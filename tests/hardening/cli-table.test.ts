/**
 * Every command and flag with a bad value: one clear line on stderr, the documented exit code,
 * no stack trace, no escape sequence, and no file created or changed outside the data
 * directory. The commands run in a fresh working directory whose contents (and the input files)
 * are compared before and after each case. The cases of issue 15 ("hardening, round two") carry
 * the number of the item they reproduce: `#8 MANDATE_HOME is a file`.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { unprivileged } from '../helpers/unprivileged.js';
import { finishedLog, snapshot, unfinishedLog, writeJson } from '../logs/fixtures.js';
import { CONTROL, escapedLog, hostileStories, notCompiledInk, sortedKeys, specialFiles, write } from './fixtures.js';

/** Makes file writes fail as on a full (or read-only) disk: see fixtures/fault-fs.mjs. */
const FAULT = new URL('./fixtures/fault-fs.mjs', import.meta.url).pathname;

interface Case {
  name: string;
  args: (f: Files) => string[];
  code: number;
  stderr: RegExp;
  input?: string;
  /** Run as an unprivileged user (root reads any file whatever its mode). */
  unprivileged?: boolean;
  /** Extra environment (MANDATE_HOME somewhere else, a storage fault to simulate). */
  env?: (f: Files) => Record<string, string>;
  /** Preload fault-fs.mjs: the disk fails as MANDATE_TEST_FAULT says (in `env`). */
  fault?: boolean;
  /** Standard output goes to /dev/full. */
  stdoutFull?: boolean;
}

interface Files {
  dir: string;
  log: string;
  unfinished: string;
  notLog: string;
  notJson: string;
  empty: string;
  locked: string;
  scenarioBad: string;
  /** Issue 15's hostile inputs (tests/hardening/fixtures.ts). */
  stories: ReturnType<typeof hostileStories>;
  notInk: ReturnType<typeof notCompiledInk>;
  special: ReturnType<typeof specialFiles>;
  sortedLog: string;
  spacedLog: string;
  escapedStoryLog: string;
  /** A log whose game another process holds (its lock names a running process: the test runner). */
  heldLog: string;
  /** A file where the data directory should be, and a data directory whose saves folder is a file. */
  homeFile: string;
  homeSavesFile: string;
  /** A data directory, and a folder, that nobody may write to. */
  readOnlyHome: string;
  readOnlyDir: string;
}

function setup(): { cwd: string; home: string; files: Files } {
  const cwd = mkdtempSync(join(tmpdir(), 'mandate-table-'));
  const home = join(cwd, 'home');
  mkdirSync(home);
  const inputs = join(cwd, 'inputs');
  mkdirSync(join(inputs, 'folder'), { recursive: true });
  const files: Files = {
    dir: join(inputs, 'folder'),
    log: writeJson(inputs, 'game.json', finishedLog('us', 3)),
    unfinished: writeJson(inputs, 'open.json', unfinishedLog(2, 'nato', 5)),
    notLog: writeJson(inputs, 'package.json', { name: 'not-a-log', version: '1.0.0' }),
    notJson: join(inputs, 'notes.txt'),
    empty: join(inputs, 'empty.json'),
    locked: writeJson(inputs, 'locked.json', finishedLog('nato', 4)),
    scenarioBad: writeJson(inputs, 'scenario.json', { id: 'x', title: 'T', story: 'full', turns: 0 }),
    stories: hostileStories(join(inputs, 'stories')),
    notInk: notCompiledInk(join(inputs, 'not-ink')),
    special: { fifoInk: '', fifoJson: '', zeroInk: '', zeroJson: '' },
    sortedLog: write(inputs, 'sorted.json', `${JSON.stringify(sortedKeys(finishedLog('us', 5)), null, 2)}\n`),
    spacedLog: write(inputs, 'spaced.json', `\n\n   ${JSON.stringify(finishedLog('nato', 6))}\n`),
    escapedStoryLog: writeJson(inputs, 'escaped.json', escapedLog(finishedLog('us', 8))),
    heldLog: writeJson(join(inputs, 'held'), 'held.json', unfinishedLog(1, 'us', 9)),
    homeFile: join(cwd, 'home-is-a-file'),
    homeSavesFile: join(cwd, 'home-saves-file', 'saves'),
    readOnlyHome: join(cwd, 'read-only-home'),
    readOnlyDir: join(cwd, 'read-only'),
  };
  writeFileSync(files.notJson, 'these are my lesson notes\n');
  writeFileSync(files.empty, '');
  chmodSync(files.locked, 0o000);
  for (const d of [cwd, home, inputs]) chmodSync(d, 0o777);
  // Outside `inputs`, which the table reads before and after each case: a FIFO would block it.
  files.special = specialFiles(join(cwd, 'special'));
  writeFileSync(`${files.heldLog}.lock`, `${process.pid}\n`);
  mkdirSync(join(files.homeSavesFile, '..'), { recursive: true });
  writeFileSync(files.homeSavesFile, 'not a folder\n');
  writeFileSync(files.homeFile, 'not a folder\n');
  mkdirSync(files.readOnlyHome, { recursive: true });
  mkdirSync(files.readOnlyDir, { recursive: true });
  chmodSync(files.readOnlyHome, 0o555);
  chmodSync(files.readOnlyDir, 0o555);
  return { cwd, home, files };
}

const usage = 2;
const CASES: Case[] = [
  // Unknown command and unknown flags, command by command.
  { name: 'unknown command', args: () => ['fly'], code: usage, stderr: /unknown command 'fly'/ },
  { name: 'unknown top-level flag', args: () => ['--fly'], code: usage, stderr: /unknown option '--fly'/ },
  ...['play', 'resume', 'saves', 'check'].map((cmd) => ({
    name: `${cmd}: unknown flag`,
    args: () => [cmd, '--bogus'],
    code: usage,
    stderr: /unknown option '--bogus'/,
  })),
  ...['replay', 'debrief', 'report', 'export'].map((cmd) => ({
    name: `${cmd}: unknown flag`,
    args: (f: Files) => [cmd, f.log, '--bogus'],
    code: usage,
    stderr: /unknown option '--bogus'/,
  })),
  // Missing arguments.
  ...['replay', 'debrief', 'report', 'export'].map((cmd) => ({
    name: `${cmd}: missing log`,
    args: () => [cmd],
    code: usage,
    stderr: /missing required argument/,
  })),
  ...(['--seed', '--role', '--scenario', '--player', '--log', '--story', '--from'] as const).map((flag) => ({
    name: `play ${flag}: missing value`,
    args: () => ['play', flag],
    code: usage,
    stderr: /argument missing/,
  })),
  { name: 'check --runs: missing value', args: () => ['check', '--runs'], code: usage, stderr: /argument missing/ },
  {
    name: 'report --out: missing value',
    args: (f) => ['report', f.log, '--out'],
    code: usage,
    stderr: /argument missing/,
  },
  // Wrong types and values.
  { name: 'play --seed -1', args: () => ['play', '--seed', '-1'], code: usage, stderr: /seed/ },
  { name: 'play --seed 1.5', args: () => ['play', '--seed', '1.5'], code: usage, stderr: /seed is a whole number/ },
  {
    name: 'play --seed huge',
    args: () => ['play', '--seed', '99999999999'],
    code: usage,
    stderr: /seed is a whole number/,
  },
  { name: 'play --role france', args: () => ['play', '--role', 'france'], code: usage, stderr: /"us" or "nato"/ },
  { name: 'play --scenario nope', args: () => ['play', '--scenario', 'nope', '--plain'], code: usage, stderr: /nope/ },
  {
    name: 'play --scenario invalid file',
    args: (f) => ['play', '--scenario', f.scenarioBad, '--plain'],
    code: usage,
    stderr: /scenario\.json/,
  },
  { name: 'play --at without --from', args: () => ['play', '--at', '2', '--plain'], code: usage, stderr: /--from/ },
  {
    name: 'play --from LOG --at 999',
    args: (f) => ['play', '--from', f.log, '--at', '999', '--plain'],
    code: usage,
    stderr: /999/,
  },
  { name: 'check --runs 0', args: () => ['check', '--runs', '0'], code: usage, stderr: /at least 1/ },
  { name: 'check --runs abc', args: () => ['check', '--runs', 'abc'], code: usage, stderr: /at least 1/ },
  { name: 'replay --at x', args: (f) => ['replay', f.log, '--at', 'x'], code: usage, stderr: /--at/ },
  {
    name: 'replay --at 0',
    args: (f) => ['replay', f.log, '--at', '0', '--plain'],
    code: usage,
    stderr: /--at|decision/,
  },
  { name: 'report --format pdf', args: (f) => ['report', f.log, '--format', 'pdf'], code: usage, stderr: /pdf/ },
  { name: 'debrief --format pdf', args: (f) => ['debrief', f.log, '--format', 'pdf'], code: usage, stderr: /pdf/ },
  { name: 'report --out r.pdf', args: (f) => ['report', f.log, '--out', 'r.pdf'], code: usage, stderr: /r\.pdf/ },
  // A directory where a file is expected.
  { name: 'replay DIR', args: (f) => ['replay', f.dir, '--plain'], code: usage, stderr: /is a directory/ },
  { name: 'replay --verify DIR', args: (f) => ['replay', '--verify', f.dir], code: usage, stderr: /is a directory/ },
  { name: 'resume DIR', args: (f) => ['resume', f.dir, '--plain'], code: usage, stderr: /is a directory/ },
  { name: 'debrief DIR', args: (f) => ['debrief', f.dir], code: usage, stderr: /is a folder: add --out FOLDER/ },
  { name: 'play --from DIR', args: (f) => ['play', '--from', f.dir, '--plain'], code: usage, stderr: /is a directory/ },
  {
    name: 'play --scenario DIR',
    args: (f) => ['play', '--scenario', f.dir, '--plain'],
    code: usage,
    stderr: /is a folder/,
  },
  {
    name: 'play --story DIR',
    args: (f) => ['play', '--story', f.dir, '--plain'],
    code: usage,
    stderr: /an \.ink file or a compiled \.json/,
  },
  {
    name: 'check --story DIR',
    args: (f) => ['check', '--story', f.dir],
    code: usage,
    stderr: /an \.ink file or a compiled \.json/,
  },
  { name: 'play --log DIR', args: (f) => ['play', '--log', f.dir, '--plain'], code: usage, stderr: /folder/ },
  {
    name: 'debrief --out DIR',
    args: (f) => ['debrief', f.log, '--out', f.dir],
    code: usage,
    stderr: /director|folder/,
  },
  // A path without permission.
  ...(['replay', 'debrief'] as const).map((cmd) => ({
    name: `${cmd} unreadable file`,
    args: (f: Files) => [cmd, f.locked, '--plain'].slice(0, cmd === 'debrief' ? 2 : 3),
    code: usage,
    stderr: /permission denied/,
    unprivileged: true,
  })),
  {
    name: 'replay --verify unreadable',
    args: (f) => ['replay', '--verify', f.locked],
    code: usage,
    stderr: /permission denied/,
    unprivileged: true,
  },
  // A file that is not a log.
  {
    name: 'replay not-a-log',
    args: (f) => ['replay', f.notLog, '--plain'],
    code: usage,
    stderr: /not a Mandate decision log/,
  },
  {
    name: 'replay --verify not JSON',
    args: (f) => ['replay', '--verify', f.notJson],
    code: usage,
    stderr: /not valid JSON/,
  },
  { name: 'resume empty file', args: (f) => ['resume', f.empty, '--plain'], code: usage, stderr: /empty/ },
  { name: 'debrief not-a-log', args: (f) => ['debrief', f.notLog], code: usage, stderr: /not a Mandate decision log/ },
  {
    name: 'play --from not JSON',
    args: (f) => ['play', '--from', f.notJson, '--plain'],
    code: usage,
    stderr: /not valid JSON/,
  },
  {
    name: 'play --story not ink',
    args: (f) => ['play', '--story', f.notJson, '--plain'],
    code: usage,
    stderr: /notes\.txt/,
  },
  {
    name: 'play --log existing file',
    args: (f) => ['play', '--log', f.log, '--plain'],
    code: usage,
    stderr: /already exists/,
  },
  { name: 'resume a finished game', args: (f) => ['resume', f.log, '--plain'], code: usage, stderr: /has ended/ },
  { name: 'resume: nothing to resume', args: () => ['resume', '--plain'], code: usage, stderr: /no unfinished game/ },
  // Issue 15, hardening round two.
  // #1 A name a log cannot hold is refused before the first decision, not a game later.
  {
    name: '#1 play --player of 300 characters',
    args: () => ['play', '--role', 'us', '--plain', '--player', 'P'.repeat(300)],
    code: usage,
    stderr: /player name is at most 200 characters/,
  },
  {
    name: '#1 play --from LOG --at 2 --player of 300 characters',
    args: (f) => ['play', '--from', f.log, '--at', '2', '--plain', '--player', 'P'.repeat(300)],
    code: usage,
    stderr: /player name is at most 200 characters/,
  },
  // #2 A story that would write a log the game cannot read back stops, at the first save that would.
  ...(
    [
      ['longOption', /option 1 is 2,100 characters long/],
      ['manyOptions', /101 options are offered at once/],
      ['farTurn', /# turn: 5000 is past the last turn/],
      ['longId', /the story id \(# story:\) is 101 characters long/],
      ['longEnding', /the ending id \(# ending:\) is 201 characters long/],
    ] as const
  ).map(([story, why]) => ({
    name: `#2 play --story ${story}`,
    args: (f: Files) => ['play', '--story', f.stories[story], '--role', 'us', '--seed', '1', '--plain'],
    input: '1\n1\n',
    code: usage,
    stderr: new RegExp(`the game cannot be saved: .*${why.source}`),
  })),
  // #3 --out decides by parsing: a log with sorted keys or leading blank lines is still a log.
  ...(['sortedLog', 'spacedLog'] as const).flatMap((log) =>
    (['report', 'debrief'] as const).map((cmd) => ({
      name: `#3 ${cmd} --out over ${log}`,
      args: (f: Files) => [cmd, f.log, '--out', f[log]],
      code: usage,
      stderr: /is a decision log/,
    })),
  ),
  // #4 A game open in another Mandate is refused, not silently overwritten by the last writer.
  {
    name: '#4 resume a log another process holds',
    args: (f) => ['resume', f.heldLog, '--plain'],
    code: usage,
    stderr: /open in another Mandate \(process \d+\)/,
  },
  // #5 --out never replaces a device, a FIFO or anything but a regular file.
  {
    name: '#5 report --out /dev/full',
    args: (f) => ['report', f.log, '--out', '/dev/full'],
    code: usage,
    stderr: /not a regular file/,
  },
  {
    name: '#5 debrief --out /dev/null',
    args: (f) => ['debrief', f.log, '--out', '/dev/null'],
    code: usage,
    stderr: /not a regular file/,
  },
  {
    name: '#5 report --out FIFO',
    args: (f) => ['report', f.log, '--out', f.special.fifoJson],
    code: usage,
    stderr: /not a regular file/,
  },
  // The research export: its --out is refused as a report's is, and a full disk leaves nothing.
  {
    name: 'export --out: missing value',
    args: (f) => ['export', f.log, '--out'],
    code: usage,
    stderr: /argument missing/,
  },
  { name: 'export without --out', args: (f) => ['export', f.log], code: usage, stderr: /needs --out/ },
  { name: 'export --out r.pdf', args: (f) => ['export', f.log, '--out', 'r.pdf'], code: usage, stderr: /r\.pdf/ },
  {
    name: 'export --format xlsx',
    args: (f) => ['export', f.log, '--out', 'r.csv', '--format', 'xlsx'],
    code: usage,
    stderr: /argument 'xlsx' is invalid/,
  },
  {
    name: 'export --out /dev/full',
    args: (f) => ['export', f.log, '--out', '/dev/full', '--format', 'csv'],
    code: usage,
    stderr: /not a regular file/,
  },
  {
    name: 'export --out FIFO',
    args: (f) => ['export', f.log, '--out', f.special.fifoJson, '--format', 'parquet'],
    code: usage,
    stderr: /not a regular file/,
  },
  {
    name: 'export --out over a log with sorted keys',
    args: (f) => ['export', f.log, '--out', f.sortedLog, '--format', 'csv'],
    code: usage,
    stderr: /is a decision log/,
  },
  ...(['parquet', 'csv'] as const).map((format) => ({
    name: `export to a full disk (${format})`,
    args: (f: Files) => ['export', f.log, '--out', join(f.dir, `..`, `class.${format}`)],
    fault: true,
    env: () => ({ MANDATE_TEST_FAULT: 'ENOSPC' }),
    code: usage,
    stderr: new RegExp(`class\\.${format}: no space left on the disk`),
  })),
  // #6 Ids and bytes from files reach the one line of an error only through the sanitiser
  // (every case here also asserts that no control character reaches stdout or stderr).
  ...(
    [
      ['replay', (f: Files) => ['replay', f.escapedStoryLog, '--plain']],
      ['replay --verify', (f: Files) => ['replay', '--verify', f.escapedStoryLog]],
      ['resume', (f: Files) => ['resume', f.escapedStoryLog, '--plain']],
      ['debrief', (f: Files) => ['debrief', f.escapedStoryLog]],
      ['fork', (f: Files) => ['play', '--from', f.escapedStoryLog, '--at', '1', '--plain']],
    ] as const
  ).map(([cmd, args]) => ({
    name: `#6 ${cmd} of a log whose story id holds escapes`,
    args,
    code: usage,
    stderr: /of the story "mandate/,
  })),
  {
    name: '#6 play --scenario /etc/passwd: no bytes of the file echoed',
    args: () => ['play', '--scenario', '/etc/passwd', '--plain'],
    code: usage,
    stderr: /^mandate: scenario \/etc\/passwd: not valid JSON\n$/,
  },
  {
    name: '#6 a compile error quoting a line full of escapes',
    args: (f) => ['play', '--story', f.stories.escapedError, '--plain'],
    code: usage,
    stderr: /escaped-error\.ink:3: /,
  },
  // #7 An author's story includes only files under its own folder.
  {
    name: '#7 INCLUDE ../../etc/hostname',
    args: (f) => ['play', '--story', f.stories.includeOutside, '--plain', '--role', 'us'],
    code: usage,
    stderr: /include-outside\.ink:1: INCLUDE .*etc\/hostname is outside the story's folder/,
  },
  // #8 Storage faults are the user's to fix: one line, exit 2, never "internal error".
  {
    name: '#8 MANDATE_HOME is a file',
    args: () => ['play', '--role', 'us', '--seed', '1', '--plain'],
    env: (f) => ({ MANDATE_HOME: f.homeFile }),
    code: usage,
    stderr: /cannot save: a part of the path is a file, not a folder/,
  },
  {
    name: '#8 the saves folder is a file',
    args: () => ['play', '--role', 'us', '--seed', '1', '--plain'],
    env: (f) => ({ MANDATE_HOME: join(f.homeSavesFile, '..') }),
    code: usage,
    stderr: /cannot save: (a part of the path is a file|a file is in the way)/,
  },
  {
    name: '#8 MANDATE_HOME not writable',
    args: () => ['play', '--role', 'us', '--seed', '1', '--plain'],
    env: (f) => ({ MANDATE_HOME: f.readOnlyHome }),
    unprivileged: true,
    code: usage,
    stderr: /cannot save: permission denied/,
  },
  {
    name: '#8 disk full',
    args: () => ['play', '--role', 'us', '--seed', '1', '--plain'],
    fault: true,
    env: () => ({ MANDATE_TEST_FAULT: 'ENOSPC' }),
    code: usage,
    stderr: /cannot save: no space left on the disk/,
  },
  {
    name: '#8 read-only file system',
    args: () => ['play', '--role', 'us', '--seed', '1', '--plain'],
    fault: true,
    env: () => ({ MANDATE_TEST_FAULT: 'EROFS' }),
    code: usage,
    stderr: /cannot save: read-only file system/,
  },
  {
    name: '#8 disk full mid-game in plain mode',
    args: () => ['play', '--role', 'nato', '--seed', '2', '--plain'],
    input: '1\n1\n1\n1\n',
    fault: true,
    env: () => ({ MANDATE_TEST_FAULT: 'ENOSPC', MANDATE_TEST_FAULT_AFTER: '2' }),
    code: usage,
    stderr: /cannot save: no space left on the disk/,
  },
  {
    name: '#8 --log into a folder nobody may write',
    args: (f) => ['play', '--role', 'us', '--plain', '--log', join(f.readOnlyDir, 'game.json')],
    unprivileged: true,
    code: usage,
    stderr: /cannot save the game there/,
  },
  {
    name: '#8 --log with a trailing slash',
    args: (f) => ['play', '--role', 'us', '--plain', '--log', `${join(f.dir, 'new')}/`],
    code: usage,
    stderr: /--log needs a file name/,
  },
  // #9 A .json that is not compiled ink, in every command that takes --story.
  ...(['emptyObject', 'array', 'string', 'null', 'newer', 'deep'] as const).flatMap((bad) =>
    (
      [
        ['play', (f: Files) => ['play', '--story', f.notInk[bad], '--role', 'us', '--plain']],
        ['replay', (f: Files) => ['replay', f.log, '--plain', '--story', f.notInk[bad]]],
        ['debrief', (f: Files) => ['debrief', f.log, '--story', f.notInk[bad]]],
        ['report', (f: Files) => ['report', f.log, '--story', f.notInk[bad]]],
        ['resume', (f: Files) => ['resume', f.unfinished, '--plain', '--story', f.notInk[bad]]],
        ['fork', (f: Files) => ['play', '--from', f.log, '--at', '1', '--plain', '--story', f.notInk[bad]]],
      ] as const
    ).map(([cmd, args]) => ({
      name: `#9 ${cmd} --story ${bad}.json`,
      args,
      code: usage,
      stderr: /not a compiled ink story/,
    })),
  ),
  // #10 Output that cannot be written: one line, exit 2, in every command.
  ...(
    [
      ['--help', () => ['--help']],
      ['--version', () => ['--version']],
      ['saves', () => ['saves']],
      ['replay --plain', (f: Files) => ['replay', f.log, '--plain']],
      ['replay --verify', (f: Files) => ['replay', '--verify', f.log]],
      ['debrief', (f: Files) => ['debrief', f.log]],
      ['report', (f: Files) => ['report', f.log]],
      ['check', () => ['check', '--runs', '1', '--scenario', 'short']],
      ['play --plain', () => ['play', '--role', 'us', '--seed', '1', '--plain']],
      ['no command', () => []],
    ] as const
  ).map(([cmd, args]) => ({
    name: `#10 ${cmd} > /dev/full`,
    args,
    stdoutFull: true,
    code: usage,
    stderr: /cannot write the output: no space left on the device/,
  })),
  // #12 A story that never reaches a choice stops at its line, in play as in check.
  ...(
    [
      ['choicelessLoop', /loop\.ink:9: story error: the story ran 250,000 steps without reaching a choice/],
      ['textLoop', /text-loop\.ink:6: story error: the story printed 10,000 lines without reaching a choice/],
      ['recursion', /recursion\.ink:13: story error: functions or tunnels called 2,000 deep without returning/],
      ['tunnel', /tunnel\.ink:8: story error: functions or tunnels called 2,000 deep without returning/],
    ] as const
  ).map(([story, why]) => ({
    name: `#12 play --story ${story}`,
    args: (f: Files) => ['play', '--story', f.stories[story], '--role', 'us', '--seed', '1', '--plain'],
    input: '1\n',
    code: usage,
    stderr: why,
  })),
  // #13 A FIFO or /dev/zero is refused at once, never read.
  ...(
    [
      ['--scenario FIFO', (f: Files) => ['play', '--scenario', f.special.fifoJson, '--plain']],
      ['--scenario /dev/zero', () => ['play', '--scenario', '/dev/zero', '--plain']],
      ['--story FIFO.ink', (f: Files) => ['play', '--story', f.special.fifoInk, '--plain']],
      ['--story FIFO.json', (f: Files) => ['play', '--story', f.special.fifoJson, '--plain']],
      ['--story zero.ink', (f: Files) => ['play', '--story', f.special.zeroInk, '--plain']],
      ['--story zero.json', (f: Files) => ['play', '--story', f.special.zeroJson, '--plain']],
      ['check --story FIFO.ink', (f: Files) => ['check', '--story', f.special.fifoInk]],
    ] as const
  ).map(([what, args]) => ({
    name: `#13 ${what}`,
    args,
    code: usage,
    stderr: /not a regular file/,
  })),
];

function run(c: Case, cwd: string, home: string, files: Files) {
  // As nobody, from a copy of the program nobody can read (the clone may be in /root).
  const who = c.unprivileged ? unprivileged() : { bin: BIN, options: {} };
  const full = c.stdoutFull ? openSync('/dev/full', 'w') : undefined;
  try {
    return spawnSync(process.execPath, [...(c.fault ? ['--import', FAULT] : []), who.bin, ...c.args(files)], {
      cwd,
      input: c.input ?? '',
      encoding: 'utf8',
      env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1', ...c.env?.(files) },
      timeout: 60_000,
      ...(full !== undefined ? { stdio: ['pipe', full, 'pipe'] } : {}),
      ...who.options,
      ...(c.unprivileged ? { cwd } : {}),
    });
  } finally {
    if (full !== undefined) closeSync(full);
  }
}

describe('every command with bad input', () => {
  const { cwd, home, files } = setup();
  for (const c of CASES) {
    it(`${c.name}: one line on stderr, exit ${c.code}`, () => {
      const outside = snapshot(join(cwd, 'inputs'));
      const r = run(c, cwd, home, files);
      expect(r.stderr).toMatch(c.stderr);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^mandate: /);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
      // Whatever a file held, no escape sequence or control character reaches the terminal.
      expect(r.stderr).not.toMatch(CONTROL);
      expect(r.stdout ?? '').not.toMatch(CONTROL);
      expect(r.status).toBe(c.code);
      expect(snapshot(join(cwd, 'inputs'))).toEqual(outside);
    });
  }
});

describe('input that ends', () => {
  it('empty stdin: plain mode says input ended and exits 0, saving the game', () => {
    const { cwd, home } = setup();
    const r = run(
      { name: '', args: () => ['play', '--role', 'us', '--seed', '1'], code: 0, stderr: /^$/ },
      cwd,
      home,
      {} as Files,
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Input ended before the game did.');
  });

  it('stdin closed mid-game: the decisions made are kept and the game can be resumed', () => {
    const { cwd, home } = setup();
    const first = run(
      { name: '', args: () => ['play', '--role', 'nato', '--seed', '9'], code: 0, stderr: /^$/, input: '1\n2\n' },
      cwd,
      home,
      {} as Files,
    );
    expect(first.status).toBe(0);
    const again = run({ name: '', args: () => ['resume'], code: 0, stderr: /^$/, input: '' }, cwd, home, {} as Files);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/after 2 decisions/);
  });
});

/** Runs a shell pipeline; returns the exit status of every command in it and what bash printed on stderr. */
function pipeline(script: string, home: string) {
  const r = spawnSync('bash', ['-c', `${script}; echo "status \${PIPESTATUS[*]}" >&2`], {
    encoding: 'utf8',
    env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1', BIN },
    timeout: 60_000,
  });
  const m = /status ([\d ]+)\n?$/.exec(r.stderr);
  return {
    stderr: r.stderr.replace(/status [\d ]+\n?$/, ''),
    stdout: r.stdout,
    statuses: m?.[1]?.split(' ').map(Number),
  };
}

describe('#10 output and input that go away', () => {
  it.each([
    ['--help', 'node "$BIN" --help'],
    ['play --plain', 'yes 1 | head -50 | node "$BIN" play --role us --seed 3 --plain'],
    ['replay --plain', `node "$BIN" replay ${JSON.stringify('LOG')} --plain`],
  ])('%s | head -c 10: no stack trace, exit 0', (_, command) => {
    const { cwd, home, files } = setup();
    const r = pipeline(`cd ${cwd} && ${command.replace('LOG', files.log)} | head -c 10 > /dev/null`, home);
    expect(r.stderr).toBe('');
    // The last but one command is mandate (a `yes | head` may come before it).
    expect(r.statuses?.at(-2)).toBe(0);
  });

  it('play --plain <&- (stdin closed): ends as input that ended, not an internal error', () => {
    const { home } = setup();
    const r = pipeline('node "$BIN" play --role us --seed 4 --plain <&-', home);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.statuses?.[0]).toBe(0);
    expect(r.stdout).toContain('Input ended before the game did.');
  });
});

describe('#4 one writer per log', () => {
  it('a second resume of the same game is refused while the first plays, and allowed once it is gone', async () => {
    const { cwd, home, files } = setup();
    const log = files.unfinished;
    const { spawn } = await import('node:child_process');
    const first = spawn(process.execPath, [BIN, 'resume', log, '--plain'], {
      cwd,
      env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1' },
    });
    let out = '';
    first.stdout.on('data', (d) => {
      out += String(d);
    });
    await vi.waitFor(() => expect(out).toContain('> '), { timeout: 30_000 });
    const second = run(
      { name: '', args: () => ['resume', log, '--plain'], code: 2, stderr: /./, input: '1\n' },
      cwd,
      home,
      files,
    );
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(
      /^mandate: .*open.json: this game is open in another Mandate \(process \d+\); close that one first\n$/,
    );
    // The first goes on and saves its decision; the second changed nothing.
    first.stdin.end('1\n');
    const code = await new Promise<number | null>((resolve) => first.on('exit', resolve));
    expect(code).toBe(0);
    const after = JSON.parse(readFileSync(log, 'utf8'));
    expect(after.decisions).toHaveLength(3);
    expect(existsSync(`${log}.lock`)).toBe(false);
    const third = run(
      { name: '', args: () => ['resume', log, '--plain'], code: 0, stderr: /^$/, input: '' },
      cwd,
      home,
      files,
    );
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(/after 3 decisions/);
  });

  it('a lock left by a process that is gone is taken over', () => {
    const { cwd, home, files } = setup();
    // A process id that no process has: the kernel's limit is far below it.
    writeFileSync(`${files.unfinished}.lock`, '2147483646\n');
    const r = run(
      { name: '', args: () => ['resume', files.unfinished, '--plain'], code: 0, stderr: /^$/, input: '' },
      cwd,
      home,
      files,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(`${files.unfinished}.lock`)).toBe(false);
  });

  it('--log FILE made while the role is asked for is refused, not overwritten', async () => {
    const { cwd, home, files } = setup();
    const target = join(files.dir, 'late.json');
    const { spawn } = await import('node:child_process');
    const game = spawn(process.execPath, [BIN, 'play', '--log', target, '--plain', '--seed', '2'], {
      cwd,
      env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    game.stdout.on('data', (d) => {
      out += String(d);
    });
    game.stderr.on('data', (d) => {
      err += String(d);
    });
    await vi.waitFor(() => expect(out).toContain('> '), { timeout: 30_000 });
    writeFileSync(target, 'a student wrote this\n');
    game.stdin.end('1\n');
    const code = await new Promise<number | null>((resolve) => game.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/^mandate: .*late\.json: already exists; choose a new file name/);
    expect(readFileSync(target, 'utf8')).toBe('a student wrote this\n');
  });
});
