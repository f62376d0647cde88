/**
 * The files a resumed game is saved to (src/storage/copies.ts): the log being resumed first,
 * then its save and the `--log` copy it was started with, each written only while it still
 * holds this game and is not ahead of it; every other file is left alone, with the reason the
 * player is told. A wrong answer here overwrites a student's other game, or lets a copy fall
 * behind without a word, so each branch is checked in process on real logs in a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import { findSaveOf, gameFiles, recordedCopies } from '../../src/storage/copies.js';
import { copiesFile, recordCopies } from '../../src/storage/copies-record.js';
import { writeLog } from '../../src/storage/logs.js';
import { tempHome } from '../helpers/cli.js';
import { unfinishedLog } from '../logs/fixtures.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

// The same game at 2 and at 3 decisions, and another game (another seed) at 2.
const two = unfinishedLog(2);
const three = unfinishedLog(3);
const another = unfinishedLog(2, 'us', 8);

/** A data folder with a saves folder, and a folder outside it for `--log` copies. */
function folders() {
  const home = tempHome();
  const saves = join(home, 'saves');
  const away = join(home, 'class');
  mkdirSync(saves);
  mkdirSync(away);
  return { home, saves, away };
}

function put(file: string, log: DecisionLog): string {
  writeLog(file, log);
  return file;
}

describe('recordedCopies', () => {
  it('reads the list a new game recorded', () => {
    const save = join(tempHome(), 'g.json');
    writeFileSync(copiesFile(save), '["/a/log.json","/b/log.json"]\n');
    expect(recordedCopies(save)).toEqual(['/a/log.json', '/b/log.json']);
  });

  it('is empty when there is no record, or it is not JSON, or not a list', () => {
    const dir = tempHome();
    expect(recordedCopies(join(dir, 'none.json'))).toEqual([]);
    const records: [string, string][] = [
      ['bad', '["/a/log.json"'],
      ['object', '{"0":"/a/log.json","length":1}'],
      ['string', '"/a/log.json"'],
      ['null', 'null'],
    ];
    for (const [name, text] of records) {
      writeFileSync(join(dir, `${name}.json.copies`), text);
      expect(recordedCopies(join(dir, `${name}.json`)), name).toEqual([]);
    }
  });

  it('keeps only the paths: no numbers, lists or nulls, and nothing 4096 characters long or more', () => {
    const save = join(tempHome(), 'g.json');
    const long = `/${'x'.repeat(4094)}`;
    writeFileSync(
      copiesFile(save),
      JSON.stringify(['/a.json', 5, ['/b.json'], null, { p: '/c.json' }, long, `${long}y`, `${long}yz`]),
    );
    expect(recordedCopies(save)).toEqual(['/a.json', long]);
    expect(long).toHaveLength(4095);
  });
});

describe('recordedCopies of a record that is not a small file', () => {
  it('passes over a pipe and a record past 64 KiB, without waiting and without reading it whole', () => {
    const { saves } = folders();
    const piped = join(saves, 'piped.json');
    execFileSync('mkfifo', [copiesFile(piped)]);
    expect(recordedCopies(piped)).toEqual([]);
    const big = join(saves, 'big.json');
    writeFileSync(copiesFile(big), JSON.stringify(Array(5000).fill('/class/copy-of-a-game.json')));
    expect(recordedCopies(big)).toEqual([]);
    const fits = join(saves, 'fits.json');
    writeFileSync(copiesFile(fits), JSON.stringify(Array(100).fill('/class/copy.json')));
    expect(recordedCopies(fits)).toHaveLength(100);
  });
});

describe('findSaveOf', () => {
  it('finds the save that holds the same game, however far it has gone', () => {
    const { saves } = folders();
    put(join(saves, 'a.json'), another);
    const mine = put(join(saves, 'b.json'), three);
    put(join(saves, 'c.json'), another);
    expect(findSaveOf(two, saves)).toBe(mine);
  });

  it('is null when no save holds the game, or there is no saves folder', () => {
    const { home, saves } = folders();
    expect(findSaveOf(two, saves)).toBeNull();
    put(join(saves, 'other.json'), another);
    expect(findSaveOf(two, saves)).toBeNull();
    expect(findSaveOf(two, join(home, 'no-such-folder'))).toBeNull();
  });

  it('looks in the saves folder of the data directory by default', () => {
    const { home, saves } = folders();
    vi.stubEnv('MANDATE_HOME', home);
    const mine = put(join(saves, 'mine.json'), two);
    expect(findSaveOf(two)).toBe(mine);
  });
});

