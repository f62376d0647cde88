/**
 * The brief, item by item, per scenario and desk: how many finished games met each item of
 * the role's scorecard (engine/table/scorecard.ts). Unfinished games are not measured: their
 * brief is still open. Games are added one at a time, in any order: the items listed are those
 * of the first game in the report's order (`order`).
 */
import type { Role } from '../session.js';
import type { GameSummary } from './summary.js';
import type { BriefCount } from './types.js';

interface Group {
  scenario: string;
  role: Role;
  games: number;
  /** Games that met each item, by label. */
  met: Map<string, number>;
  labels: string[];
  order: number;
}

export class BriefCounter {
  private readonly groups = new Map<string, Group>();

  add(game: GameSummary, order: number): void {
    if (!game.finished || game.scorecard.length === 0) return;
    const key = `${game.scenario.id}\u0000${game.role}`;
    const labels = () => game.scorecard.map((l) => l.label);
    let g = this.groups.get(key);
    if (!g) {
      g = { scenario: game.scenario.id, role: game.role, games: 0, met: new Map(), labels: labels(), order };
      this.groups.set(key, g);
    } else if (order < g.order) Object.assign(g, { labels: labels(), order });
    g.games++;
    for (const line of game.scorecard) if (line.met) g.met.set(line.label, (g.met.get(line.label) ?? 0) + 1);
  }

  result(): BriefCount[] {
    const rank = (r: Role) => (r === 'us' ? 0 : 1);
    return [...this.groups.values()]
      .map((g) => ({
        scenario: g.scenario,
        role: g.role,
        games: g.games,
        // The first game's items; a label listed twice counts at its first place only.
        items: g.labels.map((label, i) => ({
          label,
          met: g.labels.indexOf(label) === i ? (g.met.get(label) ?? 0) : 0,
        })),
      }))
      .sort((a, b) => a.scenario.localeCompare(b.scenario) || rank(a.role) - rank(b.role));
  }
}
