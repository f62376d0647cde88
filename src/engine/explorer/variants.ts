/**
 * Scenario variants. A teacher's scenario file may give a story fewer months than it was
 * written for (so end_turn() returns "time") and switch optional events off; content that
 * only such a file reaches (an out-of-time ending, the text for a missing event) is not dead,
 * so the explorer plays some of each scenario's runs as a random variant of it.
 */
import type { Scenario } from '../scenario.js';
import type { Role } from '../session.js';
import type { Rng } from './rng.js';

/** What a variant changed, so a finding reached in one can be played again from a scenario file. */
export interface Variant {
  turns: number;
  eventsOff: string[];
}

export function makeVariant(base: Scenario, rng: Rng, eventNames: readonly string[]): [Scenario, Variant] {
  const turns = 1 + rng.below(base.turns);
  const eventsOff = eventNames.filter(() => rng.next() < 0.25);
  const events = { ...base.events, ...Object.fromEntries(eventsOff.map((name) => [name, false])) };
  return [
    { ...base, id: `${base.id}-variant`, turns, events },
    { turns, eventsOff },
  ];
}

/** One kind of playthrough the explorer runs: a role, a scenario, and whether to vary it. */
export interface Group {
  /** '' leaves the role unset, so the story asks, as in Inky. */
  role: Role | '';
  scenario: Scenario;
  variant: boolean;
  runs: number;
}

/**
 * `runs` playthroughs for each role and scenario; a tenth of that (at least one) with the role
 * unset, and as many of variants of the scenario for each role. Without `variants` (checking
 * one teacher's scenario), only the scenario itself is played, as a class would play it.
 */
export function planGroups(scenarios: readonly Scenario[], runs: number, variants = true): Group[] {
  const tenth = Math.max(1, Math.ceil(runs / 10));
  return scenarios.flatMap((scenario): Group[] => [
    { role: 'us', scenario, variant: false, runs },
    { role: 'nato', scenario, variant: false, runs },
    { role: '', scenario, variant: false, runs: tenth },
    ...(variants
      ? [
          { role: 'us', scenario, variant: true, runs: tenth } as const,
          { role: 'nato', scenario, variant: true, runs: tenth } as const,
        ]
      : []),
  ]);
}
