/**
 * The ending screen as one scrollable document: what the last choice did, the ending and where
 * it stands among the desk's endings, the brief measured, the conditions, a month-by-month
 * table of the figures exactly as the log keeps them, the decisive choices, what really
 * happened, the questions, and every decision with its ledger. Pure: lines, no React.
 */
import { gameMonths, type MonthFigures } from '../engine/game-months.js';
import type { View } from '../engine/session.js';
import { BURDEN_LIMIT } from '../engine/sim/meters.js';
import { TRACK_NAMES } from '../engine/sim/tracks.js';
import { stateLabel } from '../engine/story/labels.js';
import { decisiveSteps, meterChange } from '../engine/table/ledger.js';
import { collapseLabel, formatShortMonth, meterBar, sanitize, truncate, wrapHanging, wrapText } from './format.js';
import { checkLines, ledgerSummary } from './table-format.js';
import type { StyledLine, Tone } from './theme.js';

const blank: StyledLine = { text: '', tone: 'text' };

function wrapped(text: string, width: number, tone: Tone, prefix = ''): StyledLine[] {
  const lines = prefix ? wrapHanging(prefix, sanitize(text), width) : wrapText(sanitize(text), width);
  return lines.map((t) => ({ text: t, tone }));
}

/** The table's lines: a header, then a row a month with small bars for capital (the desk's word) and US troops. */
function monthTableLines(view: View, rows: readonly MonthFigures[], width: number): StyledLine[] {
  const bar = width >= 90 ? 8 : 5;
  const fixed = 9 + (4 + bar) + 1 + (5 + bar) + 1 + 6;
  const trackWidth = Math.max(6, Math.floor((width - fixed) / 3) - 1);
  const cell = (text: string, w: number) => truncate(text, w).padEnd(w);
  const head = [
    cell('month', 9),
    cell(view.capitalLabel.word, 4 + bar),
    ' ',
    cell('US', 5 + bar),
    ' ',
    cell('allied', 6),
    ...TRACK_NAMES.map((t) => ` ${cell(view.labels.tracks[t], trackWidth)}`),
  ].join('');
  const lines: StyledLine[] = [{ text: truncate(head.trimEnd(), width), tone: 'dim' }];
  for (const r of rows) {
    const text = [
      cell(r.turn === null ? 'start' : formatShortMonth(r.month) || `turn ${r.turn}`, 9),
      `${String(r.capital).padStart(3)} ${meterBar(r.capital, 100, bar)}`,
      ' ',
      `${`${r.usTroops}k`.padStart(4)} ${meterBar(r.usTroops, BURDEN_LIMIT, bar)}`,
      ' ',
      `${`${r.alliedTroops}k`.padStart(5)} `,
      ...TRACK_NAMES.map((t) => ` ${cell(stateLabel(view.labels, r.tracks[t]), trackWidth)}`),
    ].join('');
    lines.push({ text: truncate(text.trimEnd(), width), tone: 'text' });
  }
  return lines;
}

/** The ending screen's document (the menu sits below it, outside the scroll). */
export function endingLines(view: View, width: number): StyledLine[] {
  const out: StyledLine[] = [];
  const section = (title: string) =>
    out.push(blank, { text: title, tone: 'heading' }, { text: '─'.repeat(Math.min(width, title.length)), tone: 'dim' });
  const ending = view.ending;
  const lines = view.passage.lines;
  const at = ending ? (view.passage.endingAt ?? 0) : lines.length;
  // What the last choice did comes first: the ending follows from it.
  for (const line of lines.slice(0, at)) out.push(...wrapped(line.text, width, 'text'), blank);
  out.push(...wrapped(ending ? ending.title : 'The story has ended.', width, 'heading'));
  const n = ending ? view.endings.indexOf(ending.id) : -1;
  if (n >= 0) out.push({ text: `Ending ${n + 1} of ${view.endings.length} for this desk`, tone: 'dim' });
  if (view.collapse) out.push(...wrapped(collapseLabel(view.collapse, view.capitalLabel), width, 'bad'));
  for (const line of lines.slice(at)) {
    if (line.kind === 'text') out.push(blank, ...wrapped(line.text, width, 'text'));
  }
  if (view.scorecard.length > 0) {
    section('Your brief, measured');
    const goal = view.labels.roles[view.role].goal;
    if (goal) out.push(...wrapped(goal, width, 'dim'));
    out.push(...checkLines(view.scorecard, width));
  }
  if (view.conditions.length > 0) {
    section('The conditions');
    out.push(...checkLines(view.conditions, width));
  }
  if (view.decisions.length > 0) {
    section('Month by month');
    out.push(...monthTableLines(view, gameMonths(view.decisions, view.scenario.start), width));
    const decisive = decisiveSteps(view.decisions);
    if (decisive.length > 0) {
      section('Decisive choices');
      for (const i of decisive) {
        const d = view.decisions[i]!;
        const own = meterChange(d.effects, 'choice').capital;
        const when = formatShortMonth(d.month);
        out.push(...wrapped(`${d.text}${when ? ` (${when})` : ''}`, width, 'choice', `★ ${i + 1}. `));
        const summary = ledgerSummary(
          {
            effects: d.effects.filter((e) => e.source === 'choice'),
            votes: d.votes.filter((v) => v.source === 'choice'),
          },
          view.labels,
          view.table,
          view.capitalLabel,
        );
        if (summary || own) out.push(...wrapped(summary, width, 'dim', '     '));
      }
    }
  }
  if (ending && ending.history.length > 0) {
    section('What really happened');
    for (const h of ending.history) out.push(...wrapped(h, width, 'history'), blank);
    out.pop();
  }
  if (ending && ending.questions.length > 0) {
    section('Questions to discuss');
    ending.questions.forEach((q, i) => {
      out.push(...wrapped(q, width, 'question', `${i + 1}. `));
    });
  }
  section(`Your decisions (${view.decisions.length})`);
  out.push(...decisionLedgerLines(view, width));
  return out;
}

/** Each decision: when, what, and what it changed by cause. */
export function decisionLedgerLines(view: View, width: number): StyledLine[] {
  if (view.decisions.length === 0) return [{ text: 'No decisions yet.', tone: 'dim' }];
  const decisive = new Set(decisiveSteps(view.decisions));
  return view.decisions.flatMap((d, i) => {
    const when = [d.turn ? `turn ${d.turn}` : '', formatShortMonth(d.month)].filter(Boolean).join(', ');
    const mark = decisive.has(i) ? '★' : ' ';
    const prefix = `${mark}${i + 1}. `;
    return [
      ...wrapped(`${d.text}${when ? ` (${when})` : ''}`, width, 'text', prefix),
      ...wrapped(
        ledgerSummary(d, view.labels, view.table, view.capitalLabel) || 'nothing changed',
        width,
        'dim',
        ' '.repeat(prefix.length),
      ),
    ];
  });
}
