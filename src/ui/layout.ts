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

/** Columns from which the status panel sits beside the story; below, two lines sit above it. */
export const PANEL_COLS = 100;

export function gameLayout(cols: number, rows: number): GameLayout {
  const height = frameHeight(rows);
  const body = Math.max(1, height - 2);
  // At 80 columns a panel would leave the story 48: the story gets the width, the status two lines.
  const side = cols >= 120 ? 34 : cols >= PANEL_COLS ? 30 : 0;
  const main = cols - side;
  return { width: cols, height, body, side, main, text: Math.max(10, Math.min(100, main - 2)), compact: side ? 0 : 2 };
}

/** The story pane's window: what it shows, and whether the player is still reading. */
export interface StoryWindow {
  top: number;
  height: number;
  /**
   * True while text remains below what the options would leave room for: the pane takes
   * every row, the options wait, and Enter reads on (as a [MORE] prompt does).
   */
  reading: boolean;
  /** Lines below the pane. */
  below: number;
}

/**
 * Places the story pane. `room` is every row the pane and what is under it share; `options`
 * the rows the options take at their tallest (whichever is highlighted), `below` the rows under
 * the pane now (the options as drawn, or the memo field). Reading is judged against `options`
 * alone, so moving the highlight to a longer option, or opening the memo field under a passage
 * already read, never sends the player back to reading; `settled` (a reason is being written
 * under the passage, so it was read) keeps it so whatever the size. Following the game (`scroll` null),
 * reading starts at `anchor` (the option just taken). The options show once everything from
 * the top line fits above them; then the pane is filled from above, the passage's end (its
 * question) just above what is under it.
 */
export function storyWindow(
  total: number,
  anchor: number,
  scroll: number | null,
  room: number,
  options: number,
  below = options,
  settled = false,
): StoryWindow {
  const start = scroll ?? Math.max(0, Math.min(anchor, total - 1));
  if (settled || total - start <= Math.max(1, room - options)) {
    const height = Math.max(1, room - below);
    const end = Math.max(0, total - height);
    return { top: scroll === null ? end : Math.min(Math.max(0, start), end), height, reading: false, below: 0 };
  }
  const top = Math.max(0, Math.min(start, total - room));
  return { top, height: room, reading: true, below: Math.max(0, total - top - room) };
}

/** Rows the options take at their tallest: with each one highlighted in turn (it is never cut). */
export function tallestChoices(choices: readonly ChoiceView[], width: number, maxHeight: number): number {
  return Math.max(0, ...choices.map((_, i) => choiceLines(choices, i, width, maxHeight).length));
}

/**
 * The top line after Enter while reading: a page on, or, when the rest fits above the options,
 * the end of the passage just above them (the pane full, never blank rows under the text: the
 * keys that scroll it then move it line by line from there).
 */
export function readOn(window: StoryWindow, total: number, room: number, options: number): number {
  const end = Math.max(0, total - Math.max(1, room - options));
  if (window.top + room >= total) return end;
  return Math.min(window.top + Math.max(1, room - 1), end);
}

/**
 * The options as lines: `› 1) text` for the highlighted one, wrapped with a hanging indent.
 * When they would take more than `maxHeight` rows, the others are cut to one line (the
 * highlighted one is always whole), and if that is still too many, only a window around the
 * highlighted one is shown.
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
  const blocks = choices.map((c, i) =>
    i === selected
      ? wrapHanging(prefix(i), sanitize(c.text), width).map((text) => ({ text, tone: tone(i) }))
      : [{ text: truncate(prefix(i) + sanitize(c.text), width), tone: tone(i) }],
  );
  const short = blocks.flat();
  if (short.length <= maxHeight) return short;
  // A window of whole blocks around the highlighted one, which is never cut.
  let first = selected;
  let last = selected;
  let rows = blocks[selected]?.length ?? 0;
  for (;;) {
    const before = first > 0 ? (blocks[first - 1]?.length ?? 0) : Infinity;
    const after = last < blocks.length - 1 ? (blocks[last + 1]?.length ?? 0) : Infinity;
    const next = Math.min(before, after);
    if (next === Infinity || rows + next > maxHeight) break;
    if (before <= after && first > 0) first -= 1;
    else last += 1;
    rows += next;
  }
  return blocks.slice(first, last + 1).flat();
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
