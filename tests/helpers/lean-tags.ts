/**
 * Reads ink source for its options and says which do not carry exactly one `# lean:` tag with a
 * known value (src/engine/fairness/players.ts). A lean counts only where ink makes it a tag of
 * the choice: before the `]` of `* [Text # lean: allies]`, or anywhere on a choice without
 * brackets; a tag after the `]` belongs to the line printed once the option is taken.
 * Reading the source finds every option, also those no seeded game reaches; the games check
 * the options they meet (src/engine/fairness/games.ts).
 */
import { isLean, LEANS } from '../../src/engine/fairness/players.js';

export interface OptionSite {
  file: string;
  line: number;
  /** `knot` or `knot.stitch` the option is written in. */
  flow: string;
  text: string;
  leans: string[];
}

/** Every option in one ink file (invisible defaults, `* -> fallback`, left out). */
export function optionsIn(file: string, source: string): OptionSite[] {
  const out: OptionSite[] = [];
  let knot = '';
  let stitch = '';
  // Comments go, line numbers stay: a block comment keeps its newlines.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    const k = line.match(/^\s*={2,}\s*(function\s+)?([A-Za-z0-9_]+)/);
    if (k) {
      knot = k[2]!;
      stitch = '';
      return;
    }
    const s = line.match(/^\s*=\s*([A-Za-z0-9_]+)/);
    if (s) {
      stitch = s[1]!;
      return;
    }
    const c = line.match(/^\s*(?:-\s*)*(?:[*+]\s*)+(.*)$/);
    if (!c) return;
    // A label `(name)` and conditions `{…}` come before the text.
    const rest = c[1]!.replace(/^\([A-Za-z0-9_]+\)\s*/, '').replace(/^(\{[^}]*\}\s*)+/, '');
    if (rest === '' || rest.startsWith('->')) return;
    const close = rest.indexOf(']');
    const own = rest.includes('[') && close >= 0 ? rest.slice(0, close) : rest;
    const leans = [...own.matchAll(/#\s*lean\s*:\s*([^#\]]*)/g)].map((m) => m[1]!.trim());
    const shown = own
      .replace(/#[^#\]]*/g, '')
      .replace(/[[\]]/g, '')
      .replace(/->.*$/, '')
      .trim();
    out.push({ file, line: i + 1, flow: stitch ? `${knot}.${stitch}` : knot, text: shown, leans });
  });
  return out;
}

/** What is wrong with an option's leans, or null when it has exactly one known lean. */
export function leanTagProblem(o: OptionSite): string | null {
  const where = `${o.file}:${o.line} (${o.flow})`;
  if (o.leans.length === 0) return `option "${o.text}" at ${where} has no # lean: tag`;
  if (o.leans.length > 1)
    return `option "${o.text}" at ${where} has ${o.leans.length} # lean: tags (${o.leans.join(', ')})`;
  if (!isLean(o.leans[0]))
    return `option "${o.text}" at ${where} has # lean: ${o.leans[0]}, not one of ${LEANS.join(', ')}`;
  return null;
}
