/**
 * Every command and flag with a bad value: one clear line on stderr, the documented exit code,
 * no stack trace, and no file created or changed outside the data directory. The commands run
 * in a fresh working directory whose contents (and the input files) are compared before and
 * after each case.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { finishedLog, snapshot, unfinishedLog, writeJson } from '../logs/fixtures.js';

interface Case {
  name: string;
  args: (f: Files) => string[];
  code: number;
  stderr: RegExp;
  input?: string;
  /** Run as an unprivileged user (root reads any file whatever its mode). */
  unprivileged?: boolean;
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
  };
  writeFileSync(files.notJson, 'these are my lesson notes\n');
  writeFileSync(files.empty, '');
  chmodSync(files.locked, 0o000);
  for (const d of [cwd, home, inputs]) chmodSync(d, 0o777);
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
  ...['replay', 'debrief', 'report'].map((cmd) => ({
    name: `${cmd}: unknown flag`,
    args: (f: Files) => [cmd, f.log, '--bogus'],
    code: usage,
    stderr: /unknown option '--bogus'/,
  })),
  // Missing arguments.
  ...['replay', 'debrief', 'report'].map((cmd) => ({
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
];

function run(c: Case, cwd: string, home: string, files: Files) {
  const asRoot = process.getuid?.() === 0;
  return spawnSync(process.execPath, [BIN, ...c.args(files)], {
    cwd,
    input: c.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1' },
    timeout: 60_000,
    ...(c.unprivileged && asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
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
