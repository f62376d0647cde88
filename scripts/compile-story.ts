/**
 * Compiles story/main.ink (and its INCLUDEs) to story/build/mandate.json. Prints every error
 * and warning as `story/FILE.ink:LINE: message`; exits 1 on any error. Also writes what the
 * story declares in its global tags (id, version, labels) and its optional events to story/build/info.json, so the
 * title screen can show its words and find its saved games without parsing the whole story.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storyEventNames } from '../src/engine/explorer/event-names.js';
import { formatCompileMessage } from '../src/engine/story/compiler.js';
import { storyMeta } from '../src/engine/story/info.js';
import { compileInkFile } from '../src/storage/story-files.js';

export function compileStory(main = 'story/main.ink', out = 'story/build/mandate.json'): boolean {
  const result = compileInkFile(main);
  for (const msg of result.messages) process.stderr.write(`${formatCompileMessage(msg, result.dir)}\n`);
  if (!result.json) return false;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.json);
  // The optional events too, so a scenario file's event names are checked without reading the story.
  const info = { ...storyMeta(result.json), events: storyEventNames(result.json) };
  writeFileSync(join(dirname(out), 'info.json'), `${JSON.stringify(info, null, 2)}\n`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = compileStory() ? 0 : 1;
}
