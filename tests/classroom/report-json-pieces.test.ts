/**
 * The class report's JSON written a piece at a time (render/json.ts, renderJsonPieces) is the
 * same text, byte for byte, as the report stringified whole: the pieces only spare memory.
 */
import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonPieces } from '../../src/cli/render/json.js';

const pieces = (data: object) => [...renderJsonPieces(data)];

describe('the JSON of a report, piece by piece', () => {
  it('joins to exactly what JSON.stringify writes, arrays and nesting included', () => {
    const data = {
      format: 'x',
      n: 3,
      none: null,
      empty: [],
      emptyObject: {},
      left: undefined,
      fn: () => 1,
      roster: [{ id: 'game-1', final: { capital: 5 }, tags: ['a', 'b'], nested: [[1, 2], []] }, 'two', null, [3]],
      holes: [undefined, () => 2, 4],
      deep: { a: [{ b: { c: [1] } }] },
    };
    expect(pieces(data).join('')).toBe(renderJson(data));
    expect(pieces({}).join('')).toBe(renderJson({}));
    expect(pieces({ only: [] }).join('')).toBe(renderJson({ only: [] }));
  });

  it('escapes what a terminal could obey in every piece, as the whole text does', () => {
    const data = { player: 'a\u009b31m\u202eb', roster: [{ player: '\u007f\u2028' }], text: 'line\nbreak\u001b[2J' };
    const text = pieces(data).join('');
    expect(text).toBe(renderJson(data));
    for (const c of ['\u001b', '\u007f', '\u009b', '\u2028', '\u202e']) expect(text).not.toContain(c);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('writes a long array an element at a time, never the whole array in one piece', () => {
    const roster = Array.from({ length: 1000 }, (_, i) => ({ id: `game-${i + 1}`, file: `f${i}.json` }));
    const all = pieces({ roster });
    expect(all.length).toBeGreaterThan(1000);
    expect(Math.max(...all.map((p) => p.length))).toBeLessThan(100);
    expect(all.join('')).toBe(renderJson({ roster }));
  });
});
