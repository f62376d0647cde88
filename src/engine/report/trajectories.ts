/**
 * Capital and troop burden by turn, per role and scenario: for each turn, the spread of the
 * meters at its end over the games that reached it, and the month most of them were in. Turn
 * 0 is the start of the game. A game that ended early stops counting after its last turn, so
 * `n` falls as games end. Games are added one at a time, in any order; each keeps one number
 * per meter and turn (the quartiles are exact, so they need every value), in typed arrays that
 * grow by doubling: a hundred thousand games' numbers take a few megabytes.
 */
import { spread } from './stats.js';
import type { GameSummary } from './summary.js';
import type { Trajectory } from './types.js';

/** Whole numbers, appended; the meters are small integers (engine/log-schema.ts). */
class Numbers {
  private data = new Int32Array(16);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }

  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

interface Bucket {
  capital: Numbers;
  usTroops: Numbers;
  months: Map<string, number>;
}

interface Group {
  role: Trajectory['role'];
  scenario: string;
  scenarioTitle: string;
  logs: number;
  turns: Map<number, Bucket>;
  /** The report's order of the game whose scenario title is shown. */
  order: number;
}

export class TrajectoryBuilder {
  private readonly groups = new Map<string, Group>();

  add(game: GameSummary, order: number): void {
    const key = `${game.role}\u0000${game.scenario.id}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        role: game.role,
        scenario: game.scenario.id,
        scenarioTitle: game.scenario.title,
        logs: 0,
        turns: new Map(),
        order,
      };
      this.groups.set(key, group);
    }
    if (order < group.order) Object.assign(group, { scenarioTitle: game.scenario.title, order });
    group.logs++;
    for (const [turn, capital, usTroops, month] of game.turns) {
      let bucket = group.turns.get(turn);
      if (!bucket) {
        bucket = { capital: new Numbers(), usTroops: new Numbers(), months: new Map() };
        group.turns.set(turn, bucket);
      }
      bucket.capital.push(capital);
      bucket.usTroops.push(usTroops);
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
          capital: spread(b.capital.values()),
          usTroops: spread(b.usTroops.values()),
        })),
    }));
    const roleRank = (t: Trajectory) => (t.role === 'us' ? 0 : 1);
    return out.sort((a, b) => a.scenario.localeCompare(b.scenario) || roleRank(a) - roleRank(b));
  }
}
