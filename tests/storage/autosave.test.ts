/**
 * The autosaver and the checks on `--log FILE` (storage/autosave.ts), in process: a new game's
 * file is made exclusively (an existing one is refused and left as it was), `--log` is refused
 * before the game begins when it names a folder, an existing file or a place that cannot be
 * written, and every save writes the whole log, byte for byte, to every file; a save that
 * cannot happen says which file and why, and a story that failed mid-passage leaves the last
 * save standing. The CLI tests reach the same code only through the built program.
 *
 * The tests run as root, who may write anywhere: a folder that cannot be written is simulated
 * by intercepting `accessSync` for folders named `read-only`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { GameSession as Session } from '../../src/engine/session.js';
import { thrown } from '../helpers/thrown.js';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const accessSync = ((path: string, mode?: number) => {
    if (String(path).endsWith('/read-only') && mode === fs.constants.W_OK) {
      throw Object.assign(new Error(`EACCES: permission denied, access '${path}'`), {
        code: 'EACCES',
        syscall: 'access',
        path,
      });
    }
    return fs.accessSync(path, mode);
  }) as typeof fs.accessSync;
  return { ...fs, accessSync, default: { ...fs, accessSync } };
});

const { buildLog } = await import('../../src/engine/log.js');
const { BUILT_IN_SCENARIOS } = await import('../../src/engine/scenario.js');
const { GameSession } = await import('../../src/engine/session.js');
const { compileInk } = await import('../../src/engine/story/compiler.js');
const { ParsedStory } = await import('../../src/engine/story/runtime.js');
const { assertNewLogFile, createAutosaver, createExclusively, LogExistsError } = await import(
  '../../src/storage/autosave.js'
);
const { FileProblem, StorageError } = await import('../../src/storage/fs-errors.js');
const { LogLockedError } = await import('../../src/storage/log-lock.js');
const { tempHome } = await import('../helpers/cli.js');
const { CREATED, randomPlay, story } = await import('../logs/fixtures.js');

const EXISTS = 'already exists; choose a new file name (to continue a game, use mandate resume)';
const AT = new Date('2024-03-01T10:30:00.000Z');
const meta = { player: 'Cy', createdAt: CREATED };
/** The bytes a save of `session` at AT must write. */
const expected = (session: Session, m: typeof meta | { player: null; createdAt: string } = meta) =>
  `${JSON.stringify(buildLog(session, story, m, AT), null, 2)}\n`;

