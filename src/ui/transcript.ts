/**
 * The story as the player reads it: every passage so far, each followed by the option taken,
 * wrapped to the width of the story pane. Pure: the pane only slices these lines, so a long
 * game costs no more per key than a short one (see `transcriptLines`' cache).
 */
import type { Decision, Passage, View } from '../engine/session.js';
import type { MeterLabel } from '../engine/story/labels.js';
import { tableStanding } from '../engine/table/standing.js';
import { formatDecisionCost, formatShortMonth, formatTurnMonth, sanitize, wrapHanging, wrapText } from './format.js';
import { glanceLine, ledgerSummary } from './table-format.js';
import type { StyledLine, Tone } from './theme.js';

/** A passage the player has moved past, and the option they took there. */
export interface TranscriptEntry {
  passage: Passage;
  choice: string;
  /** What the choice changed, by cause, shown under it (see ledgerOf). */
  ledger?: string;
  /** The count of each body the passage put before the player, as it stood then (see tablesOf). */
  tables?: string[];
}

/** The ledger line under the last choice taken: what it changed, and why. */
export function ledgerOf(view: View): string {
  const last = view.decisions.at(-1);
  return last ? ledgerSummary(last, view.labels, view.table, view.capitalLabel) : '';
}

/** What changed before the first choice (the opening's events), for the foot of the first passage. */
export function preludeLedgerOf(view: View): string {
  return ledgerSummary(view.prelude, view.labels, view.table, view.capitalLabel);
}

const blank: StyledLine = { text: '', tone: 'text' };

function wrapped(text: string, width: number, tone: Tone, prefix = ''): StyledLine[] {
  const lines = prefix ? wrapHanging(prefix, sanitize(text), width) : wrapText(sanitize(text), width);
  return lines.map((t) => ({ text: t, tone }));
}

/** The bodies the passage of `view` puts before the player (`# table:`), at a glance. */
export function tablesOf(view: View): string[] {
  if (view.passage.tables.length === 0) return [];
  return tableStanding(view.table, view.stances, view.date)
    .filter((b) => view.passage.tables.includes(b.body.id))
    .map((b) => sanitize(glanceLine(b, view.labels)));
}

/**
 * A passage's lines: a heading when it opens a turn, then its text; debrief lines are marked.
 * `ledger`, when given, closes the passage: what changed since the last choice, and why.
 */
export function passageLines(
  passage: Passage,
  width: number,
  heading: boolean,
  ledger = '',
  tables: readonly string[] = [],
): StyledLine[] {
  const out: StyledLine[] = [];
  const title = formatTurnMonth(passage.turn, passage.month);
  // The last choice's consequences belong to the month it was made in: before the new heading.
  const split = heading ? (passage.newMonthAt ?? 0) : 0;
  passage.lines.forEach((line, i) => {
    if (i === split && heading && title) {
      if (out.length > 0) out.push(blank);
      out.push({ text: `── ${title} ──`, tone: 'heading' });
    }
    // Paragraphs are apart, as on a page.
    if (out.length > 0) out.push(blank);
    if (line.kind === 'question') out.push(...wrapped(line.text, width, 'question', '? '));
    else if (line.kind === 'history') out.push(...wrapped(line.text, width, 'history'));
    else out.push(...wrapped(line.text, width, 'text'));
  });
  if (heading && title && split >= passage.lines.length) {
    if (out.length > 0) out.push(blank);
    out.push({ text: `── ${title} ──`, tone: 'heading' });
  }
  if (ledger) out.push(blank, ...wrapped(ledger, width, 'dim', '= '));
  if (tables.length > 0) out.push(blank, ...tables.flatMap((t) => wrapped(t, width, 'note', '▤ ')));
  return out;
}

const cache = new WeakMap<object, { width: number; lines: StyledLine[] }>();

function entryLines(entry: TranscriptEntry, previous: Passage | undefined, width: number): StyledLine[] {
  const hit = cache.get(entry);
  if (hit && hit.width === width) return hit.lines;
  const lines = [
    ...passageLines(entry.passage, width, opensTurn(entry.passage, previous), '', entry.tables),
    blank,
    ...wrapped(entry.choice, width, 'choice', '▸ '),
    ...(entry.ledger ? wrapped(entry.ledger, width, 'dim', '  = ') : []),
    blank,
  ];
  cache.set(entry, { width, lines });
  return lines;
}

function opensTurn(passage: Passage, previous: Passage | undefined): boolean {
  return !previous || previous.turn !== passage.turn || previous.month !== passage.month;
}

export interface TranscriptLines {
  lines: StyledLine[];
  /** Where reading resumes after a decision: the option just taken, or the current passage. */
  anchor: number;
}

/**
 * Every line of the story pane. Entries are wrapped once per width and cached, so adding a
 * passage or scrolling does not re-wrap the whole game.
 */
export function transcriptLines(
  entries: readonly TranscriptEntry[],
  current: Passage,
  width: number,
  preface: readonly StyledLine[] = [],
  ledger = '',
  tables: readonly string[] = [],
): TranscriptLines {
  const lines: StyledLine[] = [...preface];
  let anchor = 0;
  entries.forEach((e, i) => {
    const block = entryLines(e, entries[i - 1]?.passage, width);
    // The option taken (and its ledger) sits after the passage and a blank line, and before a closing blank.
    const under = e.ledger ? wrapHanging('  = ', sanitize(e.ledger), width).length : 0;
    anchor = lines.length + block.length - 1 - under - wrapHanging('▸ ', sanitize(e.choice), width).length;
    for (const l of block) lines.push(l);
  });
  // Nothing decided on this screen yet: start at the top, with any preface.
  if (entries.length === 0) anchor = 0;
  lines.push(...passageLines(current, width, opensTurn(current, entries.at(-1)?.passage), ledger, tables));
  return { lines, anchor };
}

/** Lines at the head of a resumed game, whose earlier passages this screen never saw. */
export function resumedPreface(decisions: readonly Decision[], width: number): StyledLine[] {
  if (decisions.length === 0) return [];
  const n = decisions.length;
  return [
    ...wrapped(`Resumed after ${n} decision${n === 1 ? '' : 's'}; press h for the history of this game.`, width, 'dim'),
    blank,
  ];
}

/** Each decision: where, what, and what it cost. */
export function decisionLines(decisions: readonly Decision[], width: number, capital: MeterLabel): StyledLine[] {
  if (decisions.length === 0) return [{ text: 'No decisions yet.', tone: 'dim' }];
  const out: StyledLine[] = [];
  decisions.forEach((d, i) => {
    const when = [d.turn ? `turn ${d.turn}` : '', formatShortMonth(d.month)].filter(Boolean).join(', ');
    out.push(...wrapped(`${d.text}${when ? ` (${when})` : ''}`, width, 'text', `${i + 1}. `));
    const indent = ' '.repeat(`${i + 1}. `.length);
    out.push(...wrapped(formatDecisionCost(d.before, d.meters, capital), width, 'dim', indent));
  });
  return out;
}
