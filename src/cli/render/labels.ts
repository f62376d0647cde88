/** The words every report format shares, so the terminal, Markdown, CSV and HTML agree. */
import type { CostlyChoice, DecisionPoint, EndingCount, GameRef, RosterEntry } from '../../engine/report/index.js';
import type { Role } from '../../engine/session.js';
import type { CollapseReason } from '../../engine/sim/meters.js';
import { type MeterLabel, meterInText } from '../../engine/story/labels.js';
import { formatMonth, formatShortMonth } from '../../ui/format.js';
import { clean } from './text.js';

export const ROLE_DESK: Record<Role, string> = { us: 'US desk', nato: 'NATO desk' };

/** A desk's capital meter in a sentence (`political capital`, `trust`), made safe. */
export function meterWords(capital: MeterLabel): string {
  return clean(meterInText(capital));
}

/** A desk's capital meter in a short line (`capital`, `trust`), made safe. */
export function meterWord(capital: MeterLabel): string {
  return clean(capital.word);
}

/** Why a threshold ended a game: `ran out of trust`, by the desk's name for its capital meter. */
export function collapseWords(reason: CollapseReason, capital: MeterLabel): string {
  return reason === 'capital' ? `ran out of ${meterWords(capital)}` : 'the US troop burden became unsustainable';
}

/** `Turn 3 · October 2003`, or what of it is known. */
export function whenLabel(turn: number, month: string | null): string {
  return [turn > 0 ? `Turn ${turn}` : 'Before turn 1', month ? formatMonth(clean(month)) : '']
    .filter(Boolean)
    .join(' · ');
}

/** `Oct 2003`, else `turn 3`; `start` for turn 0. */
export function shortWhen(turn: number, month: string | null): string {
  if (turn === 0) return 'start';
  return month ? formatShortMonth(clean(month)) : `turn ${turn}`;
}

/** An ending row: its title; the unfinished row says so. */
export function endingLabel(e: Pick<EndingCount, 'title'>): string {
  return clean(e.title);
}

export function playerLabel(player: string | null): string {
  const name = player ? clean(player) : '';
  return name || 'unnamed player';
}

/** How a roster row stands: the ending's title, `not finished (Oct 2003)`, or a collapse. */
export function rosterOutcome(r: RosterEntry): string {
  if (!r.finished) return `not finished (${shortWhen(r.turn, r.month)}, ${r.decisions} decisions)`;
  const title = r.ending ? clean(r.ending.title) : 'no ending named';
  return r.collapse ? `${title} (collapse)` : title;
}

/** `2 of 3`, or `–` when the story declares no brief. */
export function briefLabel(b: { met: number; of: number }): string {
  return b.of ? `${b.met} of ${b.of}` : '–';
}

/**
 * The capital meter's name over a table that mixes both desks: `Capital / trust` when the
 * story names the two desks' meters apart, else the one name (`Capital`).
 */
export function capitalHeading(capital: Readonly<Record<Role, MeterLabel>>): string {
  const [us, nato] = [meterWord(capital.us), meterWord(capital.nato)];
  const first = us.charAt(0).toUpperCase() + us.slice(1);
  return us === nato ? first : `${first} / ${nato}`;
}

/** One sentence on a highlighted game, the same in every format; `capital` is its desk's meter. */
export function describeGame(g: GameRef, capital: MeterLabel): string {
  const how = g.collapse
    ? collapseWords(g.collapse, capital)
    : g.ending
      ? `ending "${clean(g.ending.title)}"`
      : 'no ending';
  const brief = g.brief.of ? `; brief met ${g.brief.met} of ${g.brief.of}` : '';
  return (
    `${playerLabel(g.player)} (${clean(g.file)}; seed ${g.seed}): ${how} after ` +
    `${g.decisions} decision${g.decisions === 1 ? '' : 's'}, turn ${g.turn}${brief}; ${meterWord(capital)} ${g.meters.capital}, ` +
    `US troops ${g.meters.usTroops},000, allied ${g.meters.alliedTroops},000`
  );
}

/** The costliest choice in a sentence; `capital` is its desk's meter. */
export function describeCostly(c: CostlyChoice, capital: MeterLabel): string {
  return (
    `${playerLabel(c.game.player)} (${clean(c.game.file)}), decision ${c.step}, ${shortWhen(c.turn, c.month)}: ` +
    `“${clean(c.choice)}” cost ${-c.capital} ${meterWords(capital)} by itself`
  );
}

/** `12 of 40 (30%)`. */
export function shareLabel(chosen: number, share: number): string {
  return `${chosen} (${Math.round(share)}%)`;
}

/** Who chose an option, for `--names`: `Ana P, Ben K, unnamed player`. */
export function playersLabel(players: readonly (string | null)[]): string {
  return players.map(playerLabel).join(', ');
}

/** A decision point's heading: the month and the question asked. */
export function pointHeading(p: DecisionPoint): string {
  const q = clean(p.prompt);
  return `${whenLabel(p.turn, p.month)}${q ? ` · ${q}` : ''}`;
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

/** `19 Aug 2003` for a day, `Jan 2004` for a month. */
export function dateLabel(date: string): string {
  const month = formatShortMonth(date.slice(0, 7));
  return date.length > 7 ? `${Number(date.slice(8, 10))} ${month}` : month;
}

/** Highlights grouped by scenario, in the report's order. */
export function byScenario<T extends { scenario: string }>(items: readonly T[]): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.scenario);
    if (list) list.push(item);
    else out.set(item.scenario, [item]);
  }
  return [...out];
}
