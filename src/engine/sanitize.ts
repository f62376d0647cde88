/**
 * Text from files (a log, an author's story, a scenario, a file name) is printed to terminals
 * and written into HTML: it must not carry escape sequences, control characters or
 * bidirectional overrides that would act instead of show. Every such string passes through
 * `sanitize` before it reaches a terminal. Pure, so the engine can clean what a story declares
 * (labels), the UI what it draws, and the CLI what it prints.
 *
 * One pass over the text, never backtracking: a line of a million unterminated `ESC ]` costs
 * what a million letters cost (a regular expression that looks for each one's terminator
 * costs the square of that).
 */

/** Anything that may need removing: C0 but tab and newline, DEL, C1, bidi overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const ESC = 0x1b;
const CR = 0x0d;
const LF = 0x0a;

/** Introducers of control strings after ESC: OSC, DCS, SOS, PM, APC (`] P X ^ _`). */
const STRING_AFTER_ESC = new Set([0x5d, 0x50, 0x58, 0x5e, 0x5f]);
const OSC_AFTER_ESC = 0x5d;
const CSI_AFTER_ESC = 0x5b; // [
// What the sequence after ESC is: a CSI, an OSC (ends at BEL or ST), another string (ST only).
const CSI = 1;
const OSC = 2;
const STRING = 3;

function isUnsafe(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/**
 * Finds the next terminator at or after a position in amortised linear time: the scan only
 * moves forward, so each search starts past the region the one before it covered.
 */
class Ahead {
  /** -2 before the first search; -1 when there is none from the last search on. */
  private found = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  next(i: number): number {
    if (this.found === -1 || this.found >= i) return this.found;
    this.found = this.text.indexOf(this.needle, i);
    return this.found;
  }
}

/**
 * Strips control characters, escape sequences and bidi overrides from text that came from a
 * file; keeps tabs, newlines and CRLF line ends.
 */
export function sanitize(text: string): string {
  if (!UNSAFE.test(text)) return text;
  const n = text.length;
  const bel = new Ahead(text, '\x07');
  const st = new Ahead(text, '\x1b\\');
  let out = '';
  let kept = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // A carriage return that ends a line (CRLF, as CSV writes it) only ends the line; alone, it
    // would send the cursor back over what was printed.
    if (!isUnsafe(c) || (c === CR && text.charCodeAt(i + 1) === LF)) {
      i++;
      continue;
    }
    out += text.slice(kept, i);
    i = skipControl(text, i, c, bel, st);
    kept = i;
  }
  return out + text.slice(kept);
}

/**
 * The index just past the control at `i`: a whole escape sequence or control string when it
 * starts with ESC, else the one character. (A C1 control such as U+009B goes alone: terminals
 * in UTF-8 do not start a sequence with it.)
 */
function skipControl(text: string, i: number, c: number, bel: Ahead, st: Ahead): number {
  const n = text.length;
  if (c !== ESC || i + 1 >= n) return i + 1;
  const d = text.charCodeAt(i + 1);
  const kind = d === CSI_AFTER_ESC ? CSI : d === OSC_AFTER_ESC ? OSC : STRING_AFTER_ESC.has(d) ? STRING : 0;
  const body = i + 2;
  if (kind === CSI) {
    // Parameters, intermediates, final byte.
    let j = body;
    while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x3f) j++;
    while (j < n && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
    return j < n && text.charCodeAt(j) >= 0x40 && text.charCodeAt(j) <= 0x7e ? j + 1 : j;
  }
  if (kind === OSC || kind === STRING) {
    // A control string runs to ST (ESC \), or BEL for OSC. Unterminated, only its introducer
    // goes: what follows is then shown as the text it is (its own controls removed in turn).
    const s = st.next(body);
    const b = kind === OSC ? bel.next(body) : -1;
    if (s === -1 && b === -1) return body;
    if (b === -1 || (s !== -1 && s < b)) return s + 2;
    return b + 1;
  }
  if (d >= 0x20 && d <= 0x7e) {
    // ESC, intermediates (0x20-0x2f), then one final character: `ESC c`, `ESC ( B`.
    let j = i + 1;
    while (j < n && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
    return j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x7e ? j + 1 : j;
  }
  return i + 1;
}

/** One line, as error messages must be: sanitized, with line breaks and tabs turned into spaces. */
export function oneLine(text: string): string {
  return sanitize(text).replace(/\s*[\n\t]\s*/g, ' ');
}
