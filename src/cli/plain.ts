/**
 * Plain mode: line-based play for screen readers, pipes and scripts. Story text, then numbered
 * choices; one number per line from stdin. Runs without React or Ink.
 */
import type { GameSession, View } from '../engine/session.js';
import { tracksLine } from '../engine/story/labels.js';
import { tableStanding } from '../engine/table/standing.js';
import { formatMetersLine, formatMonth, sanitize } from '../ui/format.js';
import { glanceLine, ledgerLines, stateOfPlayLines, tableHeading } from '../ui/table-format.js';
import { askReason } from './memo-prompt.js';

export interface PlainIO {
  /** Lines typed by the player; ends when input ends. */
  lines: AsyncIterator<string>;
  write(text: string): void;
}

export interface PlainHooks {
  /** Called after every decision (autosave). */
  onDecision?(session: GameSession): void;
}

/**
 * Asks a numbered question until it gets a valid answer; null when input ends first.
 * `commands` answers a letter typed instead of a number (`t` for the table) and asks again.
 */
export async function askNumber(
  io: PlainIO,
  count: number,
  commands: Readonly<Record<string, () => string | Promise<string>>> = {},
): Promise<number | null> {
  for (;;) {
    io.write('> ');
    const next = await io.lines.next();
    if (next.done) return null;
    const answer = next.value.trim();
    const n = Number(answer);
    if (/^\d+$/.test(answer) && n >= 1 && n <= count) return n - 1;
    const command = commands[answer.toLowerCase()];
    if (command) {
      io.write(await command());
      continue;
    }
    const letters = Object.keys(commands);
    io.write(`Please type a number from 1 to ${count}${letters.length ? `, or ${letters.join(', ')}` : ''}.\n`);
  }
}

/** Each body the passage puts before the player, at a glance: the count before a vote. */
export function renderTables(view: View): string {
  const shown = tableStanding(view.table, view.stances, view.date).filter((b) =>
    view.passage.tables.includes(b.body.id),
  );
  return shown.map((b) => `  [table] ${sanitize(glanceLine(b, view.labels))}\n`).join('');
}

/** The state of play as text, for `t` at the prompt: conditions, tracks, the table. */
export function renderTable(view: View): string {
  const lines = stateOfPlayLines(view, 100).map((l) => (l.tone === 'heading' ? l.text : l.text ? `  ${l.text}` : ''));
  return `${tableHeading(view.date)}\n\n${lines.join('\n')}\n\n`;
}

/** The story's glossary as text, for `w` at the prompt: each term and what it means. */
export function renderGlossary(view: View): string {
  const lines = view.glossary.map((t) => `  ${sanitize(t.name)}: ${sanitize(t.text)}`);
  return `Glossary\n\n${lines.join('\n')}\n\n`;
}

/** What changed since the last choice, by cause, and what the bodies decided. */
export function renderLedger(view: View): string {
  const last = view.decisions.at(-1);
  const lines = ledgerLines(last ?? view.prelude, view.labels, view.table, view.capitalLabel);
  if (lines.length === 0) return '';
  const head = last ? 'What changed since your last choice:' : 'What changed before your first choice:';
  return `${head}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** The role's brief, measured: one line per item, met or not. */
export function renderScorecard(view: View): string {
  if (view.scorecard.length === 0) return '';
  const brief = view.labels.roles[view.role].goal;
  const lines = view.scorecard.map((s) => `  [${s.met ? 'x' : ' '}] ${sanitize(s.label)}: ${sanitize(s.detail)}`);
  return `\nYour brief${brief ? ` (${sanitize(brief)})` : ''}:\n${lines.join('\n')}\n`;
}

export function renderPassage(view: View): string {
  const out: string[] = [];
  const header = [view.turn ? `Turn ${view.turn}` : '', formatMonth(view.month)].filter(Boolean).join(' · ');
  const lines = view.passage.lines;
  // The last decision's consequences belong to the month before: they come before the header.
  const start = view.passage.newMonthAt ?? 0;
  const text = (line: (typeof lines)[number]) =>
    line.kind === 'question' ? `  ? ${sanitize(line.text)}` : sanitize(line.text);
  out.push(...lines.slice(0, start).map(text));
  if (start > 0) out.push('');
  if (header && lines.length > start) out.push(`── ${header} ──`);
  out.push(...lines.slice(start).map(text));
  for (const note of view.passage.notes) out.push(`  [note] ${sanitize(note)}`);
  out.push('');
  const ledger = renderLedger(view);
  if (ledger) out.push(ledger);
  out.push(formatMetersLine(view.meters, view.delta, view.capitalLabel));
  out.push(tracksLine(view.labels, view.tracks));
  return `${out.join('\n')}\n${renderTables(view)}`;
}

export function renderChoices(view: View): string {
  const keys = ['t: the state of play and the table', ...(view.glossary.length > 0 ? ['w: the glossary'] : [])];
  const hint = `  (${keys.join(' · ')})\n`;
  return `${view.choices.map((c, i) => `  ${i + 1}) ${sanitize(c.text)}`).join('\n')}\n${hint}`;
}

export function renderEnding(view: View): string {
  const out: string[] = [];
  if (view.ending) {
    out.push(`ending: ${view.ending.id}`);
  } else {
    out.push('ending: none (the story stopped without an # ending: tag)');
  }
  return `${out.join('\n')}\n`;
}

/** Plays a session to its end or to the end of input. Returns the final view. */
export async function playPlain(session: GameSession, io: PlainIO, hooks: PlainHooks = {}): Promise<View> {
  let view = session.view();
  for (;;) {
    io.write(renderPassage(view));
    if (view.ended) {
      if (view.ending) io.write(`\n== ${sanitize(view.ending.title)} ==\n`);
      io.write(renderScorecard(view));
      io.write(renderEnding(view));
      return view;
    }
    io.write(`\n${renderChoices(view)}`);
    const current = view;
    const commands: Record<string, () => string> = {
      ...(view.table.bodies.length > 0 ? { t: () => renderTable(current) } : {}),
      ...(view.glossary.length > 0 ? { w: () => renderGlossary(current) } : {}),
    };
    const index = await askNumber(io, view.choices.length, commands);
    if (index === null) {
      io.write('\nInput ended before the game did.\n');
      return view;
    }
    // The reason is asked before the consequences are shown: it is the reason of the moment.
    const reason = view.memo ? await askReason(io, view.memo) : '';
    if (reason === null) {
      io.write('\nInput ended before the game did.\n');
      return view;
    }
    io.write('\n');
    view = session.choose(index);
    if (reason) session.annotate(view.decisions.length, reason);
    hooks.onDecision?.(session);
  }
}
