/** Reading stories from disk: ink compiled with its INCLUDEs, compiled JSON checked, paths as the user typed them. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInStoryMain,
  compileInkFile,
  compileStoryFile,
  displayPath,
  readStoryJson,
  StoryFileError,
} from '../../src/storage/story-files.js';
import { tempHome } from '../helpers/cli.js';

const cwd = process.cwd();

/**
 * A new folder inside the working folder, named as a user there would type it (relative).
 * Tests cannot change the working folder: vitest may run them in worker threads.
 */
function localDir(): string {
  mkdirSync('test-output', { recursive: true });
  return relative(cwd, mkdtempSync(join(cwd, 'test-output', 'stories-')));
}

function problemOf(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(StoryFileError);
    expect((e as Error).name).toBe('StoryFileError');
    return (e as Error).message;
  }
}

/** A small story in two files, the second INCLUDEd from a sub-folder. */
function twoFiles(error = false): string {
  const dir = tempHome();
  mkdirSync(join(dir, 'parts'));
  writeFileSync(join(dir, 'main.ink'), 'INCLUDE parts/end.ink\nHello.\n-> finale\n');
  writeFileSync(join(dir, 'parts', 'end.ink'), `=== finale ===\n${error ? '~ x = \n' : ''}The end.\n-> END\n`);
  return dir;
}

describe('displayPath', () => {
  it('shows a path inside the working folder relative to it, and any other absolute', () => {
    expect(displayPath('story/main.ink')).toBe('story/main.ink');
    expect(displayPath(resolve('story/main.ink'))).toBe('story/main.ink');
    expect(displayPath('/etc/hostname')).toBe('/etc/hostname');
    expect(displayPath('../elsewhere.ink')).toBe(resolve('../elsewhere.ink'));
    expect(displayPath('.')).toBe(cwd);
  });
});

describe('compiling ink from disk', () => {
  it('compiles a file with its INCLUDEs, relative to its own folder', () => {
    const dir = twoFiles();
    const r = compileInkFile(join(dir, 'main.ink'));
    expect(r.dir).toBe(dir);
    expect(r.messages).toEqual([]);
    expect(r.json).toContain('The end.');
  });

  it('names an author’s files by their path from the working folder, in messages as printed', () => {
    const dir = relative(cwd, twoFiles(true));
    const r = compileStoryFile(join(dir, 'main.ink'));
    expect(r.json).toBeNull();
    expect(r.messages[0]).toMatchObject({ severity: 'error', file: resolve(dir, 'parts/end.ink'), line: 2 });
    const local = localDir();
    mkdirSync(join(local, 'parts'));
    writeFileSync(join(local, 'main.ink'), 'INCLUDE parts/end.ink\nHello.\n-> finale\n');
    writeFileSync(join(local, 'parts', 'end.ink'), '=== finale ===\n~ x = \nThe end.\n-> END\n');
    expect(compileStoryFile(join(local, 'main.ink')).messages[0]).toMatchObject({
      file: join(local, 'parts', 'end.ink'),
      line: 2,
    });
    const ok = compileStoryFile(join(twoFiles(), 'main.ink'), { index: true });
    expect(ok.index?.files.every((f) => f.startsWith('/'))).toBe(true);
    expect(compileStoryFile(join(twoFiles(), 'main.ink')).index).toBeUndefined();
  });

  it('says which file it cannot read, and why', () => {
    const dir = localDir();
    const at = (name: string) => join(dir, name);
    expect(problemOf(() => compileStoryFile(at('none.ink')))).toBe(`cannot read story ${at('none.ink')}: no such file`);
    mkdirSync(at('folder.ink'));
    expect(problemOf(() => compileStoryFile(at('folder.ink')))).toBe(
      `cannot read story ${at('folder.ink')}: it is a folder`,
    );
    writeFileSync(at('main.ink'), 'INCLUDE gone.ink\nHello.\n');
    // The compiler reports a missing INCLUDE as an error of the story, with the reader's words.
    const missing = compileStoryFile(at('main.ink'));
    expect(missing.json).toBeNull();
    expect(missing.messages.map((m) => m.message).join('\n')).toContain(
      `cannot read included file ${at('gone.ink')}: no such file`,
    );
    writeFileSync(at('file'), '');
    expect(problemOf(() => compileStoryFile(at('file/x.ink')))).toBe(
      `cannot read story ${at('file/x.ink')}: a part of the path is a file, not a folder`,
    );
  });
});

