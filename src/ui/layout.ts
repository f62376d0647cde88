/**
 * Where things go on the screen, from the terminal's columns and rows. Pure, so every size
 * can be tested; components only draw the boxes this computes.
 */
import type { ChoiceView } from '../engine/session.js';
import { sanitize, truncate, wrapHanging, wrapText } from './format.js';
import type { StyledLine } from './theme.js';

/** The smallest terminal the game is drawn in; below it the player is asked for more room. */
export const MIN_COLS = 60;
export const MIN_ROWS = 16;

export function isTooSmall(cols: number, rows: number): boolean {
  return cols < MIN_COLS || rows < MIN_ROWS;
}

/**
 * Rows the app draws: one fewer than the terminal has, because Ink ends every frame with a
 * newline and a frame as tall as the screen would scroll it.
 */
export function frameHeight(rows: number): number {
  return Math.max(1, rows - 1);
}

export interface GameLayout {
  width: number;
  /** Rows of the whole frame. */
  height: number;
  /** Rows between the header and the footer. */
  body: number;
  /** Width of the status panel on the right, or 0 when status sits above the story. */
  side: number;
  /** Width of the main column (story, choices, overlays). */
  main: number;
  /** Width story text is wrapped to: the main column less a margin, at most 100. */
  text: number;
  /** Rows of the compact status above the story (narrow terminals), 0 with a side panel. */
  compact: number;
}

export function gameLayout(cols: number, rows: number): GameLayout {
  const height = frameHeight(rows);
  const body = Math.max(1, height - 2);
  const side = cols >= 110 ? 34 : cols >= 80 ? 30 : 0;
  const main = cols - side;
  return { width: cols, height, body, side, main, text: Math.max(10, Math.min(100, main - 2)), compact: side ? 0 : 3 };
}

/**
 * The options as lines: `› 1) text` for the highlighted one, wrapped with a hanging indent.
 * When they would take more than `maxHeight` rows, each is cut to one line, and if that is
 * still too many, only a window around the highlighted one is shown.
 */
export function choiceLines(
  choices: readonly ChoiceView[],
  selected: number,
  width: number,
  maxHeight: number,
): StyledLine[] {
  const prefix = (i: number) => `${i === selected ? '›' : ' '} ${i + 1}) `;
  const tone = (i: number) => (i === selected ? 'selected' : 'text') as StyledLine['tone'];
  const full = choices.flatMap((c, i) =>
    wrapHanging(prefix(i), sanitize(c.text), width).map((text) => ({ text, tone: tone(i) })),
  );
  if (full.length <= maxHeight) return full;
  const short = choices.map((c, i) => ({ text: truncate(prefix(i) + sanitize(c.text), width), tone: tone(i) }));
  if (short.length <= maxHeight) return short;
  const h = Math.max(1, maxHeight);
  const start = Math.max(0, Math.min(selected - Math.floor(h / 2), short.length - h));
  return short.slice(start, start + h);
}

/** Where the reader is in a scrolled block: `↑12 ↓3 PgUp/PgDn`, or nothing when all fits. */
export function scrollLabel(top: number, height: number, total: number): string | undefined {
  const below = Math.max(0, total - top - height);
  if (top <= 0 && below <= 0) return undefined;
  return [top > 0 ? `↑${top}` : '', below > 0 ? `↓${below}` : '', 'PgUp/PgDn'].filter(Boolean).join(' ');
}

/** Rows a menu item takes: its label, and when shown its wrapped detail and a blank line. */
export function menuItemHeight(item: { detail?: string }, width: number, compact: boolean): number {
  return item.detail && !compact ? 1 + wrapHanging(MENU_DETAIL_INDENT, item.detail, width).length + 1 : 1;
}

/** Indent of a menu item's detail, under its label's text. */
export const MENU_DETAIL_INDENT = '     ';

export interface MenuLayout {
  /** The introduction's lines that fit, whole paragraphs only. */
  intro: StyledLine[];
  /** Whether item details are left out for lack of rows. */
  compact: boolean;
}

/**
 * Fits a menu screen into `height` rows: the options come first, then the message, then as
 * many whole paragraphs of introduction as fit (one blank row separates them from the menu).
 */
export function menuLayout(
  intro: readonly StyledLine[],
  items: readonly { detail?: string }[],
  messageRows: number,
  width: number,
  height: number,
): MenuLayout {
  const menuRows = (compact: boolean) => items.reduce((n, item) => n + menuItemHeight(item, width, compact), 0);
  const compact = menuRows(false) + messageRows > height;
  let room = height - menuRows(compact) - messageRows - 1;
  const lines: StyledLine[] = [];
  for (const paragraph of intro) {
    const wrapped = wrapText(paragraph.text, width).map((text) => ({ text, tone: paragraph.tone }));
    if (wrapped.length > room) break;
    lines.push(...wrapped);
    room -= wrapped.length;
  }
  while (lines.at(-1)?.text === '') lines.pop();
  return { intro: lines, compact };
}
