/**
 * Aligned text columns for the terminal report: every column as wide as its widest cell and
 * at least `gap` spaces (two unless a wide table of figures asks for one) from the next, so
 * figures never run together (`146.5146.5`); the last
 * column takes the width that is left, and wraps onto lines of its own under itself when it
 * is text (or is cut, with `cut`).
 */
import { padEnd, padStart, truncate, width, wrap } from './text.js';

export type Align = 'l' | 'r';

export function columns(
  rows: readonly (string | number)[][],
  aligns: readonly Align[],
  maxWidth: number,
  { cut = false, gap = 2 }: { cut?: boolean; gap?: number } = {},
): string[] {
  const cells = rows.map((r) => r.map(String));
  const n = Math.max(0, ...cells.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, c) => Math.max(0, ...cells.map((r) => width(r[c] ?? ''))));
  const out: string[] = [];
  for (const r of cells) {
    let line = '';
    r.forEach((cell, c) => {
      const last = c === r.length - 1;
      const sep = c === 0 ? '' : ' '.repeat(Math.max(1, gap));
      if (last && aligns[c] !== 'r') {
        const room = Math.max(8, maxWidth - width(line) - sep.length);
        if (cut || width(cell) <= room) {
          line += sep + truncate(cell, room);
        } else {
          const [first = '', ...more] = wrap(cell, room);
          line += sep + first;
          const indent = ' '.repeat(width(line) - width(first));
          out.push(line.replace(/\s+$/, ''));
          line = '';
          for (const m of more) out.push(indent + m);
        }
      } else {
        line += sep + (aligns[c] === 'r' ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!));
      }
    });
    if (line) out.push(line.replace(/\s+$/, ''));
  }
  return out;
}
