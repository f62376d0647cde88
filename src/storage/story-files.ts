/** Reads ink sources and compiled stories from disk for the compiler and the engine. */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type CompileResult, compileInk } from '../engine/story/compiler.js';

/** Compiles an .ink file and its INCLUDEs, relative to the file's folder. */
export function compileInkFile(path: string): CompileResult & { dir: string } {
  const dir = dirname(path);
  const source = readFileSync(path, 'utf8');
  const result = compileInk(basename(path), source, (name) => readFileSync(join(dir, name), 'utf8'));
  return { ...result, dir };
}
