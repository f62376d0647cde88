/**
 * Aligned text columns for the terminal report: every column as wide as its widest cell and
 * at least two spaces from the next, so figures never run together (`146.5146.5`); the last
 * column takes what width is left and is cut to fit.
 */
import { padEnd, padStart, truncate, width } from './text.js';

export type Align = 'l' | 'r';

export function columns(rows: readonly (string | number)[][], aligns: readonly Align[], maxWidth: number): string[] {
  const cells = rows.map((r) => r.map(String));
  const n = Math.max(0, ...cells.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, c) => Math.max(0, ...cells.map((r) => width(r[c] ?? ''))));
  return cells.map((r) => {
    let line = '';
    r.forEach((cell, c) => {
      const last = c === r.length - 1;
      const w = widths[c]!;
      const sep = c === 0 ? '' : '  ';
      if (last && aligns[c] !== 'r') {
        line += sep + truncate(cell, Math.max(1, maxWidth - width(line) - sep.length));
      } else {
        line += sep + (aligns[c] === 'r' ? padStart(cell, w) : padEnd(cell, w));
      }
    });
    return line.replace(/\s+$/, '');
  });
}
