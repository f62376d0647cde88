/**
 * The host's folder (storage/class-folder.ts), in process: `class.mandate` written as indented
 * JSON and read back only when every field is what the host itself would write (a hand-edited
 * or damaged file is refused in one line naming the field), each game's log under `games/` by
 * an id the host drew and nothing else, the logs read back by id with damaged ones named, and
 * the folder held by one host at a time. The host tests run the same code through HTTP; here
 * each rule is checked on its own, so a change to any of them fails a test.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import {
  ClassFolderError,
  type ClassRecord,
  classFile,
  GAME_ID,
  gameLogFile,
  gamesDir,
  lockClassFolder,
  readClass,
  readGameLogs,
  writeClass,
  writeGameLog,
  writeGameLogAsync,
} from '../../src/storage/class-folder.js';
import { LogLockedError } from '../../src/storage/log-lock.js';
import { tempHome } from '../helpers/cli.js';
import { thrown } from '../helpers/thrown.js';
import { finishedLog, unfinishedLog } from '../logs/fixtures.js';

/** A secret's hash with every kind of character the pattern allows (0-9, a-f). */
const HASH = '0123456789abcdef'.repeat(4);
const JOINED = '2026-03-02T09:05:00.000Z';

/** A class as a host writes it: games at both desks, a pair with both desks, every field set. */
function record(): ClassRecord {
  return {
    format: 'mandate-class',
    version: 1,
    name: 'Year 11 — history, set 2',
    code: 'AZ29KM',
    token: 'Az09_-'.repeat(4),
    scenario: 'short',
    seed: 5,
    memos: 'optional',
    createdAt: '2026-03-02T09:00:00.000Z',
    games: [
      { id: 'az09az09az09', player: 'Ann', role: 'us', seed: 5, secretHash: HASH, joinedAt: JOINED },
      { id: 'bbbbbbbbbbbb', player: 'Bo', role: 'nato', seed: 6, secretHash: HASH, joinedAt: JOINED },
    ],
    pairs: [
      {
        id: 'pair00000001',
        name: 'table 4',
        seed: 7,
        desks: { us: { player: 'Dee', secretHash: HASH }, nato: { player: 'Eli', secretHash: HASH } },
        joinedAt: JOINED,
      },
      {
        id: 'pair00000002',
        name: 'table 5',
        seed: 8,
        desks: { nato: { player: 'Fay', secretHash: HASH } },
        joinedAt: JOINED,
      },
      {
        id: 'pair00000003',
        name: 'table 6',
        seed: 9,
        desks: { us: { player: 'Gil', secretHash: HASH } },
        joinedAt: JOINED,
      },
    ],
    hostPairs: true,
  };
}

/** A folder whose class.mandate holds `data` (JSON unless a string). */
function folderWith(data: unknown): string {
  const folder = tempHome();
  writeFileSync(classFile(folder), typeof data === 'string' ? data : JSON.stringify(data));
  return folder;
}

/** The message readClass refuses the folder with (checking it is a ClassFolderError), or 'read'. */
function refusal(folder: string): string {
  try {
    readClass(folder);
    return 'read';
  } catch (e) {
    expect(e).toBeInstanceOf(ClassFolderError);
    return (e as Error).message;
  }
}

/** A field of the record, by its path (`['games', 0, 'id']`). */
type FieldPath = (string | number)[];

/** What readClass says of the record with the field at `path` set to `value`, the file's path left out. */
function problemAfter(path: FieldPath, value: unknown): string {
  const r = record();
  let at = r as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  const folder = folderWith(r);
  const message = refusal(folder);
  const prefix = `${classFile(folder)}: `;
  expect(message.startsWith(prefix)).toBe(true);
  return message.slice(prefix.length);
}

const notAClass = (path: string, message: string) => `not a Mandate class file (${path}: ${message})`;
const pattern = (re: string) => `Invalid string: must match pattern ${re}`;
const GAME_ID_RE = '/^[a-z0-9]{12}$/';
const HASH_RE = '/^[0-9a-f]{64}$/';

