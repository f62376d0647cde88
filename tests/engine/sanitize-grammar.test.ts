/**
 * The sanitiser's grammar, edge by edge: which characters count as controls (with an unsafe
 * character elsewhere in the text, so the quick check that lets clean text through does not
 * hide the answer), where each kind of escape sequence ends (CSI, the control strings, ESC with
 * intermediates), what an unterminated one leaves, and the one-line form of error messages.
 * Each row is a text a hostile file could carry and exactly what reaches the terminal.
 */
import { describe, expect, it } from 'vitest';
import { oneLine, sanitize } from '../../src/engine/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;
const NUL = '\u0000';

describe('sanitize: which characters are controls', () => {
  // Every row: the character, and whether it stays. A NUL (always removed) comes first.
  const edges: [number, boolean][] = [
    [0x08, false], // backspace
    [0x09, true], // tab
    [0x0a, true], // newline
    [0x0b, false], // vertical tab
    [0x1f, false],
    [0x20, true],
    [0x7e, true],
    [0x7f, false], // DEL
    [0x80, false], // C1
    [0x9f, false],
    [0xa0, true], // no-break space
    [0x2029, true],
    [0x202a, false], // left-to-right embedding
    [0x202c, false],
    [0x202e, false], // right-to-left override
    [0x202f, true],
    [0x2065, true],
    [0x2066, false], // left-to-right isolate
    [0x2067, false],
    [0x2069, false], // pop directional isolate
    [0x206a, true],
  ];
  for (const [code, kept] of edges) {
    const ch = String.fromCharCode(code);
    it(`${kept ? 'keeps' : 'removes'} U+${code.toString(16).padStart(4, '0')} in a text that needs cleaning`, () => {
      expect(sanitize(`${NUL}a${ch}b`)).toBe(kept ? `a${ch}b` : 'ab');
    });
  }

  it('keeps a carriage return that ends a line (CRLF) and removes one that stands alone', () => {
    expect(sanitize(`a\r\nb${NUL}`)).toBe('a\r\nb');
    expect(sanitize(`a\rb${NUL}`)).toBe('ab');
    expect(sanitize(`${NUL}a\r`)).toBe('a');
    expect(sanitize(`a\r\r\nb${NUL}`)).toBe('a\r\nb');
    // The line feed must come after the carriage return, not before it.
    expect(sanitize(`\n\rb${NUL}`)).toBe('\nb');
    // Only a carriage return is kept for the line feed after it.
    expect(sanitize(`a${NUL}\nb`)).toBe('a\nb');
  });
});

describe('sanitize: control sequences (CSI)', () => {
  const rows: [string, string, string][] = [
    ['parameters, an intermediate and the lowest final byte', `a${ESC}[1;2 @b`, 'ab'],
    ['the highest final byte', `a${ESC}[~b`, 'ab'],
    ['the highest intermediate byte', `a${ESC}[/xb`, 'ab'],
    ['parameters only up to ?, then the final byte', `a${ESC}[?25lb`, 'ab'],
    // An intermediate before the parameters ends the sequence without a final byte: what
    // follows is text.
    ['an intermediate, then a parameter that cannot be a final byte', `a${ESC}[ 1mb`, 'a1mb'],
    ['a letter outside ASCII where the final byte should be', `a${ESC}[1\u00e9x`, 'a\u00e9x'],
    ['an introducer at the very end', `a${ESC}[`, 'a'],
    ['parameters that run to the end', `a${ESC}[12;3`, 'a'],
    // A control character where an intermediate or the final byte should be ends the sequence
    // there; it is then removed, or kept when it is a tab or a newline.
    ['parameters, then a control character', `a${ESC}[1\u0001mb`, 'amb'],
    ['parameters, then a newline', `a${ESC}[1\nmb`, 'a\nmb'],
    ['parameters, then a tab', `a${ESC}[1\tb`, 'a\tb'],
  ];
  for (const [what, text, shown] of rows) {
    it(`removes ${what}`, () => {
      expect(sanitize(text)).toBe(shown);
    });
  }
});

