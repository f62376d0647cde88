/**
 * Plain mode: line-based play for screen readers, pipes and scripts. Story text, then numbered
 * choices; one number per line from stdin. Runs without React or Ink.
 */
import type { GameSession, View } from '../engine/session.js';
import { tracksLine } from '../engine/story/labels.js';
import { formatMetersLine, formatMonth, sanitize } from '../ui/format.js';

export interface PlainIO {
  /** Lines typed by the player; ends when input ends. */
  lines: AsyncIterator<string>;
  write(text: string): void;
}

export interface PlainHooks {
  /** Called after every decision (autosave). */
  onDecision?(session: GameSession): void;
}

/** Asks a numbered question until it gets a valid answer; null when input ends first. */
export async function askNumber(io: PlainIO, count: number): Promise<number | null> {
  for (;;) {
    io.write('> ');
    const next = await io.lines.next();
    if (next.done) return null;
    const answer = next.value.trim();
    const n = Number(answer);
    if (/^\d+$/.test(answer) && n >= 1 && n <= count) return n - 1;
    io.write(`Please type a number from 1 to ${count}.\n`);
  }
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
  out.push(formatMetersLine(view.meters, view.delta));
  out.push(tracksLine(view.labels, view.tracks));
  return `${out.join('\n')}\n`;
}

export function renderChoices(view: View): string {
  return `${view.choices.map((c, i) => `  ${i + 1}) ${sanitize(c.text)}`).join('\n')}\n`;
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
      io.write(renderEnding(view));
      return view;
    }
    io.write(`\n${renderChoices(view)}`);
    const index = await askNumber(io, view.choices.length);
    if (index === null) {
      io.write('\nInput ended before the game did.\n');
      return view;
    }
    io.write('\n');
    view = session.choose(index);
    hooks.onDecision?.(session);
  }
}
