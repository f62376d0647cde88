/**
 * `# assert:` as the engine reads it (story/assertions.ts): ink evaluates the expression, and the
 * tag arrives as a truth value or a number; anything else is an assertion that cannot fail, and
 * is reported as not holding.
 */
import { describe, expect, it } from 'vitest';
import { assertionOf } from '../../src/engine/story/assertions.js';

const tag = (key: string, value: string) => ({ key, value });

describe('assertionOf', () => {
  it('is null for a line without an assertion', () => {
    expect(assertionOf([])).toBeNull();
    expect(assertionOf([tag('note', 'true')])).toBeNull();
  });

  it('holds for true, spaces around it or not', () => {
    expect(assertionOf([tag('note', 'x'), tag('assert', ' true ')])).toEqual({ holds: true, value: 'true' });
  });

  it('does not hold for false', () => {
    expect(assertionOf([tag('assert', 'false')])).toEqual({ holds: false, value: 'false' });
  });

  it('counts numbers as ink does: 0 is false, any other number true', () => {
    expect(assertionOf([tag('assert', '0')])).toEqual({ holds: false, value: '0' });
    expect(assertionOf([tag('assert', '0.0')])).toEqual({ holds: false, value: '0.0' });
    expect(assertionOf([tag('assert', '2')])).toEqual({ holds: true, value: '2' });
    expect(assertionOf([tag('assert', '-1')])).toEqual({ holds: true, value: '-1' });
    expect(assertionOf([tag('assert', '0.5')])).toEqual({ holds: true, value: '0.5' });
  });

  it('does not hold for a value that is no truth value or number: nothing was evaluated', () => {
    for (const value of ['track("un") == "passed"', 'True', '2x', 'x2', '1.', '.5', '--1', '']) {
      expect(assertionOf([tag('assert', value)]), value).toEqual({ holds: false, value: value.trim() });
    }
  });

  it('reads the first assertion of a line', () => {
    expect(assertionOf([tag('assert', 'true'), tag('assert', 'false')])?.holds).toBe(true);
  });
});
