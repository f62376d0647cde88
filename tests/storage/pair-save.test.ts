/**
 * Saving a linked game's pair log (src/storage/pair-save.ts), in process: where `play --linked`
 * keeps it and how it names a new one (date, both players, a random tail), the text as saved,
 * and the saver, which makes and locks each file before the game begins (never over an existing
 * one) and then writes the whole pair log to every file after each move. A file that cannot be
 * made or written is a saving error naming it. tests/logs/pair-log.test.ts checks what a pair
 * log holds and that the commands read it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkedGame } from '../../src/engine/linked/game.js';
import { buildPairLog, type PairMeta } from '../../src/engine/linked/pair-log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { LogExistsError } from '../../src/storage/autosave.js';
import { StorageError } from '../../src/storage/fs-errors.js';
import { holdsLock } from '../../src/storage/log-lock.js';
import { createPairSaver, newPairPath, pairLogText, pairsDir, writePairLog } from '../../src/storage/pair-save.js';
import { tempHome } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { thrown } from '../helpers/thrown.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const NOW = new Date('2026-03-02T10:05:07.123Z');
const META: PairMeta = { players: { us: 'Ann', nato: 'Bo' }, createdAt: NOW.toISOString() };

function newGame(): LinkedGame {
  return new LinkedGame({ storyJson, seed: 3, scenario: BUILT_IN_SCENARIOS.short });
}

describe('pairsDir', () => {
  it('is the pairs folder in the data folder', () => {
    vi.stubEnv('MANDATE_HOME', '/srv/class');
    expect(pairsDir()).toBe('/srv/class/pairs');
  });
});

describe('newPairPath', () => {
  it('names the file by date and time, both players (made safe for a file name) and a random tail', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.123456789);
    expect(newPairPath({ us: 'Zoë Müller', nato: '../Bo' }, NOW, '/class')).toBe(
      '/class/2026-03-02T10-05-07_Zoe-Muller_Bo_pair_4fzzzx.json',
    );
  });

  it('names a player who gave no name by the desk, and is in the pairs folder by default', () => {
    const home = tempHome();
    vi.stubEnv('MANDATE_HOME', home);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(newPairPath({ us: null, nato: null }, NOW)).toBe(
      join(home, 'pairs', '2026-03-02T10-05-07_us_nato_pair_i.json'),
    );
  });

  it('gives two pairs started in the same second different names', () => {
    const names = new Set(Array.from({ length: 20 }, () => newPairPath(META.players, NOW, '/class')));
    expect(names.size).toBe(20);
    for (const name of names) expect(name).toMatch(/^\/class\/2026-03-02T10-05-07_Ann_Bo_pair_[0-9a-z]{1,6}\.json$/);
  });
});

describe('the saved text', () => {
  it('is the pair log as JSON indented by two spaces, ending with a newline, and reads back as written', () => {
    const pair = buildPairLog(newGame(), storyJson, META, NOW);
    const text = pairLogText(pair);
    expect(text.startsWith('{\n  "format": ')).toBe(true);
    expect(text.endsWith('\n}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(pair);
    const file = join(tempHome(), 'class', 'pair.json');
    writePairLog(file, pair);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('createPairSaver', () => {
  it('makes each file (and its folder) empty and locked before the game, then saves the whole pair log to each', () => {
    const home = tempHome();
    const files = [join(home, 'pairs', 'sub', 'pair.json'), join(home, 'class', 'ann-bo.json')];
    let now = NOW;
    const saver = createPairSaver(files, storyJson, META, () => now);
    expect(saver.files).toEqual(files);
    for (const file of files) {
      expect(readFileSync(file, 'utf8')).toBe('');
      expect(holdsLock(file)).toBe(true);
    }

    const game = newGame();
    saver.save(game);
    for (const file of files)
      expect(readFileSync(file, 'utf8')).toBe(pairLogText(buildPairLog(game, storyJson, META, NOW)));

    game.choose('nato', 0);
    game.cable('us', 'Can NATO live with a timetable?');
    now = new Date('2026-03-02T10:20:00.000Z');
    saver.save(game);
    const expected = pairLogText(buildPairLog(game, storyJson, META, now));
    for (const file of files) expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(JSON.parse(expected)).toMatchObject({
      updatedAt: '2026-03-02T10:20:00.000Z',
      moves: [{ role: 'nato', index: 0 }],
      cables: [{ from: 'us', text: 'Can NATO live with a timetable?' }],
    });
  });

  it('stamps each save with the time it is made, when given no clock', () => {
    const file = join(tempHome(), 'pair.json');
    const saver = createPairSaver([file], storyJson, META);
    const before = Date.now();
    saver.save(newGame());
    const after = Date.now();
    const { updatedAt } = JSON.parse(readFileSync(file, 'utf8')) as { updatedAt: string };
    expect(Date.parse(updatedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(updatedAt)).toBeLessThanOrEqual(after);
  });

  it('refuses a file that already exists and leaves it as it was', () => {
    const file = join(tempHome(), 'pair.json');
    writeFileSync(file, 'a pair log of another game');
    const e = thrown(() => createPairSaver([file], storyJson, META));
    expect(e).toBeInstanceOf(LogExistsError);
    expect(e.message).toBe(`${file}: already exists; choose a new file name (to continue a game, use mandate resume)`);
    expect(readFileSync(file, 'utf8')).toBe('a pair log of another game');
  });

  it('is a saving error naming the file when its folder cannot be made', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'file'), '');
    const file = join(dir, 'file', 'sub', 'pair.json');
    const e = thrown(() => createPairSaver([file], storyJson, META));
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toBe(
      `${file}: cannot save: a part of the path is a file, not a folder (${join(dir, 'file', 'sub')})`,
    );
  });

  it('is a saving error naming the file when a save cannot be written', () => {
    const file = join(tempHome(), 'pair.json');
    const saver = createPairSaver([file], storyJson, META, () => NOW);
    rmSync(file);
    mkdirSync(file);
    const e = thrown(() => saver.save(newGame()));
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toBe(`${file}: is a folder, not a file`);
    expect(existsSync(join(file, '..', 'pair.json.lock'))).toBe(true);
  });
});
