/**
 * Choice popularity. A decision point is a story position (the choice set's path, stable across
 * playthroughs) within one scenario, and an option is its text: indexes shift when a
 * conditional option is hidden, text and position do not. Scenarios are kept apart because the
 * same passage falls in a different turn and month in the short game than in the full one.
 */
import type { Role } from '../session.js';
import type { DecisionPoint, VerifiedGame } from './types.js';

interface Tally {
  scenario: string;
  position: string;
  roles: Set<Role>;
  turns: Map<string, { turn: number; month: string | null; n: number }>;
  reached: number;
  logs: number;
  lastLog: number;
  options: Map<string, number>;
  /** Sum of the decision numbers met here: their mean puts points in story order. */
  stepSum: number;
}

export function countDecisionPoints(games: readonly VerifiedGame[]): DecisionPoint[] {
  const points = new Map<string, Tally>();
  games.forEach((game, g) => {
    for (const d of game.log.decisions) {
      const key = `${game.log.scenario.id}\u0000${d.position}`;
      let t = points.get(key);
      if (!t) {
        t = {
          scenario: game.log.scenario.id,
          position: d.position,
          roles: new Set(),
          turns: new Map(),
          reached: 0,
          logs: 0,
          lastLog: -1,
          options: new Map(),
          stepSum: 0,
        };
        points.set(key, t);
      }
      t.roles.add(game.log.role);
      t.reached++;
      t.stepSum += d.step;
      if (t.lastLog !== g) {
        t.logs++;
        t.lastLog = g;
      }
      const when = `${d.turn}\u0000${d.month ?? ''}`;
      const seen = t.turns.get(when);
      if (seen) seen.n++;
      else t.turns.set(when, { turn: d.turn, month: d.month, n: 1 });
      for (const text of d.options) if (!t.options.has(text)) t.options.set(text, 0);
      t.options.set(d.text, (t.options.get(d.text) ?? 0) + 1);
    }
  });
  const order = new Map<DecisionPoint, number>();
  const out: DecisionPoint[] = [];
  for (const t of points.values()) {
    const when = [...t.turns.values()].sort((a, b) => b.n - a.n || a.turn - b.turn)[0]!;
    const point: DecisionPoint = {
      scenario: t.scenario,
      position: t.position,
      roles: (['us', 'nato'] as const).filter((r) => t.roles.has(r)),
      turn: when.turn,
      month: when.month,
      reached: t.reached,
      logs: t.logs,
      options: [...t.options]
        .map(([text, chosen]) => ({ text, chosen }))
        .sort((a, b) => b.chosen - a.chosen || a.text.localeCompare(b.text)),
    };
    order.set(point, t.stepSum / t.reached);
    out.push(point);
  }
  // Per scenario, the US desk's points, then NATO's (then any both reach), each in story
  // order: by turn, then by how far into the game players were when they met the point.
  const roleRank = (p: DecisionPoint) => (p.roles.length > 1 ? 2 : p.roles[0] === 'us' ? 0 : 1);
  return out.sort(
    (a, b) =>
      a.scenario.localeCompare(b.scenario) ||
      roleRank(a) - roleRank(b) ||
      a.turn - b.turn ||
      order.get(a)! - order.get(b)! ||
      a.position.localeCompare(b.position),
  );
}
