/** How many logs per role and scenario, and how the games ended. */
import type { Role } from '../session.js';
import type { EndingCount, RoleScenarioCount, VerifiedGame } from './types.js';

export const UNFINISHED_TITLE = '(not finished)';
export const UNTAGGED_TITLE = '(story ended without an ending tag)';

const roleOrder = (r: Role) => (r === 'us' ? 0 : 1);

export function countByRoleScenario(games: readonly VerifiedGame[]): RoleScenarioCount[] {
  const rows = new Map<string, RoleScenarioCount>();
  for (const { log } of games) {
    const key = `${log.scenario.id}\u0000${log.role}`;
    const row = rows.get(key);
    if (row) row.logs++;
    else rows.set(key, { role: log.role, scenario: log.scenario.id, scenarioTitle: log.scenario.title, logs: 1 });
  }
  return [...rows.values()].sort(
    (a, b) => a.scenario.localeCompare(b.scenario) || roleOrder(a.role) - roleOrder(b.role),
  );
}

/** The ending key of a game: its id, `""` for an untagged end, null while unfinished. */
export function endingKey(game: VerifiedGame): string | null {
  if (game.log.status !== 'ended') return null;
  return game.ending?.id ?? '';
}

export function countEndings(games: readonly VerifiedGame[]): EndingCount[] {
  const rows = new Map<string | null, EndingCount>();
  for (const game of games) {
    const id = endingKey(game);
    let row = rows.get(id);
    if (!row) {
      const title = id === null ? UNFINISHED_TITLE : (game.ending?.title ?? UNTAGGED_TITLE);
      row = { id, title, logs: 0, byRole: { us: 0, nato: 0 }, collapses: 0 };
      rows.set(id, row);
    }
    row.logs++;
    row.byRole[game.log.role]++;
    if (game.collapse) row.collapses++;
  }
  // Most common first; unfinished games last, whatever their number.
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.id === null) - Number(b.id === null) || b.logs - a.logs || (a.id ?? '').localeCompare(b.id ?? ''),
  );
}
