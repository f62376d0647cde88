/**
 * The months a scenario plays, turn by turn, as the story dates them (`# turn:` and `# date:`
 * tags): found by playing it, since a story may skip months (the short campaign plays August,
 * October, April and June). A few seeded playthroughs with varied choices are enough: the
 * calendar does not depend on choices, only the ending does.
 */
import type { Scenario } from '../scenario.js';
import { GameSession, type Role } from '../session.js';

export interface TurnMonth {
  turn: number;
  month: string;
}

/** Turn → month for turns 1 to the scenario's last (fewer when no playthrough reaches them). */
export function scenarioMonths(storyJson: string | object, scenario: Scenario, role: Role, tries = 12): TurnMonth[] {
  const months = new Map<number, string>();
  for (let seed = 1; seed <= tries; seed++) {
    const session = GameSession.start({ storyJson, role, seed, scenario: { ...scenario, memos: undefined } });
    let view = session.view();
    for (let step = 0; step < 2000; step++) {
      if (view.turn > 0 && view.month && view.turn <= scenario.turns) months.set(view.turn, view.month);
      if (view.ended) break;
      // Vary the path: option (seed + step) mod n, so some playthroughs avoid early collapses.
      view = session.choose((seed + step) % view.choices.length);
    }
    if (months.size >= scenario.turns) break;
  }
  return [...months].sort(([a], [b]) => a - b).map(([turn, month]) => ({ turn, month }));
}
