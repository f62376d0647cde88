/**
 * How the explorer picks a choice. Blind random play finds a branch that needs two rare picks
 * in a row once in many runs. Coverage-guided play mixes kinds of playthrough:
 *
 * - novelty: each option weighs by how rarely it has been taken, and ten times more when it
 *   may lead to a knot nobody has reached yet, so every option is tried early and a branch
 *   that has just opened is followed at once;
 * - drive: the run picks one to five "features" (the meters, the story's numeric VARs, and
 *   being in each track state) and a direction for each, and mostly takes the option that has
 *   moved them that way most in earlier runs. Endings behind a threshold (capital spent, a
 *   troop limit, `consent >= 5`) need long runs of like-minded choices, which neither random
 *   nor novelty play strings together. Half the driven runs push all the features read where
 *   the story decides to go to a knot not reached yet (StoryTree.gates) at once;
 * - restart (explore.ts, archive.ts): replay the way to a rarely revisited state, then novelty.
 */
import type { Rng } from './rng.js';

export type Mode = 'guided' | 'random';

export type Persona =
  | { kind: 'random' }
  | { kind: 'novelty' }
  /** Feature index → +1 (push up) or -1 (push down). */
  | { kind: 'drive'; toward: Map<number, number> };

/** What the explorer has learned about each choice (keyed by the path of its content). */
export class ChoiceStats {
  readonly taken = new Map<string, number>();
  private readonly sums = new Map<string, { n: number; delta: Float64Array }>();
  /** Per feature, the largest mean effect any choice has had: the unit of that feature. */
  private readonly scale: Float64Array;

  constructor(readonly featureCount: number) {
    this.scale = new Float64Array(featureCount).fill(1e-9);
  }

  /** Counts a choice as taken, with the change it made to each feature (when known). */
  record(key: string, delta: readonly number[] | null): void {
    this.taken.set(key, (this.taken.get(key) ?? 0) + 1);
    if (!delta) return;
    let s = this.sums.get(key);
    if (!s) {
      s = { n: 0, delta: new Float64Array(this.featureCount) };
      this.sums.set(key, s);
    }
    s.n += 1;
    for (let f = 0; f < this.featureCount; f++) {
      s.delta[f]! += delta[f] ?? 0;
      this.scale[f] = Math.max(this.scale[f]!, Math.abs(s.delta[f]! / s.n));
    }
  }

  /** Features some choice has changed so far: the only ones worth driving. */
  activeFeatures(): number[] {
    const out: number[] = [];
    for (let f = 0; f < this.featureCount; f++) if (this.scale[f]! > 1e-9) out.push(f);
    return out;
  }

  /** Mean change a choice made to a feature, in the feature's unit; 0 when never taken. */
  effect(key: string, feature: number): number {
    const s = this.sums.get(key);
    return s ? s.delta[feature]! / s.n / this.scale[feature]! : 0;
  }
}

/**
 * Picks the persona of one playthrough. `gated` are the features that decide whether content
 * not reached yet is reached; those in `alwaysUp` (being in a track state) are only pushed up.
 */
export function pickPersona(
  mode: Mode,
  rng: Rng,
  stats: ChoiceStats,
  gated: readonly number[] = [],
  alwaysUp: ReadonlySet<number> = new Set(),
): Persona {
  if (mode === 'random') return { kind: 'random' };
  if (rng.next() < 0.5) return { kind: 'novelty' };
  const toward = new Map<number, number>();
  const direction = (f: number) => (alwaysUp.has(f) || rng.next() < 0.5 ? 1 : -1);
  if (gated.length > 0 && rng.next() < 0.5) {
    // A branch behind several conditions needs all of them at once.
    for (const f of gated) toward.set(f, direction(f));
    return { kind: 'drive', toward };
  }
  const features = stats.activeFeatures();
  if (features.length === 0) return { kind: 'novelty' };
  const k = 1 + rng.below(Math.min(5, features.length));
  while (toward.size < k) {
    const f = features[rng.below(features.length)]!;
    toward.set(f, direction(f));
  }
  return { kind: 'drive', toward };
}

export interface PickContext {
  /** Choice keys (content paths) of the options on offer. */
  keys: readonly string[];
  stats: ChoiceStats;
  /** Whether taking the option may lead to a knot or stitch not yet reached. */
  leadsSomewhereNew(key: string): boolean;
}

function noveltyWeight(ctx: PickContext, key: string): number {
  const n = ctx.stats.taken.get(key) ?? 0;
  const rarity = 1 / ((1 + n) * (1 + n));
  return ctx.leadsSomewhereNew(key) ? rarity * 10 : rarity;
}

function weighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** The index of the option to take. */
export function pick(persona: Persona, rng: Rng, ctx: PickContext): number {
  const { keys } = ctx;
  if (keys.length <= 1) return 0;
  if (persona.kind === 'random') return rng.below(keys.length);
  if (persona.kind === 'drive' && rng.next() < 0.85) {
    const score = (key: string) => {
      let s = 0;
      for (const [f, dir] of persona.toward) s += dir * ctx.stats.effect(key, f);
      return s;
    };
    const scores = keys.map(score);
    const best = Math.max(...scores);
    // Untried options score 0: when nothing is known to help, fall through to novelty.
    if (best > 0) {
      const top = scores.flatMap((s, i) => (s === best ? [i] : []));
      return top[rng.below(top.length)]!;
    }
  }
  return weighted(
    rng,
    keys.map((k) => noveltyWeight(ctx, k)),
  );
}
