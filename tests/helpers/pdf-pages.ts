/**
 * Just enough of a PDF reader to tell whether a printed page is empty: for each page of a PDF
 * written by Chromium, how many text-showing operators its content streams hold. A page with
 * none printed nothing a reader could see (a blank page, or a lone heading's rule).
 */
import { inflateSync } from 'node:zlib';

/** Each page's count of text operators (Tj, TJ), in page order. */
export function textOpsPerPage(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; start: number; end: number }>();
  const re = /(\d+) 0 obj\s*<</g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The object's dictionary, nested dictionaries included.
    let depth = 0;
    let i = m.index + m[0].length - 2;
    const from = i;
    for (; i < text.length; i++) {
      if (text.startsWith('<<', i)) {
        depth++;
        i++;
      } else if (text.startsWith('>>', i)) {
        depth--;
        i++;
        if (depth === 0) break;
      }
    }
    const dict = text.slice(from, i + 1);
    const after = /^\s*stream\r?\n/.exec(text.slice(i + 1, i + 20));
    const start = i + 1 + (after ? after[0].length : 0);
    const end = after ? text.indexOf('endstream', start) : start;
    objects.set(Number(m[1]), { dict, start, end });
  }
  const streamOf = (id: number): string => {
    const o = objects.get(id);
    if (!o || o.end <= o.start) return '';
    const raw = pdf.subarray(o.start, o.end);
    return /\/FlateDecode/.test(o.dict)
      ? inflateSync(raw, { finishFlush: 2 }).toString('latin1')
      : raw.toString('latin1');
  };
  const pages = [...objects.entries()].filter(([, o]) => /\/Type\s*\/Page(?!s)/.test(o.dict)).sort(([a], [b]) => a - b);
  // Page order is the order of the /Kids array of the page tree; fall back to object order.
  const kids = /\/Type\s*\/Pages[\s\S]*?\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1];
  const order = kids ? [...kids.matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1])) : pages.map(([id]) => id);
  return order.map((id) => {
    const dict = objects.get(id)?.dict ?? '';
    const refs = /\/Contents\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const content = [...refs.matchAll(/(\d+) 0 R/g)].map((r) => streamOf(Number(r[1]))).join('\n');
    return (content.match(/\bT[jJ]\b/g) ?? []).length;
  });
}
