/**
 * The record of a save's other copies (src/storage/copies-record.ts): `play --log FILE` writes
 * `<save>.copies`, a JSON list of absolute paths on one line, which `resume` reads back
 * (copies.test.ts). Checked byte for byte, and that a game without copies leaves no record.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedCopies } from '../../src/storage/copies.js';
import { copiesFile, recordCopies } from '../../src/storage/copies-record.js';
import { tempHome } from '../helpers/cli.js';

describe('copiesFile', () => {
  it('is the save’s own name with `.copies` after it (not a `.json` file, so `saves` skips it)', () => {
    expect(copiesFile('/data/saves/game.json')).toBe('/data/saves/game.json.copies');
  });
});

describe('recordCopies', () => {
  it('writes the copies as a JSON list of absolute paths on one line', () => {
    const dir = tempHome();
    const save = join(dir, 'game.json');
    recordCopies(save, ['/home/ann/class/log.json', join(dir, 'other.json')]);
    expect(readFileSync(`${save}.copies`, 'utf8')).toBe(
      `${JSON.stringify(['/home/ann/class/log.json', join(dir, 'other.json')])}\n`,
    );
  });

  it('makes a relative path absolute, from the folder the command runs in', () => {
    const save = join(tempHome(), 'game.json');
    recordCopies(save, ['log.json', '../up/x.json']);
    expect(JSON.parse(readFileSync(copiesFile(save), 'utf8'))).toEqual([
      join(process.cwd(), 'log.json'),
      resolve(process.cwd(), '..', 'up', 'x.json'),
    ]);
  });

  it('is read back by resume as the same list', () => {
    const save = join(tempHome(), 'game.json');
    recordCopies(save, ['/a/one.json', '/b/two.json']);
    expect(recordedCopies(save)).toEqual(['/a/one.json', '/b/two.json']);
  });

  it('writes nothing at all for a game without copies', () => {
    const dir = tempHome();
    recordCopies(join(dir, 'game.json'), []);
    expect(existsSync(join(dir, 'game.json.copies'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an earlier record of the same save', () => {
    const save = join(tempHome(), 'game.json');
    recordCopies(save, ['/old.json', '/older.json']);
    recordCopies(save, ['/new.json']);
    expect(readFileSync(copiesFile(save), 'utf8')).toBe('["/new.json"]\n');
  });
});