describe('sanitize: control strings (OSC, DCS, SOS, PM, APC)', () => {
  const rows: [string, string, string][] = [
    ['two OSCs, one ended by BEL and one by ST', `${ESC}]0;t${BEL}x${ESC}]0;u${ST}y`, 'xy'],
    ['an OSC whose ST comes before a BEL: it ends at the ST', `${ESC}]a${ST}b${BEL}c`, 'bc'],
    ['an OSC whose BEL comes before an ST: it ends at the BEL', `${ESC}]a${BEL}b${ST}c`, 'bc'],
    ['a DCS, which only ST ends (a BEL inside is part of it)', `x${ESC}Pq${BEL}hidden${ST}y`, 'xy'],
    ['a DCS ended by ST', `x${ESC}Pq${ST}y`, 'xy'],
    ['a start-of-string ended by ST', `a${ESC}Xhidden${ST}b`, 'ab'],
    ['a privacy message ended by ST', `a${ESC}^hidden${ST}b`, 'ab'],
    ['an application command ended by ST', `a${ESC}_hidden${ST}b`, 'ab'],
  ];
  for (const [what, text, shown] of rows) {
    it(`removes ${what}`, () => {
      expect(sanitize(text)).toBe(shown);
    });
  }

  it('removes only the introducer of an unterminated string, and shows the rest as text', () => {
    expect(sanitize(`a${ESC}]0;title`)).toBe('a0;title');
    expect(sanitize(`a${ESC}Pdata`)).toBe('adata');
    expect(sanitize(`a${ESC}_x${BEL}y`)).toBe('axy');
  });
});

describe('sanitize: other escape sequences (ESC, intermediates, final)', () => {
  const rows: [string, string, string][] = [
    ['a character set designation', `a${ESC}(Bb`, 'ab'],
    ['the lowest intermediate (space)', `a${ESC} Fb`, 'ab'],
    ['the highest intermediate', `a${ESC}/Ab`, 'ab'],
    ['the lowest final character', `a${ESC}0b`, 'ab'],
    ['the highest final character', `a${ESC}~b`, 'ab'],
    ['an ESC before a control: the ESC alone', `a${ESC}${BEL}b`, 'ab'],
    ['an intermediate at the very end', `a${ESC}(`, 'a'],
    // As in a CSI, a control character ends the sequence where it stands.
    ['an intermediate, then a control character', `a${ESC}(\u0001Bb`, 'aBb'],
    ['an intermediate, then a newline', `a${ESC}(\nb`, 'a\nb'],
  ];
  for (const [what, text, shown] of rows) {
    it(`removes ${what}`, () => {
      expect(sanitize(text)).toBe(shown);
    });
  }

  it('stops at a character that cannot end the sequence, and shows it', () => {
    expect(sanitize(`a${ESC}(\u00e9b`)).toBe('a\u00e9b');
    expect(sanitize(`a${ESC}\u00e9b`)).toBe('a\u00e9b');
  });

  it('does not start a sequence at a control that is not ESC', () => {
    expect(sanitize(`${NUL}ab`)).toBe('ab');
    expect(sanitize(`${NUL}]x${BEL}y`)).toBe(']xy');
  });
});

describe('oneLine', () => {
  it('turns every line break and tab, with the spaces around it, into one space', () => {
    expect(oneLine('ab \n\t cd\nef')).toBe('ab cd ef');
    expect(oneLine('a\nb')).toBe('a b');
    expect(oneLine('x\ty')).toBe('x y');
  });

  it('keeps the spaces that are not beside a break, and cleans first', () => {
    expect(oneLine(' a  b ')).toBe(' a  b ');
    expect(oneLine(`x${ESC}[31m\ny${ESC}]0;t${BEL}`)).toBe('x y');
  });
});
