/**
 * Reads ink sources and compiled stories from disk for the compiler and the engine: regular
 * files of a bounded size only (a FIFO or /dev/zero is refused, not waited on), byte-order
 * marks removed, and an author's INCLUDEs kept inside the story's own folder.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledStoryProblem } from '../engine/story/compiled-json.js';
import { type CompileResult, compileInk } from '../engine/story/compiler.js';
import { BoundedReadError, readBoundedText, stripBom } from './bounded-read.js';

/**
 * Large enough for a commercial game's whole source or compiled JSON (a few MB), small enough
 * that a wrong file is refused before it fills the memory.
 */
export const MAX_STORY_BYTES = 32 * 1024 * 1024;

/** Compiles an .ink file and its INCLUDEs, relative to the file's folder. */
export function compileInkFile(path: string): CompileResult & { dir: string } {
  const dir = dirname(path);
  const source = stripBom(readFileSync(path, 'utf8'));
  const result = compileInk(basename(path), source, (name) => stripBom(readFileSync(join(dir, name), 'utf8')));
  return { ...result, dir };
}

/** A story file that cannot be read: the message is one line, fit for the user. */
export class StoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryFileError';
  }
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

function readText(path: string, what: string): string {
  try {
    return readBoundedText(path, { limit: MAX_STORY_BYTES, what: `${what}` });
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    const reason = e.code === 'EISDIR' ? 'it is a folder' : e.problem;
    throw new StoryFileError(`cannot read ${what} ${displayPath(path)}: ${reason}`);
  }
}

/** The real path, or the resolved one when it does not exist (yet). */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * An INCLUDE of an author's story: only files under the main file's folder (links followed),
 * so that a story handed to a teacher cannot show them `../../../../etc/hostname`.
 */
function assertInsideFolder(file: string, folder: string, written: string): void {
  const root = realOrResolved(folder);
  const target = realOrResolved(file);
  if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw new StoryFileError(
      `INCLUDE ${written} is outside the story's folder: a story may include only files in its own folder or below`,
    );
  }
}

/**
 * Compiles an author's .ink file for play or check. Unlike compileInkFile, every file is named
 * by its path from the working folder (`examples/isaf/contract.ink`), in messages and in the
 * source index alike, so each `FILE:LINE` can be opened as printed.
 */
export function compileStoryFile(path: string, options: { index?: boolean } = {}): CompileResult {
  const main = displayPath(path);
  const source = readText(path, 'story');
  const dir = dirname(main);
  const written = new Map<string, string>();
  return compileInk(
    main,
    source,
    (name) => {
      assertInsideFolder(name, dirname(path), written.get(name) ?? name);
      return readText(name, 'included file');
    },
    {
      index: options.index,
      resolveInclude: (name) => {
        const shown = displayPath(join(dir, name));
        written.set(shown, name);
        return shown;
      },
    },
  );
}

/**
 * Reads a compiled story (.json): JSON at all, with the shape of a compiled ink story (see
 * engine/story/compiled-json.ts). The text comes back without its byte-order mark, which
 * inklecate, Inky and the inkjs compiler all write.
 */
export function readStoryJson(path: string): string {
  const text = readText(path, 'story');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StoryFileError(
      `${displayPath(path)} is not JSON: a compiled story is the .json file inklecate or Inky exports`,
    );
  }
  const problem = compiledStoryProblem(data);
  if (problem) throw new StoryFileError(`${displayPath(path)}: not a compiled ink story: ${problem}`);
  return text;
}

/**
 * The shipped campaign's ink source, when installed beside the program (it is in the package),
 * or null. Looked for upwards from this module, which esbuild may have moved into dist/chunks/.
 */
export function builtInStoryMain(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'story', 'main.ink');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}
