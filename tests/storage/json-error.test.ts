/**
 * Where a document stops being JSON (src/storage/json-error.ts): ` (line L, column C)` counted
 * from 1, or ` (it ends too soon)`, or nothing when the parser did not say where, and never a
 * quote of the file. Checked on the errors of JSON.parse itself (Node 20's words) and on errors
 * built by hand for the cases the parser cannot produce (a position past the end).
 */
import { describe, expect, it } from 'vitest';
import { jsonErrorWhere } from '../../src/storage/json-error.js';

/** The error JSON.parse throws for `text`. */
function parseError(text: string): Error {
  try {
    JSON.parse(text);
  } catch (e) {
    return e as Error;
  }
  throw new Error(`${JSON.stringify(text)} parsed`);
}

const where = (text: string) => jsonErrorWhere(text, parseError(text));

describe('jsonErrorWhere', () => {
  it('counts line and column from 1 on the first line', () => {
    // `Unexpected non-whitespace character after JSON at position 7`
    expect(where('{"a":1}x')).toBe(' (line 1, column 8)');
    expect(jsonErrorWhere('x', new Error('Unexpected token at position 0'))).toBe(' (line 1, column 1)');
  });

  it('counts the lines before the error and the column from the start of its line', () => {
    // `Unexpected number in JSON at position 18`: the 2 of `"b" 2`, on line 3.
    expect(where('{\n  "a": 1,\n  "b" 2\n}')).toBe(' (line 3, column 7)');
    expect(where('{\n"a" 1}')).toBe(' (line 2, column 5)');
  });

  it('reads a position of several digits whole', () => {
    const text = `[${'1,'.repeat(60)}1]x`;
    expect(parseError(text).message).toMatch(/at position 123$/);
    expect(where(text)).toBe(' (line 1, column 124)');
    const lines = `[\n${'1,\n'.repeat(40)}1]\n  x`;
    expect(where(lines)).toBe(' (line 43, column 3)');
  });

  it('puts an error at a line break at the end of that line, not on the next', () => {
    // A raw line break inside a string: the parser points at the break itself.
    const text = '"ab\ncd"';
    expect(parseError(text).message).toMatch(/at position 3$/);
    expect(where(text)).toBe(' (line 1, column 4)');
    expect(jsonErrorWhere('{\n\n}', new Error('Bad thing in JSON at position 2'))).toBe(' (line 2, column 1)');
  });

  it('stops counting at the end of the text when the position is past it', () => {
    expect(jsonErrorWhere('ab\ncd', new Error('Bad thing in JSON at position 99'))).toBe(' (line 2, column 3)');
    expect(jsonErrorWhere('abc', new Error('Bad thing in JSON at position 3'))).toBe(' (line 1, column 4)');
  });

  it('says the document ends too soon when the parser ran out of input', () => {
    expect(where('{"id": ')).toBe(' (it ends too soon)');
    expect(where('')).toBe(' (it ends too soon)');
  });

  it('says nothing when the parser did not say where', () => {
    // `Unexpected token 'x', "x" is not valid JSON`: a quote of the file, and no position.
    expect(where('x')).toBe('');
    expect(where('[1,]')).toBe('');
    expect(jsonErrorWhere('{}', new Error('at position x'))).toBe('');
  });

  it('never quotes the text', () => {
    const secret = '{"password": hunter2}';
    expect(parseError(secret).message).toContain('hunter2');
    expect(where(secret)).toBe('');
    expect(where('{"password": "hunter2"')).not.toContain('hunter2');
  });
});
