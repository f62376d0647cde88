/**
 * The ending screen as one scrollable document: what the last choice did, the ending and where
 * it stands among the desk's endings, the brief measured, the conditions, a month-by-month
 * table of the figures exactly as the log keeps them, the decisive choices, what really
 * happened, the questions, and every decision with its ledger. Pure: lines, no React.
 */
import type { Decision, View } from '../engine/session.js';
import { BURDEN_LIMIT } from '../engine/sim/meters.js';
import { TRACK_NAMES, type Tracks } from '../engine/sim/tracks.js';
import { stateLabel } from '../engine/story/labels.js';
import { costliestDecision, meterChange } from '../engine/table/ledger.js';
import { COLLAPSE_LABELS, formatShortMonth, meterBar, sanitize, truncate, wrapHanging, wrapText } from './format.js';
import { checkLines, ledgerSummary } from './table-format.js';
import type { StyledLine, Tone } from './theme.js';

const blank: StyledLine = { text: '', tone: 'text' };

function wrapped(text: string, width: number, tone: Tone, prefix = ''): StyledLine[] {
  const lines = prefix ? wrapHanging(prefix, sanitize(text), width) : wrapText(sanitize(text), width);
  return lines.map((t) => ({ text: t, tone }));
}

/** One row of the month-by-month table: the figures after the month's last decision. */
export interface MonthRow {
  /** `start`, or the month (`Oct 2003`, or `turn 3` when the story gives no month). */
  label: string;
  capital: number;
  usTroops: number;
  alliedTroops: number;
  tracks: Tracks;
}

/**
 * The game month by month: the scenario's start, then each month's figures after its last
 * decision, exactly as the decisions (and so the log) record them.
 */
export function monthRows(view: Pick<View, 'decisions' | 'scenario' | 'prelude'>, startTracks: Tracks): MonthRow[] {
  const start = view.scenario.start;
  const rows: MonthRow[] = [{ label: 'start', ...start, tracks: startTracks }];
  view.decisions.forEach((d, i) => {
    const next = view.decisions[i + 1];
    if (next && next.turn === d.turn && next.month === d.month) return;
    rows.push({
      label: formatShortMonth(d.month) || `turn ${d.turn}`,
      capital: d.meters.capital,
      usTroops: d.meters.usTroops,
      alliedTroops: d.meters.alliedTroops,
      tracks: d.tracks,
    });
  });
  return rows;
}

/** The table's lines: a header, then a row a month with small bars for capital and US troops. */
export function monthTableLines(view: View, rows: readonly MonthRow[], width: number): StyledLine[] {
  const bar = width >= 90 ? 8 : 5;
  const fixed = 9 + (4 + bar) + 1 + (5 + bar) + 1 + 6;
  const trackWidth = Math.max(6, Math.floor((width - fixed) / 3) - 1);
  const cell = (text: string, w: number) => truncate(text, w).padEnd(w);
  const head = [
    cell('month', 9),
    cell('capital', 4 + bar),
    ' ',
    cell('US', 5 + bar),
    ' ',
    cell('allied', 6),
    ...TRACK_NAMES.map((t) => ` ${cell(view.labels.tracks[t], trackWidth)}`),
  ].join('');
  const lines: StyledLine[] = [{ text: truncate(head.trimEnd(), width), tone: 'dim' }];
  for (const r of rows) {
    const text = [
      cell(r.label, 9),
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

/**
 * The decisions that shaped the game, at most `max`: a choice that put something to a body
 * counts most, then one that moved a track, and the one that cost the most capital by itself.
 */
export function decisiveSteps(decisions: readonly Decision[], max = 3): number[] {
  const costliest = costliestDecision(decisions);
  const weight = (d: Decision, i: number) =>
    3 * d.votes.filter((v) => v.source === 'choice').length +
    2 * new Set(d.effects.filter((e) => e.source === 'choice' && e.kind === 'track').map((e) => e.target)).size +
    (i === costliest ? 3 : 0);
  return decisions
    .map((d, i) => ({ i, w: weight(d, i) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, max)
    .map((x) => x.i)
    .sort((a, b) => a - b);
}

/** The ending screen's document (the menu sits below it, outside the scroll). */
export function endingLines(view: View, width: number, startTracks: Tracks): StyledLine[] {
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
  if (view.collapse) out.push(...wrapped(COLLAPSE_LABELS[view.collapse], width, 'bad'));
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
    out.push(...monthTableLines(view, monthRows(view, startTracks), width));
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
        ledgerSummary(d, view.labels, view.table) || 'nothing changed',
        width,
        'dim',
        ' '.repeat(prefix.length),
      ),
    ];
  });
}
