/**
 * Words and numbers as the player reads them, shared by the terminal UI, plain mode and
 * reports. Pure string functions: no React here, so plain mode never loads Ink.
 */
import type { View } from '../engine/session.js';
import type { CollapseReason, Meters } from '../engine/sim/meters.js';
import { type MeterLabel, meterInText } from '../engine/story/labels.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2003-08` → `August 2003`; anything else is returned as it is. */
export function formatMonth(month: string | null): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

/** Troops are kept in thousands: 146 → `146,000`. */
export function formatTroops(thousands: number): string {
  return `${thousands.toLocaleString('en-US')},000`;
}

/** A signed change, `(-8)` or `(+3)`, or empty for no change. */
export function formatDelta(delta: number | undefined): string {
  if (!delta) return '';
  return delta > 0 ? `(+${delta})` : `(${delta})`;
}

/** `capital 60 (-2) · US troops 146,000 · allied 22,000`, the capital meter by the desk's name (`trust 60`). */
export function formatMetersLine(m: Meters, delta: Meters | null | undefined, capital: MeterLabel): string {
  const d = (n: number | undefined) => (n ? ` ${formatDelta(n)}` : '');
  return [
    `${capital.word} ${m.capital}${d(delta?.capital)}`,
    `US troops ${formatTroops(m.usTroops)}${d(delta?.usTroops)}`,
    `allied ${formatTroops(m.alliedTroops)}${d(delta?.alliedTroops)}`,
  ].join(' · ');
}

export { sanitize } from '../engine/sanitize.js';

/** `2003-10` → `Oct 2003`, for narrow places (history lists, chart labels). */
export function formatShortMonth(month: string | null): string {
  const long = formatMonth(month);
  const m = /^([A-Z][a-z]+) (\d{4})$/.exec(long);
  return m ? `${m[1]!.slice(0, 3)} ${m[2]}` : long;
}

/** Troops in thousands, short: 146 → `146k`. */
export function formatTroopsShort(thousands: number): string {
  return `${thousands}k`;
}

/** `capital 62 (-8)`: a meter's name, value and the change the last choice made. */
export function formatMeter(name: string, value: number | string, delta?: number | null): string {
  const d = delta ? ` ${formatDelta(delta)}` : '';
  return `${name} ${value}${d}`;
}

/**
 * A text bar for a meter, readable without colour: `██████░░░░` for 60 of 100 at width 10.
 * Any value above zero shows at least one filled cell, and only a full meter fills every cell.
 */
export function meterBar(value: number, max: number, width: number, cells = { full: '█', empty: '░' }): string {
  const w = Math.max(1, Math.floor(width));
  const ratio = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  let filled = Math.round(ratio * w);
  if (ratio > 0 && filled === 0) filled = 1;
  if (ratio < 1 && filled === w) filled = w - 1;
  return cells.full.repeat(filled) + cells.empty.repeat(w - filled);
}

/** Visible width of plain text (code points; the story is sanitised, one cell per character). */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Cuts text to `width` cells, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * Word-wraps plain text to `width` cells. Words longer than a line are broken; runs of spaces
 * collapse; an empty text gives one empty line. Pure and deterministic, so the UI can count
 * lines before it draws them.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      let chars = [...word];
      if (lineWidth > 0 && lineWidth + 1 + chars.length <= w) {
        line += ` ${word}`;
        lineWidth += 1 + chars.length;
        continue;
      }
      if (lineWidth > 0) lines.push(line);
      while (chars.length > w) {
        lines.push(chars.slice(0, w).join(''));
        chars = chars.slice(w);
      }
      line = chars.join('');
      lineWidth = chars.length;
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps `text` after `prefix`, indenting the following lines to line up under the text. */
export function wrapHanging(prefix: string, text: string, width: number): string[] {
  const indent = textWidth(prefix);
  const body = wrapText(text, Math.max(1, width - indent));
  return body.map((line, i) => (i === 0 ? prefix : ' '.repeat(indent)) + line);
}

/** `Turn 3 · October 2003`, leaving out what is not known yet. */
export function formatTurnMonth(turn: number, month: string | null, turns?: number): string {
  const t = turn ? `Turn ${turn}${turns ? ` of ${turns}` : ''}` : '';
  return [t, formatMonth(month)].filter(Boolean).join(' · ');
}

/** What a decision cost: `capital 60 → 55 (-5) · US 146k → 144k (-2) · allied 22k → 24k (+2)`. */
export function formatDecisionCost(before: Meters, after: Meters, capital: MeterLabel): string {
  const part = (name: string, a: number, b: number, unit = '') =>
    a === b ? `${name} ${b}${unit}` : `${name} ${a}${unit} → ${b}${unit} ${formatDelta(b - a)}`;
  return [
    part(capital.word, before.capital, after.capital),
    part('US', before.usTroops, after.usTroops, 'k'),
    part('allied', before.alliedTroops, after.alliedTroops, 'k'),
  ].join(' · ');
}

/** Why a threshold ended the game, in words: `Your trust ran out.` names the desk's meter. */
export function collapseLabel(reason: CollapseReason, capital: MeterLabel): string {
  return reason === 'capital'
    ? `Your ${meterInText(capital)} ran out.`
    : 'The American troop burden became unsustainable.';
}

/** `5 minutes ago`, `3 hours ago`, `2 days ago`, or the date for anything older than a month. */
export function formatAgo(iso: string, now: Date): string {
  const then = new Date(iso);
  const s = Math.round((now.getTime() - then.getTime()) / 1000);
  if (!Number.isFinite(s)) return iso;
  if (s < 60) return 'just now';
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'} ago`;
  if (s < 3600) return unit(Math.floor(s / 60), 'minute');
  if (s < 86_400) return unit(Math.floor(s / 3600), 'hour');
  if (s < 30 * 86_400) return unit(Math.floor(s / 86_400), 'day');
  return iso.slice(0, 10);
}

/** The header of a game: `MANDATE · US official · Turn 3 of 11 · October 2003`. */
export function formatGameHeader(view: Pick<View, 'role' | 'turn' | 'month' | 'scenario' | 'labels'>): string {
  // The scenario may give more months than the story has (a short story under `full`).
  const turns = Math.min(view.scenario.turns, view.labels.turns ?? view.scenario.turns);
  return ['MANDATE', view.labels.roles[view.role].label, formatTurnMonth(view.turn, view.month, turns)]
    .filter(Boolean)
    .join(' · ');
}
