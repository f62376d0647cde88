/**
 * Reading, listing and writing logs on disk: every unreadable file is one problem in words,
 * the saves list never fails, and writes replace a file whole.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/storage/atomic.js';
import { createAutosaver } from '../../src/storage/autosave.js';
import { LogReadError, latestUnfinished, listSaves, readLog, writeLog } from '../../src/storage/logs.js';
import { tempHome } from '../helpers/cli.js';
import { problemOf as readProblem } from '../helpers/file-problem.js';
import { CREATED, finishedLog, randomPlay, story, unfinishedLog, writeJson } from './fixtures.js';

const problemOf = (file: string) => readProblem(readLog, file, LogReadError);

describe('readLog', () => {
  it('refuses a FIFO without blocking on it', () => {
    const dir = tempHome();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(problemOf(fifo)).toBe('not a regular file');
  });

  it('reads back what writeLog wrote', () => {
    const dir = tempHome();
    const log = finishedLog();
    writeLog(join(dir, 'a', 'b.json'), log);
    expect(readLog(join(dir, 'a', 'b.json'))).toEqual(log);
  });
});

describe('listSaves', () => {
  it('lists logs newest first and unreadable files apart; ignores other files and stray temporaries', () => {
    const dir = tempHome();
    writeJson(dir, 'old.json', { ...unfinishedLog(1), updatedAt: '2020-01-01T00:00:00.000Z' });
    writeJson(dir, 'new.json', { ...unfinishedLog(2), updatedAt: '2022-01-01T00:00:00.000Z' });
    writeJson(dir, 'done.json', { ...finishedLog(), updatedAt: '2023-01-01T00:00:00.000Z' });
    writeJson(dir, 'junk.json', '{');
    writeJson(dir, 'notes.txt', 'not a log');
    writeJson(dir, 'new.json.2b1f0c3a', '{"half": '); // what a killed atomic write leaves
    mkdirSync(join(dir, 'folder.json'));
    const { saves, problems } = listSaves(dir);
    expect(saves.map((s) => s.file.split('/').at(-1))).toEqual(['done.json', 'new.json', 'old.json']);
    expect(problems).toEqual([{ file: join(dir, 'junk.json'), problem: expect.stringMatching(/not valid JSON/) }]);
    expect(latestUnfinished(dir)?.file).toBe(join(dir, 'new.json'));
  });

  it('is empty, not an error, when the folder does not exist', () => {
    expect(listSaves(join(tempHome(), 'none'))).toEqual({ saves: [], problems: [] });
    expect(latestUnfinished(join(tempHome(), 'none'))).toBeNull();
  });
});

describe('writes', () => {
  it('replace the file whole and leave no temporary file behind', () => {
    const dir = tempHome();
    const file = join(dir, 'x.json');
    writeAtomic(file, 'first\n');
    utimesSync(file, 1, 1);
    writeAtomic(file, 'second\n');
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('autosave writes the same log to every file after each decision', () => {
    const dir = tempHome();
    const files = [join(dir, 'saves', 'a.json'), join(dir, 'b.json')];
    const saver = createAutosaver(files, story, { player: 'Cy', createdAt: CREATED });
    const session = randomPlay('nato', 3, 'short', []);
    saver.save(session);
    expect(files.every(existsSync)).toBe(true);
    session.choose(0);
    saver.save(session);
    const [a, b] = files.map(readLog);
    expect(a).toEqual(b);
    expect(a!.decisions).toHaveLength(1);
    expect(a).toMatchObject({ player: 'Cy', createdAt: CREATED, status: 'playing', forkedFrom: null });
  });
});
