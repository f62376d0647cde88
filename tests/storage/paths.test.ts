/** Where files go: the data folder, the names of new saves, and the autosave after each decision. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../src/storage/autosave.js';
import { newSavePath, writeLog } from '../../src/storage/log-write.js';
import { readLog } from '../../src/storage/logs.js';
import { dataDir, safeFilePart, savesDir } from '../../src/storage/paths.js';
import { tempHome } from '../helpers/cli.js';
import { CREATED, finishedLog, randomPlay, story } from '../logs/fixtures.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the data folder', () => {
  it('is MANDATE_HOME when set, the platform’s data folder otherwise (also when MANDATE_HOME is empty)', () => {
    vi.stubEnv('MANDATE_HOME', '/srv/class');
    expect(dataDir()).toBe('/srv/class');
    expect(savesDir()).toBe('/srv/class/saves');
    const platform = envPaths('mandate', { suffix: '' }).data;
    expect(platform).toMatch(/mandate$/);
    vi.stubEnv('MANDATE_HOME', '');
    expect(dataDir()).toBe(platform);
    vi.stubEnv('MANDATE_HOME', undefined);
    expect(dataDir()).toBe(platform);
    expect(savesDir()).toBe(join(platform, 'saves'));
  });
});

describe('safeFilePart', () => {
  it('keeps letters, digits, dash and underscore, turning every run of anything else into one dash', () => {
    expect(safeFilePart('Ann-Marie_2')).toBe('Ann-Marie_2');
    expect(safeFilePart('Ann  Marie')).toBe('Ann-Marie');
    expect(safeFilePart('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFilePart('\u001b]0;x\u0007Eve')).toBe('0-x-Eve');
  });

  it('spells accented letters without their accents', () => {
    expect(safeFilePart('Zoë Ångström')).toBe('Zoe-Angstrom');
  });

  it('trims dashes at both ends, cuts at 40 characters, and is never empty', () => {
    expect(safeFilePart('--Eve--')).toBe('Eve');
    expect(safeFilePart('  Eve  ')).toBe('Eve');
    expect(safeFilePart('x'.repeat(50))).toBe('x'.repeat(40));
    expect(safeFilePart('北约')).toBe('player');
    expect(safeFilePart('', 'nato')).toBe('nato');
    expect(safeFilePart('...')).toBe('player');
  });
});

describe('newSavePath', () => {
  it('names a save by date, player, role and a random tail, in the saves folder', () => {
    vi.stubEnv('MANDATE_HOME', '/data');
    const now = new Date('2024-05-01T14:03:09.123Z');
    const a = newSavePath('Ann Lee', 'nato', now);
    expect(a).toMatch(/^\/data\/saves\/2024-05-01T14-03-09_Ann-Lee_nato_[a-z0-9]{1,6}\.json$/);
    expect(newSavePath(null, 'us', now)).toMatch(/^\/data\/saves\/2024-05-01T14-03-09_player_us_[a-z0-9]{1,6}\.json$/);
    const names = new Set(Array.from({ length: 20 }, () => newSavePath('Ann', 'us', now)));
    expect(names.size).toBeGreaterThan(15);
  });
});

describe('writeLog', () => {
  it('writes the log as indented JSON with a final newline', () => {
    const file = join(tempHome(), 'log.json');
    const log = finishedLog();
    writeLog(file, log);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(log, null, 2)}\n`);
  });
});

describe('autosave', () => {
  it('writes the session’s log to every file, stamped by the clock', () => {
    const dir = tempHome();
    const files = [join(dir, 'a.json'), join(dir, 'b.json')];
    let t = Date.parse('2024-03-01T10:00:00.000Z');
    const saver = createAutosaver(
      files,
      story,
      { player: 'Cy', createdAt: CREATED },
      {
        clock: () => {
          t += 1000;
          return new Date(t);
        },
      },
    );
    expect(saver.files).toEqual(files);
    const session = randomPlay('us', 2, 'short', [0]);
    saver.save(session);
    expect(files.map((f) => readLog(f).updatedAt)).toEqual(['2024-03-01T10:00:01.000Z', '2024-03-01T10:00:01.000Z']);
    saver.save(session);
    expect(readLog(files[1]!)).toMatchObject({ updatedAt: '2024-03-01T10:00:02.000Z', player: 'Cy' });
    expect(readLog(files[1]!).decisions).toHaveLength(1);
  });
});