describe("INCLUDE stays in the story's folder", () => {
  /** The messages of compiling `main` (in a folder `story` of a fresh temp folder) with `files` beside it. */
  function compileWith(main: string, files: Record<string, string>) {
    const top = tempHome();
    const dir = join(top, 'story');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(top, name, '..'), { recursive: true });
      writeFileSync(join(top, name), text);
    }
    writeFileSync(join(dir, 'main.ink'), main);
    return { top, dir, result: compileStoryFile(join(dir, 'main.ink')) };
  }
  const outside = (written: string) =>
    `INCLUDE ${written} is outside the story's folder: a story may include only files in its own folder or below`;
  const messages = (r: { messages: { message: string }[] }) => r.messages.map((m) => m.message).join('\n');

  it('includes a file of a folder below its own', () => {
    const { result } = compileWith('INCLUDE parts/end.ink\nHello.\n-> finale\n', {
      'story/parts/end.ink': '=== finale ===\nThe end.\n-> END\n',
    });
    expect(result.messages).toEqual([]);
    expect(result.json).toContain('The end.');
  });

  it('refuses a file above its folder, naming it as written', () => {
    const { result } = compileWith('INCLUDE ../secret.ink\nHello.\n', { 'secret.ink': 'The secret.\n' });
    expect(result.json).toBeNull();
    expect(messages(result)).toContain(outside('../secret.ink'));
  });

  it('refuses a folder beside it whose name begins with its own', () => {
    const { result } = compileWith('INCLUDE ../story-two/x.ink\nHello.\n', { 'story-two/x.ink': 'Other.\n' });
    expect(result.json).toBeNull();
    expect(messages(result)).toContain(outside('../story-two/x.ink'));
  });

  it('refuses a link in its folder that leads out of it', () => {
    const top = tempHome();
    const dir = join(top, 'story');
    mkdirSync(dir);
    writeFileSync(join(top, 'secret.ink'), 'The secret.\n');
    symlinkSync(join(top, 'secret.ink'), join(dir, 'inside.ink'));
    writeFileSync(join(dir, 'main.ink'), 'INCLUDE inside.ink\nHello.\n');
    const result = compileStoryFile(join(dir, 'main.ink'));
    expect(result.json).toBeNull();
    expect(messages(result)).toContain(outside('inside.ink'));
  });
});

describe('readStoryJson', () => {
  it('reads a compiled story as text, and refuses a file that is not JSON', () => {
    const dir = localDir();
    const at = (name: string) => join(dir, name);
    const compiled = '{"inkVersion": 21, "root": [["done", null]], "listDefs": {}}';
    writeFileSync(at('story.json'), compiled);
    expect(readStoryJson(at('story.json'))).toBe(compiled);
    // JSON that is not a compiled story is refused at once, with what is missing.
    writeFileSync(at('other.json'), '{"inkVersion": 21}');
    expect(problemOf(() => readStoryJson(at('other.json')))).toMatch(/not a compiled ink story: no "root" array/);
    writeFileSync(at('story.ink.json'), 'Hello.');
    expect(problemOf(() => readStoryJson(at('story.ink.json')))).toBe(
      `${at('story.ink.json')} is not JSON: a compiled story is the .json file inklecate or Inky exports`,
    );
    expect(problemOf(() => readStoryJson(resolve(at('none.json'))))).toBe(
      `cannot read story ${at('none.json')}: no such file`,
    );
  });
});

describe('builtInStoryMain', () => {
  it('finds the campaign’s source beside the program', () => {
    expect(builtInStoryMain()).toBe(resolve('story/main.ink'));
  });
});
