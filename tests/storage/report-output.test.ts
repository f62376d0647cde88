/**
 * `--out` for reports: written whole, and never over a decision log, above all not over one of
 * the logs being read (students' logs cannot be made again).
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** When set, the atomic write fails with this error (a full disk, a folder without permission). */
let failWith: Error | null = null;
vi.mock('../../src/storage/atomic.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage/atomic.js')>();
  return {
    writeAtomic: (path: string, text: string) => {
      if (failWith) throw failWith;
      real.writeAtomic(path, text);
    },
  };
});

const { OutputRefusedError, writeOutputFile } = await import('../../src/storage/report-output.js');
const { tempHome } = await import('../helpers/cli.js');
const { finishedLog, writeJson } = await import('../logs/fixtures.js');

function refusal(out: string, inputs: string[] = []): string {
  try {
    writeOutputFile(out, 'the report\n', inputs);
  } catch (e) {
    expect(e).toBeInstanceOf(OutputRefusedError);
    expect(e).toMatchObject({ name: 'OutputRefusedError', file: out });
    const problem = (e as { problem: string }).problem;
    expect((e as Error).message).toBe(`${out}: ${problem}`);
    return problem;
  }
  return 'written';
}

describe('writeOutputFile', () => {
  it('writes a new file, and replaces a file that is not a log', () => {
    const dir = tempHome();
    const out = join(dir, 'report.md');
    expect(refusal(out)).toBe('written');
    expect(readFileSync(out, 'utf8')).toBe('the report\n');
    writeFileSync(out, 'an older report mentioning mandate-logs in passing');
    expect(refusal(out)).toBe('written');
    expect(readFileSync(out, 'utf8')).toBe('the report\n');
  });

  it('refuses one of the logs being read, also through a link or another spelling of its path', () => {
    const dir = tempHome();
    const log = writeJson(dir, 'log.json', finishedLog());
    const text = readFileSync(log, 'utf8');
    expect(refusal(log, [log])).toBe('is one of the logs being read; choose another file for --out');
    symlinkSync(log, join(dir, 'link.json'));
    expect(refusal(join(dir, 'link.json'), [log])).toMatch(/^is one of the logs being read/);
    expect(refusal(join(dir, '.', 'log.json'), [join(dir, 'link.json')])).toMatch(/^is one of the logs being read/);
    expect(readFileSync(log, 'utf8')).toBe(text);
  });

  it('writes a new file even when a log named on the command line has vanished since', () => {
    const dir = tempHome();
    expect(refusal(join(dir, 'report.md'), [join(dir, 'gone.json')])).toBe('written');
  });

  it('refuses any decision log, read or not, and a folder', () => {
    const dir = tempHome();
    const log = writeJson(dir, 'other.json', finishedLog());
    expect(refusal(log, [join(dir, 'input.json')])).toBe('is a decision log; choose another file for --out');
    expect(refusal(dir)).toBe('is a folder; --out needs a file name');
  });

  it('says why it cannot write: a file where a folder should be', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'file'), '');
    expect(refusal(join(dir, 'file', 'sub', 'report.md'))).toBe('cannot create the file there');
  });

  it('names each failure of the write in words', () => {
    const dir = tempHome();
    const cases: [string, string][] = [
      ['EACCES', 'permission denied'],
      ['EPERM', 'permission denied'],
      ['ENOENT', 'cannot create the file there'],
      ['ENOTDIR', 'cannot create the file there'],
      ['ENOSPC', 'no space left on the disk'],
    ];
    for (const [code, problem] of cases) {
      failWith = Object.assign(new Error(`${code}: no space left on device`), { code });
      expect(refusal(join(dir, 'report.md')), code).toBe(problem);
    }
    failWith = null;
  });
});
