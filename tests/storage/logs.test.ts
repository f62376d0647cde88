/**
 * Reading logs from disk: the limits docs/log-format.md promises (a regular file of at most
 * 5 MB), one sentence per problem, logs of either kind (a game's, a linked pair's), the saves
 * list in the order `resume` relies on, and which game `resume` picks: the latest unfinished
 * one with a decision made, of the story and the player asked for, names compared as a person
 * would (case, spacing and control characters aside).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkedGame } from '../../src/engine/linked/game.js';
import { buildPairLog } from '../../src/engine/linked/pair-log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import {
  LogReadError,
  latestUnfinished,
  listSaves,
  MAX_LOG_BYTES,
  readAnyLog,
  readLog,
  samePlayer,
  writeLog,
} from '../../src/storage/logs.js';
import { writePairLog } from '../../src/storage/pair-save.js';
import { tempHome } from '../helpers/cli.js';
import { problemOf as readProblem } from '../helpers/file-problem.js';
import { storyJson } from '../helpers/story.js';
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

describe('readAnyLog', () => {
  /** The pair log of two linked desks after a few moves. */
  function pairLog() {
    const game = new LinkedGame({ storyJson, seed: 3, scenario: BUILT_IN_SCENARIOS.short });
    for (let step = 0; step < 4; step++) {
      const role = game.state('nato') === 'deciding' ? 'nato' : 'us';
      game.choose(role, 0);
    }
    const now = new Date('2026-03-02T10:00:00.000Z');
    return buildPairLog(game, storyJson, { players: { us: 'Ann', nato: 'Bo' }, createdAt: now.toISOString() }, now);
  }

  it("reads a game's log as a game", () => {
    const dir = tempHome();
    const log = finishedLog();
    writeLog(join(dir, 'game.json'), log);
    expect(readAnyLog(join(dir, 'game.json'))).toEqual({ kind: 'game', log });
  });

  it("reads a linked pair's log as a pair, which readLog refuses", () => {
    const file = join(tempHome(), 'pair.json');
    const pair = pairLog();
    writePairLog(file, pair);
    expect(readAnyLog(file)).toEqual({ kind: 'pair', pair });
    expect(() => readLog(file)).toThrow(LogReadError);
  });

  it('names each way a file can be wrong, as readLog does', () => {
    const dir = tempHome();
    const problem = (file: string) => readProblem(readAnyLog, file, LogReadError);
    expect(problem(join(dir, 'none.json'))).toBe('no such file');
    mkdirSync(join(dir, 'folder.json'));
    expect(problem(join(dir, 'folder.json'))).toBe('is a directory, not a log file');
    expect(problem(writeJson(dir, 'empty.json', ''))).toBe('empty file, not a log');
    expect(problem(writeJson(dir, 'array.json', '[]'))).toBe('not a Mandate decision log (expected a JSON object)');
    expect(problem(writeJson(dir, 'pair.json', { format: 'mandate-pair-log', version: 9 }))).toBe(
      'pair log format version 9 is not supported (this Mandate reads and writes version 1)',
    );
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_LOG_BYTES + 1);
    expect(problem(big)).toBe('too large for a log (5 MB)');
  });
});

describe('the saves list and resume, in the saves folder of the data directory', () => {
  const home = process.env.MANDATE_HOME;
  afterEach(() => {
    if (home === undefined) delete process.env.MANDATE_HOME;
    else process.env.MANDATE_HOME = home;
  });

  it('read MANDATE_HOME/saves when no folder is given', () => {
    const dataDir = tempHome();
    process.env.MANDATE_HOME = dataDir;
    const file = writeJson(join(dataDir, 'saves'), 'game.json', unfinishedLog(1));
    expect(listSaves().saves.map((s) => s.file)).toEqual([file]);
    expect(latestUnfinished()?.file).toBe(file);
    expect(latestUnfinished(undefined, 'mandate', 'Ann')?.file).toBe(file);
    expect(latestUnfinished(undefined, 'mandate', 'Bo')).toBeNull();
  });
});

describe('listSaves, files that vanish', () => {
  it('lists a link to nothing as a problem, in the words of the file system, and goes on', () => {
    const dir = tempHome();
    const good = writeJson(dir, 'good.json', finishedLog());
    symlinkSync(join(dir, 'gone.json'), join(dir, 'dangling.json'));
    const { saves, problems } = listSaves(dir);
    expect(saves.map((s) => s.file)).toEqual([good]);
    expect(problems).toEqual([
      {
        file: join(dir, 'dangling.json'),
        problem: `ENOENT: no such file or directory, stat '${join(dir, 'dangling.json')}'`,
      },
    ]);
  });
});

describe('latestUnfinished', () => {
  const at = (iso: string, n: number, player: string | null = 'Ann') => ({
    ...unfinishedLog(Math.max(n, 1)),
    ...(n === 0 ? { decisions: [] } : {}),
    player,
    updatedAt: iso,
  });

  it('passes over a game left before its first decision', () => {
    const dir = tempHome();
    writeJson(dir, 'one.json', at('2024-01-01T00:00:00.000Z', 1));
    writeJson(dir, 'none-yet.json', at('2025-01-01T00:00:00.000Z', 0));
    expect(listSaves(dir).saves).toHaveLength(2);
    expect(latestUnfinished(dir)?.file).toBe(join(dir, 'one.json'));
  });

  it("takes only the player's own games when a player is given, and any game when not", () => {
    const dir = tempHome();
    writeJson(dir, 'ann.json', at('2024-01-01T00:00:00.000Z', 1, 'Ann Lee'));
    writeJson(dir, 'bo.json', at('2024-06-01T00:00:00.000Z', 1, 'Bo'));
    writeJson(dir, 'nobody.json', at('2025-01-01T00:00:00.000Z', 1, null));
    expect(latestUnfinished(dir)?.file).toBe(join(dir, 'nobody.json'));
    expect(latestUnfinished(dir, undefined, '  ann   LEE ')?.file).toBe(join(dir, 'ann.json'));
    expect(latestUnfinished(dir, 'mandate', 'bo')?.file).toBe(join(dir, 'bo.json'));
    expect(latestUnfinished(dir, 'isaf', 'bo')).toBeNull();
    expect(latestUnfinished(dir, undefined, 'Cy')).toBeNull();
  });
});

describe('samePlayer', () => {
  it.each<[string | null, string, boolean]>([
    ['Ann', 'Ann', true],
    ['Ann', 'ANN', true],
    ['Ann Lee', 'ann  lee', true],
    ['Ann\tLee', 'Ann Lee', true],
    ['  Ann ', 'ann', true],
    ['Ann', ' ann\n', true],
    ['Ann\u001b[31m', 'Ann', true],
    ['Ann Lee', 'AnnLee', false],
    ['Ann', 'Anne', false],
    ['Straße', 'STRASSE', false],
    [null, 'Ann', false],
    [null, '', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(samePlayer(a, b)).toBe(same);
  });
});
