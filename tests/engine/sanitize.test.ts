/**
 * The sanitiser: text from a file (a log, a story, a scenario) reaches a terminal or an HTML
 * page only without the escape sequences and control characters that would act instead of show.
 */
import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/engine/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('sanitize', () => {
  it('leaves ordinary text alone, tabs, newlines and non-ASCII letters included', () => {
    const text = 'Résolution 1511 — «Paris» 北约\tcolumn\nnext line ~ !';
    expect(sanitize(text)).toBe(text);
    expect(sanitize('')).toBe('');
  });

  it('removes colour and cursor sequences (CSI) whole, parameters and all', () => {
    expect(sanitize(`${ESC}[31mred${ESC}[0m`)).toBe('red');
    expect(sanitize(`a${ESC}[2J${ESC}[1;1Hb`)).toBe('ab');
    expect(sanitize(`x${ESC}[?1049hy`)).toBe('xy');
    // Intermediate bytes between the parameters and the final byte.
    expect(sanitize(`x${ESC}[1 qy`)).toBe('xy');
  });

  it('removes an operating-system command ended by BEL', () => {
    expect(sanitize(`${ESC}]0;evil title${BEL}text`)).toBe('text');
    expect(sanitize(`${ESC}]8;;http://x.example/${BEL}link${ESC}]8;;${BEL}`)).toBe('link');
  });

  // The mutant of issue 18: an OSC ended by ESC \ (the string terminator) left in place.
  it('removes an operating-system command ended by ESC \\ (the string terminator)', () => {
    expect(sanitize(`${ESC}]0;evil title${ESC}\\text`)).toBe('text');
    expect(sanitize(`a${ESC}]8;;http://x.example/${ESC}\\link${ESC}]8;;${ESC}\\b`)).toBe('alinkb');
  });

  it('removes every C0 control but tab and newline, DEL, and every C1 control', () => {
    for (let c = 0; c <= 0x9f; c++) {
      const ch = String.fromCharCode(c);
      const kept = c === 0x09 || c === 0x0a || (c >= 0x20 && c < 0x7f);
      // ESC followed by a final character is a whole escape sequence (`ESC >` sets the keypad):
      // both go.
      const removed = c === 0x1b ? '<' : '<>';
      expect(sanitize(`<${ch}>`), `U+${c.toString(16).padStart(4, '0')}`).toBe(kept ? `<${ch}>` : removed);
    }
    // The first character after the C1 block is text (a no-break space).
    expect(sanitize('a\u00a0b')).toBe('a\u00a0b');
  });

  it('removes a lone ESC, an ESC with its final character, and the C1 form of CSI alone', () => {
    expect(sanitize(`${ESC}`)).toBe('');
    expect(sanitize('\u009b31mred')).toBe('31mred');
    // `ESC b` is an escape sequence by ECMA-48's grammar (ESC, then a final 0x30-0x7e).
    expect(sanitize(`a${ESC}b`)).toBe('a');
    expect(sanitize(`a${ESC}\u0001b`)).toBe('ab');
  });
});
