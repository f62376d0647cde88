/**
 * Capital and troop burden by turn, per role and scenario: for each turn, the spread of the
 * meters at its end over the games that reached it. Turn 0 is the start of the game. A game
 * that ended early stops counting after its last turn, so `n` falls as games end.
 */
import type { Meters } from '../sim/meters.js';
import { spread } from './stats.js';
import type { Trajectory, VerifiedGame } from './types.js';

/** Meters at the end of each turn of one game (the last decision of a turn includes its upkeep). */
export function metersByTurn(game: VerifiedGame): Map<number, Meters> {
  const byTurn = new Map<number, Meters>([[0, game.log.scenario.start]]);
  for (const d of game.log.decisions) byTurn.set(d.turn, d.meters);
  return byTurn;
}

export function buildTrajectories(games: readonly VerifiedGame[]): Trajectory[] {
  const groups = new Map<string, VerifiedGame[]>();
  for (const g of games) {
    const key = `${g.log.role}\u0000${g.log.scenario.id}`;
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  const out: Trajectory[] = [];
  for (const list of groups.values()) {
    const first = list[0]!.log;
    const perTurn = new Map<number, { capital: number[]; usTroops: number[] }>();
    for (const g of list) {
      for (const [turn, m] of metersByTurn(g)) {
        let bucket = perTurn.get(turn);
        if (!bucket) {
          bucket = { capital: [], usTroops: [] };
          perTurn.set(turn, bucket);
        }
        bucket.capital.push(m.capital);
        bucket.usTroops.push(m.usTroops);
      }
    }
    out.push({
      role: first.role,
      scenario: first.scenario.id,
      scenarioTitle: first.scenario.title,
      logs: list.length,
      turns: [...perTurn]
        .sort(([a], [b]) => a - b)
        .map(([turn, b]) => ({ turn, capital: spread(b.capital), usTroops: spread(b.usTroops) })),
    });
  }
  const roleRank = (t: Trajectory) => (t.role === 'us' ? 0 : 1);
  return out.sort((a, b) => a.scenario.localeCompare(b.scenario) || roleRank(a) - roleRank(b));
}
