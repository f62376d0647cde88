/** The words every report format shares, so the terminal, Markdown, CSV and HTML agree. */
import type { DecisionPoint, EndingCount, GameRef } from '../../engine/report/index.js';
import type { Role } from '../../engine/session.js';
import type { CollapseReason } from '../../engine/sim/meters.js';
import { formatMonth } from '../../ui/format.js';
import { clean } from './text.js';

export const ROLE_DESK: Record<Role, string> = { us: 'US desk', nato: 'NATO desk' };

export const COLLAPSE_LABEL: Record<CollapseReason, string> = {
  capital: 'ran out of political capital',
  burden: 'the US troop burden became unsustainable',
};

/** `Turn 3 · October 2003`, or what of it is known. */
export function whenLabel(turn: number, month: string | null): string {
  return [turn > 0 ? `Turn ${turn}` : 'Before turn 1', month ? formatMonth(clean(month)) : '']
    .filter(Boolean)
    .join(' · ');
}

export function endingLabel(e: Pick<EndingCount, 'id' | 'title'>): string {
  return e.id ? `${clean(e.title)} (${clean(e.id)})` : clean(e.title);
}

export function playerLabel(player: string | null): string {
  const name = player ? clean(player) : '';
  return name || 'unnamed player';
}

/** One sentence on a highlighted game, the same in every format. */
export function describeGame(g: GameRef): string {
  const how = g.collapse ? COLLAPSE_LABEL[g.collapse] : g.ending ? `ending "${clean(g.ending.title)}"` : 'no ending';
  return (
    `${playerLabel(g.player)} (${clean(g.file)}; ${clean(g.scenario)}, seed ${g.seed}): ${how} after ` +
    `${g.decisions} decision${g.decisions === 1 ? '' : 's'}, turn ${g.turn}; capital ${g.meters.capital}, ` +
    `US troops ${g.meters.usTroops},000, allied ${g.meters.alliedTroops},000`
  );
}

/** Decision points in the report's order, cut into runs of one scenario and one desk. */
export function pointGroups(points: readonly DecisionPoint[]): { title: string; points: DecisionPoint[] }[] {
  const groups: { key: string; title: string; points: DecisionPoint[] }[] = [];
  for (const p of points) {
    const desk = p.roles.length === 1 ? ROLE_DESK[p.roles[0]!] : 'Both desks';
    const key = `${p.scenario}\u0000${desk}`;
    const last = groups.at(-1);
    if (last?.key === key) last.points.push(p);
    else groups.push({ key, title: `${desk} · scenario ${clean(p.scenario)}`, points: [p] });
  }
  return groups;
}