describe('the files of a class folder', () => {
  it('are class.mandate and games/ID.json, inside the folder', () => {
    expect(classFile('/srv/class')).toBe('/srv/class/class.mandate');
    expect(gamesDir('/srv/class')).toBe('/srv/class/games');
    expect(gameLogFile('/srv/class', 'az09az09az09')).toBe('/srv/class/games/az09az09az09.json');
  });

  it.each([
    ['an empty id', ''],
    ['11 characters', 'a'.repeat(11)],
    ['13 characters', 'a'.repeat(13)],
    ['capitals', 'AZ09AZ09AZ09'],
    ['a path before a good id', '../az09az09az09'],
    ['a path after a good id', 'az09az09az09/..'],
    ['a dot', 'az09az09az0.'],
  ])('refuses a game id that is %s, naming it, and writes nothing', (_what, id) => {
    const folder = tempHome();
    const error = thrown(() => gameLogFile(folder, id));
    expect(error).toBeInstanceOf(ClassFolderError);
    expect(error.message).toBe(`not a game id: ${JSON.stringify(id)}`);
    expect(thrown(() => writeGameLog(folder, id, 'text')).message).toBe(`not a game id: ${JSON.stringify(id)}`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('takes as a game id exactly twelve lower-case letters and digits', () => {
    for (const id of ['az09az09az09', '000000000000', 'zzzzzzzzzzzz']) expect(GAME_ID.test(id)).toBe(true);
    for (const id of ['az09az09az0', 'az09az09az09a', 'az09az09az0_', ' az09az09az09']) {
      expect(GAME_ID.test(id)).toBe(false);
    }
  });
});

describe('writeClass and readClass', () => {
  it('writes the class as indented JSON with a final newline, and reads back the same record', () => {
    const folder = tempHome();
    writeClass(folder, record());
    expect(readFileSync(classFile(folder), 'utf8')).toBe(`${JSON.stringify(record(), null, 2)}\n`);
    expect(readClass(folder)).toEqual(record());
  });

  it('replaces the class file whole when written again', () => {
    const folder = tempHome();
    writeClass(folder, record());
    const next = { ...record(), name: 'Renamed', games: [] };
    writeClass(folder, next);
    expect(readClass(folder)).toEqual(next);
    expect(readdirSync(folder)).toEqual(['class.mandate']);
  });

  it('reads every memos setting, no seed, and a class without a pairs list (pairs: [])', () => {
    for (const memos of ['off', 'optional', 'required', null] as const) {
      expect(readClass(folderWith({ ...record(), memos }))?.memos).toBe(memos);
    }
    expect(readClass(folderWith({ ...record(), seed: null }))?.seed).toBeNull();
    const { pairs: _, hostPairs: __, ...older } = record();
    const read = readClass(folderWith(older));
    expect(read?.pairs).toEqual([]);
    expect(read).toEqual({ ...older, pairs: [] });
  });

  it('reads names at their longest (player and pair name 60, class 100, scenario 200)', () => {
    const r = record();
    r.name = 'n'.repeat(100);
    r.scenario = 's'.repeat(200);
    r.games[0]!.player = 'p'.repeat(60);
    r.pairs[0]!.name = 'q'.repeat(60);
    r.pairs[0]!.desks.us!.player = 'u'.repeat(60);
    r.pairs[0]!.desks.nato!.player = 'v'.repeat(60);
    r.token = 'Zz_-'.repeat(16);
    expect(readClass(folderWith(r))).toEqual(r);
  });

  it('is null for a folder that holds no class yet, or does not exist', () => {
    expect(readClass(tempHome())).toBeNull();
    expect(readClass(join(tempHome(), 'not', 'made'))).toBeNull();
  });

  it('refuses a class file that is a folder, in one line naming it', () => {
    const folder = tempHome();
    mkdirSync(classFile(folder));
    expect(refusal(folder)).toBe(`${classFile(folder)}: is a folder, not a class file`);
  });

  it('refuses a class file over 20 MB without reading it', () => {
    const folder = folderWith('');
    truncateSync(classFile(folder), 20 * 1024 * 1024 + 1);
    expect(refusal(folder)).toBe(`${classFile(folder)}: too large for a class file (20 MB)`);
  });

  it('refuses a damaged class file as not valid JSON', () => {
    const folder = folderWith('{"format": "mandate-class", ');
    expect(refusal(folder)).toBe(`${classFile(folder)}: not valid JSON (the file looks damaged)`);
  });

  it('refuses JSON that is not a class, naming the first field that is wrong', () => {
    const folder = folderWith('[]');
    expect(refusal(folder)).toBe(
      `${classFile(folder)}: not a Mandate class file (the document: Invalid input: expected object, received array)`,
    );
    expect(problemAfter(['format'], 'mandate-log')).toBe(
      notAClass('format', 'Invalid input: expected "mandate-class"'),
    );
    expect(problemAfter(['version'], 2)).toBe(notAClass('version', 'Invalid input: expected 1'));
  });

  it.each<[string, FieldPath, unknown, string, string]>([
    [
      'a game id with a character before it',
      ['games', 1, 'id'],
      `x${'b'.repeat(12)}`,
      'games.1.id',
      pattern(GAME_ID_RE),
    ],
    [
      'a game id with a character after it',
      ['games', 1, 'id'],
      `${'b'.repeat(12)}x`,
      'games.1.id',
      pattern(GAME_ID_RE),
    ],
    ['a pair id with a character after it', ['pairs', 0, 'id'], 'pair00000001x', 'pairs.0.id', pattern(GAME_ID_RE)],
    [
      'a secret hash with a character before it',
      ['games', 0, 'secretHash'],
      `0${HASH}`,
      'games.0.secretHash',
      pattern(HASH_RE),
    ],
    [
      'a secret hash with a character after it',
      ['games', 0, 'secretHash'],
      `${HASH}0`,
      'games.0.secretHash',
      pattern(HASH_RE),
    ],
    [
      'a secret hash in capitals',
      ['games', 0, 'secretHash'],
      HASH.toUpperCase(),
      'games.0.secretHash',
      pattern(HASH_RE),
    ],
    [
      "the US desk's hash with a character before it",
      ['pairs', 0, 'desks', 'us', 'secretHash'],
      `a${HASH}`,
      'pairs.0.desks.us.secretHash',
      pattern(HASH_RE),
    ],
    [
      "the US desk's hash with a character after it",
      ['pairs', 0, 'desks', 'us', 'secretHash'],
      `${HASH}a`,
      'pairs.0.desks.us.secretHash',
      pattern(HASH_RE),
    ],
    [
      "the NATO desk's hash with a character before it",
      ['pairs', 0, 'desks', 'nato', 'secretHash'],
      `f${HASH}`,
      'pairs.0.desks.nato.secretHash',
      pattern(HASH_RE),
    ],
    [
      "the NATO desk's hash with a character after it",
      ['pairs', 0, 'desks', 'nato', 'secretHash'],
      `${HASH}f`,
      'pairs.0.desks.nato.secretHash',
      pattern(HASH_RE),
    ],
    ['a class code with a character before it', ['code'], 'AAZ29KM', 'code', pattern('/^[A-Z2-9]{6}$/')],
    ['a class code with a character after it', ['code'], 'AZ29KMM', 'code', pattern('/^[A-Z2-9]{6}$/')],
    ['a class code with a 1 (never drawn)', ['code'], 'AZ21KM', 'code', pattern('/^[A-Z2-9]{6}$/')],
    ['a token of 23 characters', ['token'], 'a'.repeat(23), 'token', pattern('/^[A-Za-z0-9_-]{24,64}$/')],
    ['a token of 65 characters', ['token'], 'a'.repeat(65), 'token', pattern('/^[A-Za-z0-9_-]{24,64}$/')],
    ['a token with a dot before it', ['token'], `.${'a'.repeat(24)}`, 'token', pattern('/^[A-Za-z0-9_-]{24,64}$/')],
    ['a token with a dot after it', ['token'], `${'a'.repeat(24)}.`, 'token', pattern('/^[A-Za-z0-9_-]{24,64}$/')],
    [
      'an empty player name',
      ['games', 0, 'player'],
      '',
      'games.0.player',
      'Too small: expected string to have >=1 characters',
    ],
    [
      'a player name of 61',
      ['games', 0, 'player'],
      'p'.repeat(61),
      'games.0.player',
      'Too big: expected string to have <=60 characters',
    ],
    [
      'an empty pair name',
      ['pairs', 1, 'name'],
      '',
      'pairs.1.name',
      'Too small: expected string to have >=1 characters',
    ],
    [
      'a pair name of 61',
      ['pairs', 1, 'name'],
      'n'.repeat(61),
      'pairs.1.name',
      'Too big: expected string to have <=60 characters',
    ],
    [
      'an empty desk player',
      ['pairs', 0, 'desks', 'nato', 'player'],
      '',
      'pairs.0.desks.nato.player',
      'Too small: expected string to have >=1 characters',
    ],
    [
      'a desk player of 61',
      ['pairs', 0, 'desks', 'us', 'player'],
      'd'.repeat(61),
      'pairs.0.desks.us.player',
      'Too big: expected string to have <=60 characters',
    ],
    ['a class name of 101', ['name'], 'n'.repeat(101), 'name', 'Too big: expected string to have <=100 characters'],
    [
      'a scenario of 201',
      ['scenario'],
      's'.repeat(201),
      'scenario',
      'Too big: expected string to have <=200 characters',
    ],
    [
      'a desk that is not us or nato',
      ['games', 0, 'role'],
      'un',
      'games.0.role',
      'Invalid option: expected one of "us"|"nato"',
    ],
    [
      'a memos setting of its own',
      ['memos'],
      'maybe',
      'memos',
      'Invalid option: expected one of "off"|"optional"|"required"',
    ],
    [
      'a third desk',
      ['pairs', 0, 'desks', 'un'],
      { player: 'Hal', secretHash: HASH },
      'pairs.0.desks',
      'Unrecognized key: "un"',
    ],
    ['a joining time that is not one', ['games', 0, 'joinedAt'], 'today', 'games.0.joinedAt', 'Invalid ISO datetime'],
    [
      'hostPairs that is not true or false',
      ['hostPairs'],
      'yes',
      'hostPairs',
      'Invalid input: expected boolean, received string',
    ],
  ])('refuses %s, naming the field', (_what, field, value, path, message) => {
    expect(problemAfter(field, value)).toBe(notAClass(path, message));
  });

  it('leaves a refused class file as it was', () => {
    const text = JSON.stringify({ ...record(), code: 'lower1' });
    const folder = folderWith(text);
    expect(refusal(folder)).toMatch(/: not a Mandate class file \(code: /);
    expect(readFileSync(classFile(folder), 'utf8')).toBe(text);
  });
});

describe('game logs in the folder', () => {
  it('writes a game log as received, under games/ID.json', () => {
    const folder = tempHome();
    mkdirSync(gamesDir(folder));
    writeGameLog(folder, 'az09az09az09', 'the log, as the student sent it\n');
    expect(readFileSync(join(folder, 'games', 'az09az09az09.json'), 'utf8')).toBe('the log, as the student sent it\n');
    writeGameLog(folder, 'az09az09az09', 'the next one\n');
    expect(readFileSync(join(folder, 'games', 'az09az09az09.json'), 'utf8')).toBe('the next one\n');
  });

  it('writes one in the background the same way, and refuses a bad id before writing', async () => {
    const folder = tempHome();
    mkdirSync(gamesDir(folder));
    await writeGameLogAsync(folder, 'bbbbbbbbbbbb', '{"sent": true}\n');
    expect(readFileSync(join(gamesDir(folder), 'bbbbbbbbbbbb.json'), 'utf8')).toBe('{"sent": true}\n');
    const error = thrown(() => writeGameLogAsync(folder, '../class', 'x'));
    expect(error).toBeInstanceOf(ClassFolderError);
    expect(error.message).toBe('not a game id: "../class"');
    expect(readdirSync(gamesDir(folder))).toEqual(['bbbbbbbbbbbb.json']);
  });

  it('reads nothing, and no problem, from a folder without a games folder', () => {
    const r = readGameLogs(tempHome());
    expect(r.logs.size).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it('reads every log named by a game id, by id; names a damaged one; passes over any other file', () => {
    const folder = tempHome();
    const games = gamesDir(folder);
    mkdirSync(games);
    const ann: DecisionLog = unfinishedLog(1);
    const bo: DecisionLog = finishedLog('nato');
    const text = (log: DecisionLog) => `${JSON.stringify(log, null, 2)}\n`;
    writeFileSync(join(games, 'az09az09az09.json'), text(ann));
    writeFileSync(join(games, 'bbbbbbbbbbbb.json'), text(bo));
    writeFileSync(join(games, 'cccccccccccc.json'), '{"format": ');
    // Good logs under names the host never draws: none is read, none is a problem.
    writeFileSync(join(games, 'dddddddddddd'), text(ann)); // an id, but not .json
    writeFileSync(join(games, 'dddddddddddd.json.tmp'), text(ann)); // a temporary
    writeFileSync(join(games, 'class.json'), '{}'); // .json, but not an id
    writeFileSync(join(games, 'DDDDDDDDDDDD.json'), text(ann));
    writeFileSync(join(games, 'eeeeeeeeeee.json'), text(ann));
    writeFileSync(join(games, 'az09az09az09.json.json'), text(ann));
    const { logs, problems } = readGameLogs(folder);
    expect([...logs.keys()].sort()).toEqual(['az09az09az09', 'bbbbbbbbbbbb']);
    expect(logs.get('az09az09az09')).toEqual(ann);
    expect(logs.get('bbbbbbbbbbbb')).toEqual(bo);
    expect(problems).toEqual([
      `${join(games, 'cccccccccccc.json')}: not valid JSON (the file looks truncated or damaged)`,
    ]);
  });

  it("reads only the games asked for, so a pair's log beside them is not called damaged", () => {
    const folder = tempHome();
    const games = gamesDir(folder);
    mkdirSync(games);
    const ann: DecisionLog = unfinishedLog(1);
    writeFileSync(join(games, 'aaaaaaaaaaaa.json'), `${JSON.stringify(ann)}\n`);
    writeFileSync(join(games, 'bbbbbbbbbbbb.json'), '{"format": "mandate-pair-log"}\n');
    const { logs, problems } = readGameLogs(folder, ['aaaaaaaaaaaa']);
    expect([...logs.keys()]).toEqual(['aaaaaaaaaaaa']);
    expect(problems).toEqual([]);
    expect(readGameLogs(folder).problems).toHaveLength(1);
  });
});

describe('lockClassFolder', () => {
  it('holds the folder for this host: class.mandate.lock holds its process id', () => {
    const folder = tempHome();
    lockClassFolder(folder);
    expect(readFileSync(`${classFile(folder)}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    // This host again: no refusal.
    lockClassFolder(folder);
    expect(existsSync(classFile(folder))).toBe(false);
  });

  it('refuses a folder another running host holds, and leaves its lock alone', () => {
    const folder = tempHome();
    // Process 1 always runs.
    writeFileSync(`${classFile(folder)}.lock`, '1\n');
    expect(() => lockClassFolder(folder)).toThrow(LogLockedError);
    expect(() => lockClassFolder(folder)).toThrow(
      `${classFile(folder)}: this game is open in another Mandate (process 1); close that one first`,
    );
    expect(readFileSync(`${classFile(folder)}.lock`, 'utf8')).toBe('1\n');
  });
});
