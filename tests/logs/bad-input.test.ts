/**
 * Bad input of every kind to resume, replay, verify and fork: one line on stderr naming the
 * file and the problem, exit 2, nothing on stdout, no stack trace, and no file changed (the
 * bad file, the saves folder and everything else in the data directory keep their contents
 * and modification times).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';
import { unprivileged } from '../helpers/unprivileged.js';
import { finishedLog, snapshot, writeJson } from './fixtures.js';

const log = finishedLog();
const valid = JSON.stringify(log, null, 2);

/** Each case writes its bad file into `dir` and returns its path and the problem expected. */
const CASES: [string, (dir: string) => string, RegExp][] = [
  ['not JSON', (d) => writeJson(d, 'notes.json', 'Dear diary, today I played Mandate.'), /not valid JSON/],
  ['truncated', (d) => writeJson(d, 'cut.json', valid.slice(0, valid.length / 3)), /truncated/],
  ['wrong format', (d) => writeJson(d, 'pkg.json', { name: 'x', version: '1.0.0' }), /not a Mandate decision log/],
  ['wrong version', (d) => writeJson(d, 'v9.json', { ...log, version: 9 }), /version 9 is not supported/],
  [
    'another story',
    (d) => writeJson(d, 'other.json', { ...log, story: { ...log.story, id: 'another-game' } }),
    /story "another-game"/,
  ],
  [
    'an out-of-range choice index',
    (d) => {
      const bad = structuredClone(log);
      bad.decisions[0]!.index = 57;
      return writeJson(d, 'index.json', bad);
    },
    /decision 1 takes option 58 of \d+/,
  ],
  [
    'a 100 MB file',
    (d) => {
      const f = writeJson(d, 'huge.json', '');
      truncateSync(f, 100 * 1024 * 1024);
      return f;
    },
    /too large for a log \(100 MB\)/,
  ],
  [
    'a directory',
    (d) => {
      const f = join(d, 'folder.json');
      mkdirSync(f, { recursive: true });
      return f;
    },
    /is a directory/,
  ],
  ['an empty file', (d) => writeJson(d, 'empty.json', ''), /empty file/],
  ['a missing file', (d) => join(d, 'nowhere.json'), /no such file/],
  ['an invalid field', (d) => writeJson(d, 'seed.json', { ...log, seed: 'lucky' }), /invalid log: seed: /],
];

const COMMANDS: [string, (file: string) => string[]][] = [
  ['replay --verify', (f) => ['replay', '--verify', f]],
  ['replay --plain', (f) => ['replay', '--plain', f]],
  ['resume', (f) => ['resume', '--plain', f]],
  ['play --from', (f) => ['play', '--from', f, '--at', '0', '--plain']],
];

function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, file: string, problem: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('bad log files', () => {
  for (const [what, make, problem] of CASES) {
    describe(what, () => {
      for (const [name, args] of COMMANDS) {
        it(`${name}: one line naming the file, exit 2, nothing changed`, () => {
          const home = tempHome();
          const file = make(join(home, 'input'));
          writeJson(join(home, 'saves'), 'kept.json', log);
          const before = snapshot(home);
          const r = runCli(args(file), '1\n1\n', { MANDATE_HOME: home });
          expectOneLineError(r, file, problem);
          expect(snapshot(home)).toEqual(before);
        });
      }
    });
  }

  it('a file without read permission: one line, exit 2, nothing changed', () => {
    const home = tempHome();
    const file = writeJson(join(home, 'input'), 'locked.json', log);
    chmodSync(file, 0o000);
    chmodSync(home, 0o777);
    chmodSync(join(home, 'input'), 0o777);
    const before = snapshot(home);
    // Root reads any file whatever its mode, so the CLI runs as nobody when the tests run as root.
    const { bin, options } = unprivileged();
    for (const [, args] of COMMANDS) {
      const r = spawnSync(process.execPath, [bin, ...args(file)], {
        encoding: 'utf8',
        input: '',
        env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1' },
        ...options,
      });
      expectOneLineError({ code: r.status, stdout: r.stdout, stderr: r.stderr }, file, /permission denied/);
    }
    chmodSync(file, 0o644);
    expect(snapshot(home)).toEqual(before);
  });
});
