/**
 * JSON for tools. JSON.stringify escapes C0 control characters but not DEL, the C1 range (which
 * some terminals obey) or the bidirectional overrides (which reorder what a reader sees); those
 * are escaped too, so the output is safe to print and still parses to exactly the same data.
 */
export function renderJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
