/**
 * How the explorer picks a choice. Blind random play finds a branch that needs two rare picks
 * in a row once in many runs; coverage-guided play weighs each option by how rarely it has been
 * taken and prefers options that may lead to knots nobody has reached yet, so every option is
 * tried early and a newly opened branch is followed at once. A share of runs also plays a
 * "persona" that spends capital or adds troops as fast as it can (learned from what each choice
 * did before), because collapse endings sit behind long runs of costly choices that neither
 * random nor novelty-seeking play strings together.
 */
import type { Rng } from './rng.js';

export type Mode = 'guided' | 'random';
export type Persona = 'novelty' | 'spend' | 'surge' | 'random';

/** What the explorer has learned about each choice (keyed by the path of its content). */
export class ChoiceStats {
  readonly taken = new Map<string, number>();
  private readonly effects = new Map<string, { capital: number; usTroops: number; n: number }>();

  record(key: string, capitalDelta: number, usTroopsDelta: number): void {
    this.taken.set(key, (this.taken.get(key) ?? 0) + 1);
    const e = this.effects.get(key) ?? { capital: 0, usTroops: 0, n: 0 };
    e.capital += capitalDelta;
    e.usTroops += usTroopsDelta;
    e.n += 1;
    this.effects.set(key, e);
  }

  /** Mean change a choice made to a meter, or 0 when it has never been taken. */
  meanEffect(key: string, meter: 'capital' | 'usTroops'): number {
    const e = this.effects.get(key);
    return e ? e[meter] / e.n : 0;
  }
}

/** Picks the persona of one playthrough. */
export function pickPersona(mode: Mode, rng: Rng): Persona {
  if (mode === 'random') return 'random';
  const r = rng.next();
  return r < 0.7 ? 'novelty' : r < 0.85 ? 'spend' : 'surge';
}

export interface PickContext {
  /** Choice keys (content paths) of the options on offer. */
  keys: readonly string[];
  stats: ChoiceStats;
  /** Whether taking the option may lead to a knot or stitch not yet reached. */
  leadsSomewhereNew(key: string): boolean;
}

/** Relative weight of an option for novelty-seeking play. */
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
  if (persona === 'random') return rng.below(keys.length);
  if (persona !== 'novelty' && rng.next() < 0.8) {
    // Lean hard towards the most costly option seen so far; untried options count as neutral.
    const score = (k: string) =>
      persona === 'spend' ? -ctx.stats.meanEffect(k, 'capital') : ctx.stats.meanEffect(k, 'usTroops');
    const best = Math.max(...keys.map(score));
    const top = keys.map((k, i) => [k, i] as const).filter(([k]) => score(k) === best);
    return top[rng.below(top.length)]![1];
  }
  return weighted(
    rng,
    keys.map((k) => noveltyWeight(ctx, k)),
  );
}
