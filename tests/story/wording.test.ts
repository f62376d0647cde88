/**
 * Words a 16-year-old reads without help (issue "The campaign, revised"): a stock line said
 * once is a voice, said twice it is a tic; an idiom only a native speaker knows is a wall.
 * Searched in the source of every story/*.ink file, text and comments alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../story/', import.meta.url);
const source = readdirSync(dir)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');

const count = (pattern: RegExp) => source.match(new RegExp(pattern.source, 'gi'))?.length ?? 0;

describe('the campaign’s wording', () => {
  it('reads the story it is meant to read', () => {
    expect(count(/Paris, Berlin and Brussels/)).toBeGreaterThan(1);
  });

  it.each([
    ['comes up in meetings you are not invited to', /meetings you are not invited to/],
    ['two commands … how soldiers get killed', /two commands[^\n]*?how soldiers get killed/],
  ])('says the stock line "%s" at most once', (_line, pattern) => {
    expect(count(pattern)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['washing dirty linen in public', /dirty linen/],
    ['ran into the sand', /\b(?:ran|run|runs|running) into the sand/],
  ])('has no idiom "%s"', (_idiom, pattern) => {
    expect(count(pattern)).toBe(0);
  });
});
