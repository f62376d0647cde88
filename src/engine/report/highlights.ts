/**
 * The fastest collapse and the best outcome, per role (the two desks have different goals, so
 * one class-wide winner would compare unlike games). The rules are written out here because the
 * report prints them: a teacher must be able to say why a game was picked.
 */
import type { Role } from '../session.js';
import type { GameRef, Highlights, VerifiedGame } from './types.js';

export const BEST_OUTCOME_RULE =
  'Best outcome: a finished game that did not collapse, with the most political capital left; ' +
  'ties go to fewer US troops, then more allied troops, then fewer decisions.';

export const FASTEST_COLLAPSE_RULE =
  'Fastest collapse: the game that ran out of capital or troops in the fewest decisions; ' +
  'ties go to the earlier turn, then the lower capital.';

export function gameRef(game: VerifiedGame): GameRef {
  const { log } = game;
  const last = log.decisions.at(-1);
  return {
    file: game.file,
    player: log.player,
    role: log.role,
    scenario: log.scenario.id,
    seed: log.seed,
    ending: game.ending ? { id: game.ending.id, title: game.ending.title } : null,
    collapse: game.collapse,
    decisions: log.decisions.length,
    turn: last?.turn ?? 0,
    meters: last?.meters ?? log.scenario.start,
  };
}

/** Negative when a is the better outcome. */
function compareBest(a: GameRef, b: GameRef): number {
  return (
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

function pick(refs: GameRef[], compare: (a: GameRef, b: GameRef) => number): GameRef | null {
  let best: GameRef | null = null;
  for (const r of refs) if (!best || compare(r, best) < 0) best = r;
  return best;
}

export function findHighlights(games: readonly VerifiedGame[]): Highlights[] {
  const out: Highlights[] = [];
  for (const role of ['us', 'nato'] as const satisfies readonly Role[]) {
    const mine = games.filter((g) => g.log.role === role);
    if (mine.length === 0) continue;
    const collapsed = mine.filter((g) => g.collapse).map(gameRef);
    const finished = mine.filter((g) => g.log.status === 'ended' && !g.collapse).map(gameRef);
    out.push({ role, fastestCollapse: pick(collapsed, compareCollapse), bestOutcome: pick(finished, compareBest) });
  }
  return out;
}