describe('gameFiles of a game resumed from its save', () => {
  it('is the save alone when the game has no copies', () => {
    const { saves } = folders();
    const save = put(join(saves, 'g.json'), two);
    expect(gameFiles(save, two, saves)).toEqual({ files: [save], skipped: [] });
  });

  it('adds the `--log` copy that holds the same game at the same point or behind it', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), three);
    const same = put(join(away, 'same.json'), three);
    const behind = put(join(away, 'behind.json'), two);
    recordCopies(save, [same, behind]);
    expect(gameFiles(save, three, saves)).toEqual({ files: [save, same, behind], skipped: [] });
  });

  it('leaves alone a copy that is ahead, and says to resume that one', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const ahead = put(join(away, 'log.json'), three);
    recordCopies(save, [ahead]);
    expect(gameFiles(save, two, saves)).toEqual({
      files: [save],
      skipped: [{ file: ahead, why: 'it is ahead (3 decisions): resume that one instead' }],
    });
  });

  it('leaves alone a copy that now holds another game', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const taken = put(join(away, 'log.json'), another);
    recordCopies(save, [taken]);
    expect(gameFiles(save, two, saves)).toEqual({
      files: [save],
      skipped: [{ file: taken, why: 'it holds another game now' }],
    });
  });

  it('leaves alone a copy that is no longer a readable log', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const notes = join(away, 'log.json');
    writeFileSync(notes, 'my notes, not a log\n');
    recordCopies(save, [notes]);
    expect(gameFiles(save, two, saves)).toEqual({
      files: [save],
      skipped: [{ file: notes, why: 'it is no longer a readable log' }],
    });
  });

  it('writes again a copy that was deleted, every such copy, when its folder is still there', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const first = join(away, 'first.json');
    const second = join(away, 'second.json');
    recordCopies(save, [first, second]);
    expect(gameFiles(save, two, saves)).toEqual({ files: [save, first, second], skipped: [] });
  });

  it('leaves alone a deleted copy whose folder is gone, or is now a file', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const gone = join(away, 'gone', 'log.json');
    writeFileSync(join(away, 'plain'), 'a file where the folder was\n');
    const underFile = join(away, 'plain', 'log.json');
    recordCopies(save, [gone, underFile]);
    expect(gameFiles(save, two, saves)).toEqual({
      files: [save],
      skipped: [
        { file: gone, why: 'its folder is gone' },
        { file: underFile, why: 'its folder is gone' },
      ],
    });
  });

  it('names each file once: a copy listed twice, a link to a copy, the save itself', () => {
    const { saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const copy = put(join(away, 'log.json'), two);
    const missing = join(away, 'missing.json');
    symlinkSync(copy, join(away, 'link.json'));
    recordCopies(save, [copy, join(away, 'link.json'), save, copy, missing, missing]);
    expect(gameFiles(save, two, saves)).toEqual({ files: [save, copy, missing], skipped: [] });
  });

  it('is its own save: another save of the same game in the saves folder, and its copies, are left alone', () => {
    const { saves, away } = folders();
    // `a.json` is listed first (same time, name order), so looking the game up would find it.
    const duplicate = put(join(saves, 'a.json'), two);
    recordCopies(duplicate, [put(join(away, 'a-copy.json'), two)]);
    const save = put(join(saves, 'b.json'), two);
    expect(gameFiles(save, two, saves)).toEqual({ files: [save], skipped: [] });
  });

  it('knows the saves folder reached through a link', () => {
    const { home, saves, away } = folders();
    const save = put(join(saves, 'g.json'), two);
    const copy = put(join(away, 'log.json'), two);
    recordCopies(save, [copy]);
    symlinkSync(saves, join(home, 'saves-link'));
    expect(gameFiles(save, two, join(home, 'saves-link'))).toEqual({ files: [save, copy], skipped: [] });
  });
});

describe('gameFiles of a game resumed from a copy outside the saves folder', () => {
  it('adds the save of the same game, and not the resumed copy a second time', () => {
    const { saves, away } = folders();
    const copy = put(join(away, 'log.json'), two);
    const save = put(join(saves, 'g.json'), two);
    put(join(saves, 'other.json'), another);
    recordCopies(save, [copy]);
    expect(gameFiles(copy, two, saves)).toEqual({ files: [copy, save], skipped: [] });
  });

  it('adds the save’s other copies too', () => {
    const { saves, away } = folders();
    const copy = put(join(away, 'log.json'), two);
    const save = put(join(saves, 'g.json'), two);
    const more = put(join(away, 'more.json'), two);
    recordCopies(save, [copy, more]);
    expect(gameFiles(copy, two, saves)).toEqual({ files: [copy, save, more], skipped: [] });
  });

  it('leaves the save alone when it is ahead of the copy', () => {
    const { saves, away } = folders();
    const copy = put(join(away, 'log.json'), two);
    const save = put(join(saves, 'g.json'), three);
    expect(gameFiles(copy, two, saves)).toEqual({
      files: [copy],
      skipped: [{ file: save, why: 'it is ahead (3 decisions): resume that one instead' }],
    });
  });

  it('is the copy alone when no save holds its game, or there is no saves folder', () => {
    const { home, saves, away } = folders();
    const copy = put(join(away, 'log.json'), two);
    const other = put(join(saves, 'other.json'), another);
    recordCopies(other, [copy]);
    expect(gameFiles(copy, two, saves)).toEqual({ files: [copy], skipped: [] });
    rmSync(saves, { recursive: true });
    expect(gameFiles(copy, two, saves)).toEqual({ files: [copy], skipped: [] });
    expect(gameFiles(join(home, 'nowhere', 'log.json'), two, join(home, 'nothing'))).toEqual({
      files: [join(home, 'nowhere', 'log.json')],
      skipped: [],
    });
  });

  it('uses the saves folder of the data directory by default', () => {
    const { home, saves, away } = folders();
    vi.stubEnv('MANDATE_HOME', home);
    const copy = put(join(away, 'log.json'), two);
    const save = put(join(saves, 'g.json'), two);
    expect(gameFiles(copy, two)).toEqual({ files: [copy, save], skipped: [] });
    expect(gameFiles(save, two)).toEqual({ files: [save], skipped: [] });
  });
});
