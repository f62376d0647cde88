/**
 * How many logs per role and scenario, and how the games ended. Endings are counted by title:
 * two ending ids with the same title (the US and the NATO desk's "Out of time")
 * are one ending to a class. Each builder takes one game at a time, in any order: where a
 * game's own words are kept (a scenario's title, an ending's history), they are those of the
 * game first in the report's order (`order`, the lowest), whatever order the games came in.
 */
import type { Role } from '../session.js';
import type { GameSummary } from './summary.js';
import type { EndingCount, EndingText, RoleScenarioCount } from './types.js';

export const UNFINISHED_TITLE = '(not finished)';
export const UNTAGGED_TITLE = '(story ended without an ending tag)';

const roleOrder = (r: Role) => (r === 'us' ? 0 : 1);

export class RoleScenarioCounter {
  private readonly rows = new Map<string, RoleScenarioCount & { order: number }>();

  add(game: GameSummary, order: number): void {
    const key = `${game.scenario.id}\u0000${game.role}`;
    const row = this.rows.get(key);
    if (row) {
      row.logs++;
      if (order < row.order) Object.assign(row, { scenarioTitle: game.scenario.title, order });
    } else {
      this.rows.set(key, {
        role: game.role,
        scenario: game.scenario.id,
        scenarioTitle: game.scenario.title,
        logs: 1,
        order,
      });
    }
  }

  result(): RoleScenarioCount[] {
    return [...this.rows.values()]
      .map(({ order: _, ...row }) => row)
      .sort((a, b) => a.scenario.localeCompare(b.scenario) || roleOrder(a.role) - roleOrder(b.role));
  }
}

/** The ending key of a game: its id, `""` for an untagged end, null while unfinished. */
export function endingKey(game: GameSummary): string | null {
  if (!game.finished) return null;
  return game.ending?.id ?? '';
}

export class EndingCounter {
  private readonly rows = new Map<string, EndingCount>();
  private readonly texts = new Map<string, EndingText & { order: number }>();

  add(game: GameSummary, order: number): void {
    const id = endingKey(game);
    const title = id === null ? UNFINISHED_TITLE : (game.ending?.title ?? UNTAGGED_TITLE);
    // The unfinished row has its own key, so an ending titled "(not finished)" stays apart.
    const key = id === null ? '\u0000unfinished' : title;
    let row = this.rows.get(key);
    if (!row) {
      row = { title, ids: [], finished: id !== null, logs: 0, byRole: { us: 0, nato: 0 }, collapses: 0 };
      this.rows.set(key, row);
    }
    if (id !== null && !row.ids.includes(id)) row.ids.push(id);
    row.logs++;
    row.byRole[game.role]++;
    if (game.collapse) row.collapses++;
    if (game.ending) {
      const text = this.texts.get(game.ending.id);
      const { id: endingId, title: endingTitle, history, questions } = game.ending;
      const words = { title: endingTitle, role: game.role, history, questions, order };
      if (text) {
        text.logs++;
        if (order < text.order) Object.assign(text, words);
      } else this.texts.set(endingId, { id: endingId, logs: 1, ...words });
    }
  }

  /** Most common first; unfinished games last, whatever their number. */
  result(): EndingCount[] {
    return [...this.rows.values()]
      .map((r) => ({ ...r, ids: [...r.ids].sort() }))
      .sort((a, b) => Number(!a.finished) - Number(!b.finished) || b.logs - a.logs || a.title.localeCompare(b.title));
  }

  /** Each ending reached, by desk then by how many reached it. */
  endingTexts(): EndingText[] {
    return [...this.texts.values()]
      .map(({ id, title, role, logs, history, questions }) => ({ id, title, role, logs, history, questions }))
      .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || b.logs - a.logs || a.id.localeCompare(b.id));
  }
}
