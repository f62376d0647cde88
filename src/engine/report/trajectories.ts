/**
 * Capital and troop burden by turn, per role and scenario: for each turn, the spread of the
 * meters at its end over the games that reached it, and the month most of them were in. Turn
 * 0 is the start of the game. A game that ended early stops counting after its last turn, so
 * `n` falls as games end. Games are added one at a time; each keeps one number per turn.
 */
import type { Meters } from '../sim/meters.js';
import { spread } from './stats.js';
import type { Trajectory, VerifiedGame } from './types.js';

/** Meters at the end of each turn of one game (the last decision of a turn includes its upkeep). */
export function metersByTurn(game: VerifiedGame): Map<number, { meters: Meters; month: string | null }> {
  const byTurn = new Map<number, { meters: Meters; month: string | null }>([
    [0, { meters: game.log.scenario.start, month: null }],
  ]);
  for (const d of game.log.decisions) byTurn.set(d.turn, { meters: d.meters, month: d.month });
  return byTurn;
}

interface Bucket {
  capital: number[];
  usTroops: number[];
  months: Map<string, number>;
}

interface Group {
  role: Trajectory['role'];
  scenario: string;
  scenarioTitle: string;
  logs: number;
  turns: Map<number, Bucket>;
}

export class TrajectoryBuilder {
  private readonly groups = new Map<string, Group>();

  add(game: VerifiedGame): void {
    const { log } = game;
    const key = `${log.role}\u0000${log.scenario.id}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        role: log.role,
        scenario: log.scenario.id,
        scenarioTitle: log.scenario.title,
        logs: 0,
        turns: new Map(),
      };
      this.groups.set(key, group);
    }
    group.logs++;
    for (const [turn, { meters, month }] of metersByTurn(game)) {
      let bucket = group.turns.get(turn);
      if (!bucket) {
        bucket = { capital: [], usTroops: [], months: new Map() };
        group.turns.set(turn, bucket);
      }
      bucket.capital.push(meters.capital);
      bucket.usTroops.push(meters.usTroops);
      if (month) bucket.months.set(month, (bucket.months.get(month) ?? 0) + 1);
    }
  }

  result(): Trajectory[] {
    const out: Trajectory[] = [...this.groups.values()].map((g) => ({
      role: g.role,
      scenario: g.scenario,
      scenarioTitle: g.scenarioTitle,
      logs: g.logs,
      turns: [...g.turns]
        .sort(([a], [b]) => a - b)
        .map(([turn, b]) => ({
          turn,
          month: [...b.months].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null,
          capital: spread(b.capital),
          usTroops: spread(b.usTroops),
        })),
    }));
    const roleRank = (t: Trajectory) => (t.role === 'us' ? 0 : 1);
    return out.sort((a, b) => a.scenario.localeCompare(b.scenario) || roleRank(a) - roleRank(b));
  }
}
