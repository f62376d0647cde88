/**
 * Text from logs, made safe and made to fit. Every string that came from a file (choice text,
 * player names, file names, story lines) goes through `clean` before any renderer uses it, so
 * a hostile log cannot move the cursor, recolour the terminal or reverse the reading order.
 */
import { sanitize } from '../../ui/format.js';

// Bidirectional overrides and isolates: invisible, and able to make text read backwards.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** One line of safe text: control characters and escapes removed, whitespace collapsed. */
export function clean(text: string): string {
  return sanitize(text).replace(BIDI, '').replace(/\s+/g, ' ').trim();
}

/** Characters as a reader counts them (code points; the story is in English). */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Cuts text to `max` characters, ending in an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  return `${[...text].slice(0, Math.max(0, max - 1)).join('')}…`;
}

export function padEnd(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}

export function padStart(text: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(text))) + text;
}

/**
 * Word-wraps one paragraph to `w` columns. Leading spaces are kept on the first line (they
 * are layout, not words); later lines start with `indent`. A word too long for a line is cut.
 */
export function wrap(text: string, w: number, indent = ''): string[] {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  let fresh = true;
  for (const word of text.slice(lead.length).split(' ')) {
    if (word === '') continue;
    const next = fresh ? line + word : `${line} ${word}`;
    if (width(next) <= w) {
      line = next;
    } else if (fresh) {
      line = truncate(next, w);
    } else {
      lines.push(line);
      line = truncate(indent + word, w);
    }
    fresh = false;
  }
  lines.push(line);
  return lines;
}

/** A number as a report prints it: whole numbers plainly, others with at most one decimal. */
export function num(n: number): string {
  if (Number.isNaN(n)) return '–';
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
