/**
 * What every exploration keeps the same way, whether of a Mandate story (explore.ts, and its
 * parts merged in split.ts) or of any ink story (generic.ts): the extreme playthroughs, the
 * flows and choices not yet reached, and inkjs's runtime warnings.
 */
import type { StoryProbe } from '../story/runtime.js';
import type { Extreme, Unreached } from './report.js';
import type { SourceLocation } from './source-index.js';
import { flowOf } from './story-tree.js';

/** The shortest and longest playthroughs so far, by decisions and by words. */
export interface Extremes {
  shortest: Extreme | null;
  longest: Extreme | null;
  fewestWords: Extreme | null;
  mostWords: Extreme | null;
}

export const noExtremes = (): Extremes => ({ shortest: null, longest: null, fewestWords: null, mostWords: null });

/** When a playthrough replaces the one held: only when strictly beyond it (the first of equals stays). */
const BEYOND: Record<keyof Extremes, (a: Extreme, b: Extreme) => boolean> = {
  shortest: (a, b) => a.decisions < b.decisions,
  longest: (a, b) => a.decisions > b.decisions,
  fewestWords: (a, b) => a.words < b.words,
  mostWords: (a, b) => a.words > b.words,
};
const KINDS = Object.keys(BEYOND) as (keyof Extremes)[];

function offer(held: Extremes, kind: keyof Extremes, x: Extreme | null): void {
  const mine = held[kind];
  if (x && (!mine || BEYOND[kind](x, mine))) held[kind] = x;
}

/** Records one playthrough in each of the four extremes it goes beyond. */
export function noteExtreme(held: Extremes, x: Extreme): void {
  for (const kind of KINDS) offer(held, kind, x);
}

/** Folds another exploration's extremes into `held`, as if its playthroughs had come after. */
export function mergeExtremes(held: Extremes, theirs: Extremes): void {
  for (const kind of KINDS) offer(held, kind, theirs[kind]);
}

/** Where an exploration stands: what there is to reach, and what is not reached yet. */
export interface Reach {
  flows: readonly { path: string; kind: 'knot' | 'stitch'; loc: SourceLocation | null }[];
  choices: readonly { path: string; text: string; loc: SourceLocation | null }[];
  unvisitedFlows: Set<string>;
  unvisitedChoices: Set<string>;
}

/** Crosses off what a finished playthrough visited. */
export function markVisited(reach: Reach, probe: Pick<StoryProbe, 'visitCount'>): void {
  for (const p of reach.unvisitedFlows) if (probe.visitCount(p) > 0) reach.unvisitedFlows.delete(p);
  for (const p of reach.unvisitedChoices) if (probe.visitCount(p) > 0) reach.unvisitedChoices.delete(p);
}

/** Knots, stitches and choices reached, of all there are. */
export function coverageOf(reach: Reach) {
  const cover = (kind: 'knot' | 'stitch') => {
    const all = reach.flows.filter((f) => f.kind === kind);
    return { reached: all.filter((f) => !reach.unvisitedFlows.has(f.path)).length, total: all.length };
  };
  return {
    knots: cover('knot'),
    stitches: cover('stitch'),
    choices: { reached: reach.choices.length - reach.unvisitedChoices.size, total: reach.choices.length },
  };
}

/**
 * Knots, stitches and choices never reached, each marked when static-reach.ts proved it
 * unreachable; choices under an unreached flow fold into it.
 */
export function unreachedOf(
  reach: Reach,
  proved: { flows: ReadonlySet<string>; alwaysFalse: ReadonlySet<string> },
): Unreached[] {
  const flowPaths = reach.flows.map((f) => f.path);
  const out: Unreached[] = reach.flows
    .filter((f) => reach.unvisitedFlows.has(f.path))
    .map((f) => ({
      kind: f.kind,
      path: f.path,
      text: '',
      loc: f.loc,
      choicesInside: 0,
      ...(proved.flows.has(f.path) ? { proof: 'no-divert' as const } : {}),
    }));
  const byPath = new Map(out.map((u) => [u.path, u]));
  for (const c of reach.choices) {
    if (!reach.unvisitedChoices.has(c.path)) continue;
    const flow = flowOf(c.path, flowPaths);
    const folded = flow ? byPath.get(flow) : undefined;
    if (folded) folded.choicesInside = (folded.choicesInside ?? 0) + 1;
    else {
      const proof = proved.alwaysFalse.has(c.path) ? { proof: 'always-false' as const } : {};
      out.push({ kind: 'choice', path: c.path, text: c.text, loc: c.loc, ...proof });
    }
  }
  // A stitch inside an unreached knot says nothing new either.
  return out.filter((u) => !(u.kind === 'stitch' && byPath.has(u.path.split('.')[0]!)));
}

/** One of inkjs's runtime warnings (`'FILE' line N: TEXT`), as a report's warning. */
export function runtimeWarning(raw: string): { message: string; loc: SourceLocation | null } {
  const m = /^'([^']+)' line (\d+):\s*([\s\S]*)$/.exec(raw);
  return { message: `runtime warning: ${m ? m[3] : raw}`, loc: m ? { file: m[1]!, line: Number(m[2]) } : null };
}
