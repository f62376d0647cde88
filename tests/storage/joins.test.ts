/**
 * What a student's machine remembers of the classes it joined (src/storage/joins.ts): where each
 * record lives in the data folder, its exact bytes, and that a record which is missing, damaged,
 * too large, of the wrong shape or of another name reads as none (null), so `mandate join` starts
 * afresh instead of handing the host another student's secret. In process, in a temp MANDATE_HOME.
 */
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type JoinRecord,
  joinFile,
  type PairJoinRecord,
  pairJoinFile,
  readJoin,
  readPairJoin,
  writeJoin,
  writePairJoin,
} from '../../src/storage/joins.js';
import { tempHome } from '../helpers/cli.js';

let home: string;
beforeEach(() => {
  home = tempHome();
  vi.stubEnv('MANDATE_HOME', home);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const record: JoinRecord = {
  code: 'ABC123',
  player: 'Ann',
  id: 'a1b2c3d4e5f6',
  secret: 's3cret-token',
  file: '/home/ann/.local/share/mandate/saves/game.json',
};

const desk: PairJoinRecord = { code: 'ABC123', player: 'Ann', pair: 'table 4', id: 'p1p2p3p4p5p6', secret: 'desk' };

/** Writes `data` (JSON unless a string) where the join record of code/player is read from. */
function plant(file: string, data: unknown): void {
  mkdirSync(join(home, 'joins'), { recursive: true });
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
}

describe('joinFile and pairJoinFile', () => {
  it('name the record after the class code in capitals and the player, in the joins folder', () => {
    expect(joinFile('abc123', 'Ann')).toBe(join(home, 'joins', 'ABC123_Ann.json'));
    expect(pairJoinFile('abc123', 'Ann', 'table 4')).toBe(join(home, 'joins', 'ABC123_Ann_pair-table-4.json'));
  });

  it('make any name safe as part of a file name, with a fallback for each part', () => {
    expect(joinFile('../..', 'Zoë / x')).toBe(join(home, 'joins', 'class_Zoe-x.json'));
    expect(joinFile('!!', '??')).toBe(join(home, 'joins', 'class_player.json'));
    expect(pairJoinFile('!!', '??', '//')).toBe(join(home, 'joins', 'class_player_pair-pair.json'));
  });
});

describe('writeJoin and readJoin', () => {
  it('write the record as indented JSON with a final line break', () => {
    writeJoin(record);
    expect(readdirSync(join(home, 'joins'))).toEqual(['ABC123_Ann.json']);
    expect(readFileSync(joinFile('ABC123', 'Ann'), 'utf8')).toBe(`${JSON.stringify(record, null, 2)}\n`);
  });

  it('read back what was written, whatever the case of the code', () => {
    writeJoin(record);
    expect(readJoin('ABC123', 'Ann')).toEqual(record);
    expect(readJoin('abc123', 'Ann')).toEqual(record);
  });

  it('replace an earlier record of the same class and player', () => {
    writeJoin(record);
    writeJoin({ ...record, id: 'zzzzzzzzzzzz' });
    expect(readJoin('ABC123', 'Ann')?.id).toBe('zzzzzzzzzzzz');
  });

  it('read none when there is no record, or the joins folder is missing', () => {
    expect(readJoin('ABC123', 'Ann')).toBeNull();
    writeJoin(record);
    expect(readJoin('ABC123', 'Bob')).toBeNull();
    expect(readJoin('XYZ', 'Ann')).toBeNull();
  });

  it('read none from a damaged or empty record', () => {
    const file = joinFile('ABC123', 'Ann');
    plant(file, '{"code": "ABC123", ');
    expect(readJoin('ABC123', 'Ann')).toBeNull();
    plant(file, '');
    expect(readJoin('ABC123', 'Ann')).toBeNull();
  });

  it('read none from a record that is a folder', () => {
    mkdirSync(joinFile('ABC123', 'Ann'), { recursive: true });
    expect(readJoin('ABC123', 'Ann')).toBeNull();
  });

  it('read a record of up to 64 kB, and none from a larger one', () => {
    const file = joinFile('ABC123', 'Ann');
    const text = JSON.stringify(record);
    plant(file, text + ' '.repeat(64 * 1024 - text.length));
    expect(readJoin('ABC123', 'Ann')).toEqual(record);
    plant(file, text + ' '.repeat(64 * 1024 + 1 - text.length));
    expect(readJoin('ABC123', 'Ann')).toBeNull();
    truncateSync(file, 10 * 1024 * 1024);
    expect(readJoin('ABC123', 'Ann')).toBeNull();
  });

  it('read none from a record of the wrong shape', () => {
    const file = joinFile('ABC123', 'Ann');
    for (const bad of [
      null,
      [record],
      { ...record, extra: 1 },
      { ...record, secret: undefined },
      { ...record, secret: 's'.repeat(101) },
      { ...record, file: 7 },
    ]) {
      plant(file, bad);
      expect(readJoin('ABC123', 'Ann'), JSON.stringify(bad)).toBeNull();
    }
  });

  it('take a game id only of exactly twelve lower-case letters and digits', () => {
    const file = joinFile('ABC123', 'Ann');
    for (const id of ['a1b2c3d4e5f', 'a1b2c3d4e5f6g', 'Xa1b2c3d4e5f6', 'A1B2C3D4E5F6', 'a1b2c3-4e5f6', '']) {
      plant(file, { ...record, id });
      expect(readJoin('ABC123', 'Ann'), id).toBeNull();
    }
    plant(file, { ...record, id: '000000000000' });
    expect(readJoin('ABC123', 'Ann')?.id).toBe('000000000000');
  });
});

describe('writePairJoin and readPairJoin', () => {
  it('write the desk’s record as indented JSON with a final line break', () => {
    writePairJoin(desk);
    expect(readdirSync(join(home, 'joins'))).toEqual(['ABC123_Ann_pair-table-4.json']);
    expect(readFileSync(pairJoinFile('ABC123', 'Ann', 'table 4'), 'utf8')).toBe(`${JSON.stringify(desk, null, 2)}\n`);
  });

  it('read back what was written, whatever the case of the code', () => {
    writePairJoin(desk);
    expect(readPairJoin('ABC123', 'Ann', 'table 4')).toEqual(desk);
    expect(readPairJoin('abc123', 'Ann', 'table 4')).toEqual(desk);
  });

  it('take the names kept inside whatever their case (a file of a case-blind disk)', () => {
    const kept = { ...desk, code: 'abc123', player: 'ANN', pair: 'TABLE 4' };
    plant(pairJoinFile('ABC123', 'Ann', 'table 4'), kept);
    expect(readPairJoin('ABC123', 'Ann', 'table 4')).toEqual(kept);
  });

  it('read none when there is no record, or it is damaged or of the wrong shape', () => {
    expect(readPairJoin('ABC123', 'Ann', 'table 4')).toBeNull();
    const file = pairJoinFile('ABC123', 'Ann', 'table 4');
    plant(file, '{');
    expect(readPairJoin('ABC123', 'Ann', 'table 4')).toBeNull();
    plant(file, { ...desk, file: '/x.json' });
    expect(readPairJoin('ABC123', 'Ann', 'table 4')).toBeNull();
    plant(file, { ...desk, secret: 's'.repeat(101) });
    expect(readPairJoin('ABC123', 'Ann', 'table 4')).toBeNull();
  });

  it('take a desk’s pair id only of exactly twelve lower-case letters and digits', () => {
    const file = pairJoinFile('ABC123', 'Ann', 'table 4');
    for (const id of ['P1P2P3P4P5P6', 'p1p2p3p4p5p', 'p1p2p3p4p5p6q', 'Qp1p2p3p4p5p6', 'p1p2p3 4p5p6']) {
      plant(file, { ...desk, id });
      expect(readPairJoin('ABC123', 'Ann', 'table 4'), id).toBeNull();
    }
    plant(file, { ...desk, id: 'zzzzzz999999' });
    expect(readPairJoin('ABC123', 'Ann', 'table 4')?.id).toBe('zzzzzz999999');
  });

  it('tell apart two pairs whose names make the same file name', () => {
    writePairJoin(desk);
    expect(pairJoinFile('ABC123', 'Ann', 'table-4')).toBe(pairJoinFile('ABC123', 'Ann', 'table 4'));
    expect(readPairJoin('ABC123', 'Ann', 'table-4')).toBeNull();
  });

  it('tell apart two players whose names make the same file name', () => {
    writePairJoin({ ...desk, player: 'Ann Lee' });
    expect(readPairJoin('ABC123', 'Ann Lee', 'table 4')?.player).toBe('Ann Lee');
    expect(readPairJoin('ABC123', 'Ann-Lee', 'table 4')).toBeNull();
  });

  it('tell apart two class codes that make the same file name', () => {
    writePairJoin({ ...desk, code: 'AB 12' });
    expect(readPairJoin('ab 12', 'Ann', 'table 4')?.code).toBe('AB 12');
    expect(readPairJoin('AB-12', 'Ann', 'table 4')).toBeNull();
  });

  it('compare names letter by letter in lower case: ẞ is ß, but not SS', () => {
    // Upper-casing would make "Maß" and "MASS" one name; lower-casing keeps ẞ and ß together.
    writePairJoin({ ...desk, player: 'Maß' });
    expect(readPairJoin('ABC123', 'Maẞ', 'table 4')?.player).toBe('Maß');
    writePairJoin({ ...desk, pair: 'Maß' });
    expect(readPairJoin('ABC123', 'Ann', 'Maẞ')?.pair).toBe('Maß');
  });
});
