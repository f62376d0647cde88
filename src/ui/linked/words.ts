/**
 * The words of a linked game's screens (hot-seat): the desks' names, a cable as one line, and
 * what a desk finds when it takes its seat. Pure: plain mode (cli/linked-plain.ts) and the
 * terminal UI say the same things.
 */
import { CABLE_LIMIT, type Cable, type LinkedGame, otherDesk } from '../../engine/linked/game.js';
import type { Role } from '../../engine/session.js';
import { formatMonth, sanitize } from '../format.js';
import { ledgerLines } from '../table-format.js';

export const DESK_NAMES: Record<Role, string> = { us: 'US desk', nato: 'NATO desk' };

export type Players = Record<Role, string | null>;

export function deskTitle(role: Role, players: Players): string {
  const who = players[role];
  return `${DESK_NAMES[role]}${who ? ` (${sanitize(who)})` : ''}`;
}

export function cableLine(c: Cable): string {
  const when = formatMonth(c.month) || `turn ${c.turn}`;
  return `[cable] from the ${DESK_NAMES[c.from]}, ${when}: ${sanitize(c.text)}`;
}

export function cablePrompt(from: Role): string {
  return `Cable to the ${DESK_NAMES[otherDesk(from)]} (at most ${CABLE_LIMIT} characters)`;
}

/**
 * What a desk finds when it takes its seat: the cables sent to it since `seen`, and what
 * changed since its last choice (the other desk's doings among it, by name).
 */
export function seatNotes(game: LinkedGame, role: Role, seen: number): string[] {
  const out: string[] = [];
  for (const c of game.cables.slice(seen)) if (c.from !== role) out.push(cableLine(c));
  const view = game.view(role);
  const last = view.decisions.at(-1);
  if (last) {
    const lines = ledgerLines(last, view.labels, view.table, view.capitalLabel);
    if (lines.length) out.push('Since your last choice:', ...lines.map((l) => `  ${l}`));
  }
  return out;
}
