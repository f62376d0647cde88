/**
 * Where a JSON document stops being JSON, as `line L, column C`, without quoting it: the
 * parser's own message quotes the bytes it choked on, and the file may be any file at all.
 */

/** ` (line 3, column 14)`, or empty when the parser did not say where. */
export function jsonErrorWhere(text: string, e: Error): string {
  const at = /at position (\d+)/.exec(e.message);
  if (!at) return /Unexpected end of JSON input/.test(e.message) ? ' (it ends too soon)' : '';
  const pos = Math.min(Number(at[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return ` (line ${line}, column ${pos - lineStart + 1})`;
}