describe('createExclusively', () => {
  it('makes a new, empty file', () => {
    const file = join(tempHome(), 'new.json');
    createExclusively(file);
    expect(statSync(file).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('refuses a file that exists, and leaves it as it was', () => {
    const file = join(tempHome(), 'game.json');
    writeFileSync(file, 'a game already saved\n');
    const error = thrown(() => createExclusively(file));
    expect(error).toBeInstanceOf(LogExistsError);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.name).toBe('LogExistsError');
    expect(error.message).toBe(`${file}: ${EXISTS}`);
    expect((error as InstanceType<typeof LogExistsError>).file).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('a game already saved\n');
  });

  it('says why it cannot make a file in a folder that is not there', () => {
    const file = join(tempHome(), 'gone', 'new.json');
    const error = thrown(() => createExclusively(file));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).not.toBeInstanceOf(LogExistsError);
    expect(error.message).toBe(`${file}: cannot save: no such file`);
  });
});

describe('assertNewLogFile (--log FILE, before the game begins)', () => {
  it('takes a new file in a folder that exists, or in folders still to be made, and makes nothing', () => {
    const dir = tempHome();
    expect(() => assertNewLogFile(join(dir, 'game.json'))).not.toThrow();
    expect(() => assertNewLogFile(join(dir, 'class', 'week 2', 'game.json'))).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes a relative file name (checked in the current folder)', () => {
    const dir = tempHome();
    expect(() => assertNewLogFile(relative(process.cwd(), join(dir, 'new', 'game.json')))).not.toThrow();
  });

  it.each(['saves/', 'saves\\'])('refuses %s: a name ending in a slash is a folder', (name) => {
    const file = join(tempHome(), name);
    const error = thrown(() => assertNewLogFile(file));
    expect(error).toBeInstanceOf(FileProblem);
    expect(error.message).toBe(`${file}: --log needs a file name, not a folder`);
  });

  it('refuses a folder named without a slash', () => {
    const dir = tempHome();
    const error = thrown(() => assertNewLogFile(dir));
    expect(error).toBeInstanceOf(FileProblem);
    expect(error).not.toBeInstanceOf(LogExistsError);
    expect(error.message).toBe(`${dir}: is a folder; --log needs a file name`);
  });

  it('refuses a file that exists, and leaves it as it was', () => {
    const file = join(tempHome(), 'kept.json');
    writeFileSync(file, 'kept\n');
    const error = thrown(() => assertNewLogFile(file));
    expect(error).toBeInstanceOf(LogExistsError);
    expect(error.message).toBe(`${file}: ${EXISTS}`);
    expect(readFileSync(file, 'utf8')).toBe('kept\n');
  });

  it('refuses a place that cannot be written, naming the nearest folder that exists', () => {
    const dir = join(tempHome(), 'read-only');
    mkdirSync(dir);
    const direct = join(dir, 'game.json');
    expect(thrown(() => assertNewLogFile(direct)).message).toBe(
      `${direct}: cannot save the game there (${dir} is not writable)`,
    );
    const deep = join(dir, 'week 2', 'monday', 'game.json');
    const error = thrown(() => assertNewLogFile(deep));
    expect(error).toBeInstanceOf(FileProblem);
    expect(error.message).toBe(`${deep}: cannot save the game there (${dir} is not writable)`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('createAutosaver', () => {
  it('makes the folders and takes the lock on each file; makes exclusively the files of a new game', () => {
    const dir = tempHome();
    const files = [join(dir, 'saves', 'deep', 'a.json'), join(dir, 'b.json')];
    const saver = createAutosaver(files, story, meta, { create: [files[0]!] });
    expect(saver.files).toEqual(files);
    expect(saver.player).toBe('Cy');
    expect(readFileSync(files[0]!, 'utf8')).toBe('');
    // Not among `create`: not made until the first save.
    expect(existsSync(files[1]!)).toBe(false);
    for (const f of files) expect(readFileSync(`${f}.lock`, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('leaves a resumed game’s file as it is until the first save', () => {
    const file = join(tempHome(), 'resumed.json');
    writeFileSync(file, 'the game so far\n');
    const saver = createAutosaver([file], story, { player: null, createdAt: CREATED });
    expect(saver.player).toBeNull();
    expect(readFileSync(file, 'utf8')).toBe('the game so far\n');
  });

  it('refuses a new game over a file that exists, and leaves the file as it was', () => {
    const dir = tempHome();
    const file = join(dir, 'taken.json');
    writeFileSync(file, 'someone’s game\n');
    const error = thrown(() => createAutosaver([file], story, meta, { create: [file] }));
    expect(error).toBeInstanceOf(LogExistsError);
    expect(error.message).toBe(`${file}: ${EXISTS}`);
    expect(readFileSync(file, 'utf8')).toBe('someone’s game\n');
  });

  it('refuses a file another running game holds', () => {
    const file = join(tempHome(), 'held.json');
    writeFileSync(`${file}.lock`, '1\n'); // process 1 always runs
    const error = thrown(() => createAutosaver([file], story, meta, { create: [file] }));
    expect(error).toBeInstanceOf(LogLockedError);
    expect(error.message).toBe(`${file}: this game is open in another Mandate (process 1); close that one first`);
    expect(existsSync(file)).toBe(false);
  });

  it('says which file it cannot make a folder for, and where', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'plain'), 'a file, not a folder');
    const file = join(dir, 'plain', 'saves', 'a.json');
    const error = thrown(() => createAutosaver([file], story, meta));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toBe(
      `${file}: cannot save: a part of the path is a file, not a folder (${join(dir, 'plain', 'saves')})`,
    );
  });
});

describe('a save', () => {
  it('writes the whole log, as indented JSON, to every file, after each decision', () => {
    const dir = tempHome();
    const files = [join(dir, 'saves', 'a.json'), join(dir, 'copy.json')];
    const saver = createAutosaver(files, story, meta, { create: files, clock: () => AT });
    const session = randomPlay('us', 4, 'short', []);
    saver.save(session);
    for (const f of files) expect(readFileSync(f, 'utf8')).toBe(expected(session));
    session.choose(0);
    session.choose(1);
    saver.save(session);
    for (const f of files) expect(readFileSync(f, 'utf8')).toBe(expected(session));
    expect(JSON.parse(readFileSync(files[1]!, 'utf8')).decisions).toHaveLength(2);
  });

  it('writes a game without a player name as such', () => {
    const file = join(tempHome(), 'anon.json');
    const anon = { player: null, createdAt: CREATED };
    const saver = createAutosaver([file], story, anon, { clock: () => AT });
    const session = randomPlay('nato', 2, 'short', [0]);
    saver.save(session);
    expect(readFileSync(file, 'utf8')).toBe(expected(session, anon));
  });

  it('is stamped with the time of the save when no clock is given', () => {
    const file = join(tempHome(), 'now.json');
    const saver = createAutosaver([file], story, meta);
    const before = Date.now();
    saver.save(randomPlay('us', 3, 'short', [0]));
    const at = Date.parse(JSON.parse(readFileSync(file, 'utf8')).updatedAt);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('leaves the last save standing when the story failed mid-passage', () => {
    const ink = `# story: broken
VAR role = ""
VAR scenario = ""
-> start
=== start ===
The start.
+ [Go on] -> start
+ [Break] -> broken
=== broken ===
~ temp x = deep(0)
-> END
=== function deep(n) ===
~ return deep(n + 1)
`;
    const compiled = compileInk('broken.ink', ink, () => '');
    const parsed = new ParsedStory(compiled.json!, compiled.story);
    const session = GameSession.start({
      storyJson: parsed,
      role: 'us',
      seed: 1,
      scenario: BUILT_IN_SCENARIOS.short,
      undo: false,
    });
    const file = join(tempHome(), 'broken.json');
    const saver = createAutosaver([file], compiled.json!, meta, { clock: () => AT });
    session.choose(0);
    saver.save(session);
    const saved = readFileSync(file, 'utf8');
    expect(JSON.parse(saved).decisions).toHaveLength(1);
    expect(() => session.choose(1)).toThrow(/called 2,000 deep/);
    expect(session.failed).not.toBeNull();
    saver.save(session);
    expect(readFileSync(file, 'utf8')).toBe(saved);
  });

  it('refuses a log past its limits, naming the first file, and writes nothing', () => {
    const dir = tempHome();
    const files = [join(dir, 'first.json'), join(dir, 'second.json')];
    const long = { player: 'p'.repeat(201), createdAt: CREATED };
    const saver = createAutosaver(files, story, long);
    const error = thrown(() => saver.save(randomPlay('us', 1, 'short', [0])));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toBe(
      `${files[0]}: the game cannot be saved: the player name is 201 characters long (a decision log holds at most 200)`,
    );
    expect(files.some(existsSync)).toBe(false);
  });

  it('refuses a log past its limits as "the log" when it has no file', () => {
    const saver = createAutosaver([], story, { player: 'p'.repeat(201), createdAt: CREATED });
    expect(saver.files).toEqual([]);
    expect(thrown(() => saver.save(randomPlay('us', 1, 'short', [0]))).message).toBe(
      'the log: the game cannot be saved: the player name is 201 characters long (a decision log holds at most 200)',
    );
  });

  it('lets an error that is not about the log’s limits through as itself', () => {
    const file = join(tempHome(), 'bug.json');
    const saver = createAutosaver([file], story, meta);
    const session = randomPlay('us', 1, 'short', [0]);
    const view = session.view();
    // A session whose decision has lost its options: a bug, not a problem of the disk or the story.
    const broken = Object.assign(Object.create(session) as Session, {
      view: () => ({ ...view, decisions: [{ ...view.decisions[0]!, options: null }] }),
    });
    const error = thrown(() => saver.save(broken));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(StorageError);
    expect(existsSync(file)).toBe(false);
  });

  it('says which file could not be written, after writing the ones before it', () => {
    const dir = tempHome();
    const files = [join(dir, 'first.json'), join(dir, 'sub', 'second.json')];
    const saver = createAutosaver(files, story, meta, { clock: () => AT });
    rmSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub'), 'a file where the folder was');
    const session = randomPlay('us', 1, 'short', [0]);
    const error = thrown(() => saver.save(session));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toBe(`${files[1]}: cannot save: a file is in the way (${join(dir, 'sub')})`);
    expect(readFileSync(files[0]!, 'utf8')).toBe(expected(session));
  });

  it('says which file could not be written when a folder took its place', () => {
    const dir = tempHome();
    const file = join(dir, 'game.json');
    const saver = createAutosaver([file], story, meta, { clock: () => AT });
    mkdirSync(file);
    const error = thrown(() => saver.save(randomPlay('us', 1, 'short', [0])));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toBe(`${file}: is a folder, not a file`);
  });
});
