/**
 * Compiles story/main.ink (and its INCLUDEs) to story/build/mandate.json. Prints every error
 * and warning as `story/FILE.ink:LINE: message`; exits 1 on any error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatCompileMessage } from '../src/engine/story/compiler.js';
import { compileInkFile } from '../src/storage/story-files.js';

export function compileStory(main = 'story/main.ink', out = 'story/build/mandate.json'): boolean {
  const result = compileInkFile(main);
  for (const msg of result.messages) process.stderr.write(`${formatCompileMessage(msg, result.dir)}\n`);
  if (!result.json) return false;
  mkdirSync('story/build', { recursive: true });
  writeFileSync(out, result.json);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = compileStory() ? 0 : 1;
}
