/**
 * `report --out FILE`: the format follows the extension, the write is atomic (nothing but the
 * file appears beside it), and a decision log is never overwritten, an input least of all.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { type ClassFile, writeClass } from './class-logs.js';

let dir: string;
let logs: string;
let files: ClassFile[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-out-'));
  logs = join(dir, 'logs');
  files = writeClass(logs, storyJson, { count: 6, seed: 3 });
});

describe('report --out', () => {
  it('picks the format from the extension and writes only that file', () => {
    const out = join(dir, 'reports');
    mkdirSync(out);
    const expectations: [string, (text: string) => void][] = [
      ['r.html', (t) => expect(t).toMatch(/^<!doctype html>/)],
      ['r.md', (t) => expect(t).toMatch(/^# Mandate class report/)],
      ['r.csv', (t) => expect(t).toMatch(/^\ufeffsection,/)],
      ['r.json', (t) => expect(JSON.parse(t).format).toBe('mandate-class-report')],
      ['r.txt', (t) => expect(t).toMatch(/^Mandate class report/)],
    ];
    for (const [name, check] of expectations) {
      const r = runCli(['report', logs, '--out', join(out, name)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^Report written to .*: 6 games counted, 0 left out\n$/);
      check(readFileSync(join(out, name), 'utf8'));
    }
    expect(readdirSync(out).sort()).toEqual(expectations.map(([n]) => n).sort());
    // An explicit --format wins over the extension.
    runCli(['report', logs, '--out', join(out, 'r.txt'), '--format', 'csv']);
    expect(readFileSync(join(out, 'r.txt'), 'utf8')).toMatch(/^\ufeffsection,/);
  });

  it('refuses to overwrite one of the logs it reads, or any decision log, and leaves it untouched', () => {
    const input = files[0]!.file;
    const before = readFileSync(input, 'utf8');
    const other = join(dir, 'someone-else.json');
    writeFileSync(other, before);
    for (const [target, reason] of [
      [input, /one of the logs being read/],
      [other, /is a decision log/],
      [logs, /folder/],
    ] as const) {
      const r = runCli(['report', logs, '--out', target]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(reason);
    }
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(readFileSync(other, 'utf8')).toBe(before);
  });

  it('overwrites its own earlier report', () => {
    const out = join(dir, 'again.md');
    writeFileSync(out, 'old report');
    expect(runCli(['report', logs, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Mandate class report/);
  });
});
