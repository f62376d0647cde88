/** Reads ink sources and compiled stories from disk for the compiler and the engine. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompileResult, compileInk } from '../engine/story/compiler.js';

/** Compiles an .ink file and its INCLUDEs, relative to the file's folder. */
export function compileInkFile(path: string): CompileResult & { dir: string } {
  const dir = dirname(path);
  const source = readFileSync(path, 'utf8');
  const result = compileInk(basename(path), source, (name) => readFileSync(join(dir, name), 'utf8'));
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
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new StoryFileError(`cannot read ${what} ${displayPath(path)}: ${reason}`);
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
  return compileInk(main, source, (name) => readText(name, 'included file'), {
    index: options.index,
    resolveInclude: (name) => displayPath(join(dir, name)),
  });
}

/** Reads a compiled story (.json) and checks that it is JSON at all; the engine checks the rest. */
export function readStoryJson(path: string): string {
  const text = readText(path, 'story');
  try {
    JSON.parse(text);
  } catch {
    throw new StoryFileError(
      `${displayPath(path)} is not JSON: a compiled story is the .json file inklecate or Inky exports`,
    );
  }
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
