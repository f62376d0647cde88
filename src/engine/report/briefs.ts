/**
 * The brief, item by item, per scenario and desk: how many finished games met each item of
 * the role's scorecard (engine/table/scorecard.ts). Unfinished games are not measured: their
 * brief is still open. Games are added one at a time.
 */
import type { Role } from '../session.js';
import type { BriefCount, VerifiedGame } from './types.js';

export class BriefCounter {
  private readonly groups = new Map<string, BriefCount>();

  add(game: VerifiedGame): void {
    const { log } = game;
    if (log.status !== 'ended' || game.scorecard.length === 0) return;
    const key = `${log.scenario.id}\u0000${log.role}`;
    let g = this.groups.get(key);
    if (!g) {
      g = {
        scenario: log.scenario.id,
        role: log.role,
        games: 0,
        items: game.scorecard.map((l) => ({ label: l.label, met: 0 })),
      };
      this.groups.set(key, g);
    }
    g.games++;
    for (const line of game.scorecard) {
      const item = g.items.find((i) => i.label === line.label);
      if (item && line.met) item.met++;
    }
  }

  result(): BriefCount[] {
    const rank = (r: Role) => (r === 'us' ? 0 : 1);
    return [...this.groups.values()].sort(
      (a, b) => a.scenario.localeCompare(b.scenario) || rank(a.role) - rank(b.role),
    );
  }
}
