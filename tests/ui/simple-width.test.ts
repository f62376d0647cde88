/**
 * The bundle answers string-width itself for simple text (src/ui/simple-width.ts): every
 * character it accepts must be one cell wide and its own grapheme for every string-width in
 * the bundle, and any string of them must measure its length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSimpleChar, isSimpleText } from '../../src/ui/simple-width.js';

type StringWidth = (text: string, options?: object) => number;

/** Every copy of string-width installed (Ink's own, and the one wrap-ansi keeps). */
function stringWidthCopies(dir = 'node_modules', depth = 0): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'string-width') found.push(path);
    else if (entry.name === 'node_modules' || (depth === 0 && entry.name.startsWith('@'))) {
      found.push(...stringWidthCopies(path, depth + 1));
    } else if (depth < 3) {
      const nested = join(path, 'node_modules');
      try {
        found.push(...stringWidthCopies(nested, depth + 1));
      } catch {
        // No nested node_modules.
      }
    }
  }
  return found;
}

const copies = await Promise.all(
  stringWidthCopies().map(async (dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; exports?: unknown };
    const mod = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { default: StringWidth };
    return { name: `string-width ${pkg.version} (${dir})`, width: mod.default };
  }),
);

const simpleChars: string[] = [];
for (let code = 0; code <= 0xffff; code++) if (isSimpleChar(code)) simpleChars.push(String.fromCharCode(code));

describe('simple text measures its length', () => {
  it('finds the string-width copies the bundle wraps', () => {
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(simpleChars.length).toBeGreaterThan(500);
  });

  it.each(copies.map((c) => [c.name, c] as const))(
    'every simple character is one cell and its own grapheme for %s',
    (_, copy) => {
      const wrong = simpleChars.filter((ch) => copy.width(ch) !== 1 || copy.width(`a${ch}${ch}b`) !== 4);
      expect(wrong.map((ch) => `U+${ch.charCodeAt(0).toString(16)}`)).toEqual([]);
    },
  );

  it.each(copies.map((c) => [c.name, c] as const))(
    'any string of them, coloured or not, is as wide as it is long for %s',
    (_, copy) => {
      const text = fc.array(fc.constantFrom(...simpleChars), { maxLength: 60 }).map((a) => a.join(''));
      fc.assert(
        fc.property(text, fc.boolean(), (plain, coloured) => {
          const shown = coloured ? `\u001B[1m\u001B[32m${plain}\u001B[39m\u001B[22m` : plain;
          expect(copy.width(shown)).toBe(plain.length);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('leaves everything else to string-width: wide, combining, emoji, control characters', () => {
    for (const text of ['漢字', 'e\u0301', '👍', '©', '‼', '↔', '◽', '\t', 'a\u200Bb', '\u00AD', 'x\uD83D']) {
      expect(isSimpleText(text), JSON.stringify(text)).toBe(false);
    }
    expect(isSimpleText('── Turn 1 · August 2003 ── █░ ▸ › … ← → ↑ ↓ é ×')).toBe(true);
  });
});
