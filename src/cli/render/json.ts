/**
 * JSON for tools. JSON.stringify escapes C0 control characters but not DEL, the C1 range (which
 * some terminals obey) or the bidirectional overrides (which reorder what a reader sees); those
 * are escaped too, so the output is safe to print and still parses to exactly the same data.
 */
const UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeUnsafe(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderJson(data: unknown): string {
  return `${escapeUnsafe(JSON.stringify(data, null, 2))}\n`;
}

/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels down. A JSON string holds no raw line break. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The same text as renderJson, piece by piece: an object's arrays an element at a time. A class
 * report over 100,000 logs is about 90 MB of JSON, most of it the roster: written this way, it
 * is never one string in memory.
 */
export function* renderJsonPieces(object: object): Generator<string> {
  const data = object as Record<string, unknown>;
  const keys = Object.keys(data).filter((k) => !omitted(data[k]));
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    const value = data[key];
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [j, element] of value.entries()) {
        yield escapeUnsafe(`${j === 0 ? '' : ','}\n    ${omitted(element) ? 'null' : nested(element, 2)}`);
      }
      yield '\n  ]';
    } else {
      yield escapeUnsafe(nested(value, 1));
    }
  }
  yield '\n}\n';
}
