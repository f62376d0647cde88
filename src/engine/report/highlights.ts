/**
 * The fastest collapse, the best outcome and the costliest single choice, per scenario and per
 * desk (the two desks have different briefs, and a three-month test game is no rival to an
 * eleven-month one, so one class-wide winner would compare unlike games). The rules are
 * written out here because the report prints them: a teacher must be able to say why a game
 * was picked. Games are added one at a time; each group keeps only its current picks.
 */
import type { Role } from '../session.js';
import type { GameSummary } from './summary.js';
import type { CostlyChoice, GameRef, Highlights } from './types.js';

export const BEST_OUTCOME_RULE =
  "Best outcome: a finished game that did not collapse and met the most of its desk's brief; " +
  "ties go to the most left on the desk's capital meter, then fewer US troops, then more allied troops, then fewer decisions. " +
  'The endings themselves are not ranked.';

export const FASTEST_COLLAPSE_RULE =
  'Fastest collapse: the game that ran out of capital or troops in the fewest decisions; ' +
  'ties go to the earlier turn, then the lower capital.';

export const COSTLIEST_RULE =
  'Costliest choice: the single decision whose own choice cost its desk the most capital, ' +
  'events and monthly upkeep left out (the ledger); ties go to the earlier turn.';

export function gameRef(game: GameSummary): GameRef {
  return {
    file: game.file,
    player: game.player,
    role: game.role,
    scenario: game.scenario.id,
    seed: game.seed,
    ending: game.ending ? { id: game.ending.id, title: game.ending.title } : null,
    collapse: game.collapse,
    decisions: game.decisions.length,
    turn: game.turn,
    meters: game.final,
    brief: { met: game.scorecard.filter((l) => l.met).length, of: game.scorecard.length },
  };
}

/** Negative when a is the better outcome. */
function compareBest(a: GameRef, b: GameRef): number {
  return (
    b.brief.met - a.brief.met ||
    b.meters.capital - a.meters.capital ||
    a.meters.usTroops - b.meters.usTroops ||
    b.meters.alliedTroops - a.meters.alliedTroops ||
    a.decisions - b.decisions ||
    a.file.localeCompare(b.file)
  );
}

/** Negative when a collapsed faster. */
function compareCollapse(a: GameRef, b: GameRef): number {
  return (
    a.decisions - b.decisions || a.turn - b.turn || a.meters.capital - b.meters.capital || a.file.localeCompare(b.file)
  );
}

/** Negative when a cost more. */
function compareCost(a: CostlyChoice, b: CostlyChoice): number {
  return a.capital - b.capital || a.turn - b.turn || a.game.file.localeCompare(b.game.file) || a.step - b.step;
}

const better = <T>(current: T | null, candidate: T, compare: (a: T, b: T) => number): T =>
  !current || compare(candidate, current) < 0 ? candidate : current;

const roleRank = (r: Role) => (r === 'us' ? 0 : 1);

export class HighlightFinder {
  private readonly groups = new Map<string, Highlights>();

  /** The game's costliest choice (summary.ts) stands for all of its choices: the rest cost less. */
  add(game: GameSummary): void {
    const key = `${game.scenario.id}\u0000${game.role}`;
    let h = this.groups.get(key);
    if (!h) {
      h = { scenario: game.scenario.id, role: game.role, fastestCollapse: null, bestOutcome: null, costliest: null };
      this.groups.set(key, h);
    }
    const ref = gameRef(game);
    if (game.collapse) h.fastestCollapse = better(h.fastestCollapse, ref, compareCollapse);
    else if (game.finished) h.bestOutcome = better(h.bestOutcome, ref, compareBest);
    if (game.costliest) {
      const { step, turn, month, choice, capital } = game.costliest;
      const c: CostlyChoice = { game: ref, step, turn, month, choice, capital };
      h.costliest = better(h.costliest, c, compareCost);
    }
  }

  result(): Highlights[] {
    return [...this.groups.values()].sort(
      (a, b) => a.scenario.localeCompare(b.scenario) || roleRank(a.role) - roleRank(b.role),
    );
  }
}
