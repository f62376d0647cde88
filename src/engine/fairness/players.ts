/**
 * Scripted players: seeded stand-ins for a class, each with one strategy. A lean player follows
 * the direction its options are tagged with (`* [Option # lean: allies]`): whenever an option of
 * its lean is on offer it takes one (a seeded pick among them), and otherwise a seeded random
 * option. A random player takes any option. The fairness figures (fairness/tally.ts, docs/story.md)
 * are what these players reach; the same seed gives the same game on every machine.
 */
import { createRng } from '../explorer/rng.js';
import type { ChoiceView } from '../session.js';

/** Whom an option courts: the values a `# lean:` tag may take (docs/story-contract.md). */
export const LEANS = ['allies', 'washington', 'iraq'] as const;
export type Lean = (typeof LEANS)[number];

/** A player's strategy: one of the leans, or none. */
export type Strategy = Lean | 'random';
export const STRATEGIES: readonly Strategy[] = [...LEANS, 'random'];

export const isLean = (value: string | undefined): value is Lean => LEANS.includes(value as Lean);

export interface Player {
  strategy: Strategy;
  /** The index of the option to take among those on offer (at least one). */
  pick(choices: readonly ChoiceView[]): number;
}

/**
 * The player of a strategy for game `seed`. Its own generator is seeded from the game's seed
 * and the strategy, so two strategies on the same game seed do not pick in step.
 */
export function scriptedPlayer(strategy: Strategy, seed: number): Player {
  const rng = createRng(Math.imul(seed, 2654435761) ^ ((STRATEGIES.indexOf(strategy) + 1) * 0x9e3779b9));
  return {
    strategy,
    pick(choices) {
      const mine = strategy === 'random' ? [] : choices.filter((c) => c.lean === strategy);
      const pool = mine.length > 0 ? mine : choices;
      return pool[rng.below(pool.length)]!.index;
    },
  };
}
