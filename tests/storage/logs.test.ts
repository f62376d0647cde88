/**
 * Reading logs from disk: the limits docs/log-format.md promises (a regular file of at most
 * 5 MB), one sentence per problem, and the saves list in the order `resume` relies on.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogReadError, latestUnfinished, listSaves, MAX_LOG_BYTES, readLog, writeLog } from '../../src/storage/logs.js';
import { tempHome } from '../helpers/cli.js';
import { problemOf as readProblem } from '../helpers/file-problem.js';
import { finishedLog, unfinishedLog, writeJson } from '../logs/fixtures.js';

const problemOf = (file: string) => readProblem(readLog, file, LogReadError);

describe('the size limit of a log', () => {
  it('is 5 MB, as docs/log-format.md says', () => {
    expect(MAX_LOG_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses a file one byte over it without reading it, and says how large it is', () => {
    const file = join(tempHome(), 'big.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_LOG_BYTES + 1);
    expect(problemOf(file)).toBe('too large for a log (5 MB)');
    truncateSync(file, 12 * 1024 * 1024 + 300_000);
    expect(problemOf(file)).toBe('too large for a log (12 MB)');
  });

  it('reads a file of exactly 5 MB (a valid log padded with spaces)', () => {
    const file = join(tempHome(), 'padded.json');
    const text = JSON.stringify(finishedLog());
    writeFileSync(file, text + ' '.repeat(MAX_LOG_BYTES - Buffer.byteLength(text)));
    expect(problemOf(file)).toBe('ok');
  });
});

describe('readLog', () => {
  it('names each way a file can be wrong in its own words', () => {
    const dir = tempHome();
    expect(problemOf(join(dir, 'none.json'))).toBe('no such file');
    mkdirSync(join(dir, 'folder.json'));
    expect(problemOf(join(dir, 'folder.json'))).toBe('is a directory, not a log file');
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(problemOf(fifo)).toBe('not a regular file');
    expect(problemOf(writeJson(dir, 'empty.json', ''))).toBe('empty file, not a log');
    expect(problemOf(writeJson(dir, 'x.json', '{"format":'))).toBe(
      'not valid JSON (the file looks truncated or damaged)',
    );
    expect(problemOf(join(dir, 'none', 'deeper.json'))).toBe('no such file');
    writeFileSync(join(dir, 'file'), '');
    expect(problemOf(join(dir, 'file', 'under-a-file.json'))).toBe('a part of the path is a file, not a folder');
  });

  it('follows a link to a log, and reads text in UTF-8', () => {
    const dir = tempHome();
    const log = { ...finishedLog(), player: 'Zoë 北约' };
    writeLog(join(dir, 'real.json'), log);
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    expect(readLog(join(dir, 'link.json'))).toEqual(log);
  });
});

describe('listSaves', () => {
  it('lists the newest first, ties by file name; unreadable files apart, by name', () => {
    const dir = tempHome();
    const at = (iso: string) => ({ ...unfinishedLog(1), updatedAt: iso });
    writeJson(dir, 'b.json', at('2024-01-01T00:00:00.000Z'));
    writeJson(dir, 'a.json', at('2024-01-01T00:00:00.000Z'));
    writeJson(dir, 'c.json', at('2025-01-01T00:00:00.000Z'));
    writeJson(dir, 'z-bad.json', '[]');
    writeJson(dir, 'm-bad.json', '');
    mkdirSync(join(dir, 'folder.json'));
    const { saves, problems } = listSaves(dir);
    expect(saves.map((s) => s.file)).toEqual(['c.json', 'a.json', 'b.json'].map((n) => join(dir, n)));
    expect(problems).toEqual([
      { file: join(dir, 'm-bad.json'), problem: 'empty file, not a log' },
      { file: join(dir, 'z-bad.json'), problem: 'not a Mandate decision log (expected a JSON object)' },
    ]);
  });

  it('lists a saves folder it cannot read as one problem', () => {
    const dir = tempHome();
    const file = join(dir, 'saves');
    writeFileSync(file, 'not a folder');
    const r = listSaves(file);
    expect(r.saves).toEqual([]);
    expect(r.problems).toEqual([{ file, problem: 'a part of the path is a file, not a folder' }]);
  });

  it('finds the latest unfinished game, of one story when asked', () => {
    const dir = tempHome();
    writeJson(dir, 'done.json', { ...finishedLog(), updatedAt: '2030-01-01T00:00:00.000Z' });
    writeJson(dir, 'old.json', { ...unfinishedLog(1), updatedAt: '2024-01-01T00:00:00.000Z' });
    const other = unfinishedLog(1);
    writeJson(dir, 'isaf.json', {
      ...other,
      story: { ...other.story, id: 'isaf' },
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(latestUnfinished(dir)?.file).toBe(join(dir, 'isaf.json'));
    expect(latestUnfinished(dir, 'mandate')?.file).toBe(join(dir, 'old.json'));
    expect(latestUnfinished(dir, 'isaf')?.file).toBe(join(dir, 'isaf.json'));
    expect(latestUnfinished(dir, 'none')).toBeNull();
  });

  it('lists the files it cannot read by name, whatever order the disk lists them in', () => {
    const dir = tempHome();
    const names = ['q', 'B', 'a', 'k', 'C', 'z', 'm', 'D', 'e', 'x'].map((n) => `${n}.json`);
    for (const n of names) writeJson(dir, n, '');
    expect(listSaves(dir).problems.map((p) => p.file)).toEqual(
      [...names].sort((a, b) => join(dir, a).localeCompare(join(dir, b))).map((n) => join(dir, n)),
    );
  });
});
