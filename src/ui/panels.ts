/**
 * The lines of the status panel and of the overlays (help, history, notes, quit), built as
 * plain data so each can be measured before it is drawn and tested without a terminal.
 */
import type { View } from '../engine/session.js';
import { BURDEN_LIMIT, danger } from '../engine/sim/meters.js';
import { TRACK_NAMES } from '../engine/sim/tracks.js';
import { stateLabel } from '../engine/story/labels.js';
import { formatMeter, formatTroopsShort, meterBar, sanitize, truncate, wrapHanging, wrapText } from './format.js';
import { type HelpRow, helpRows, type Mode, type Unavailable, unavailableFor } from './keys.js';
import { glanceLines, stateOfPlayLines, tableHeading } from './table-format.js';
import type { StyledLine, Tone } from './theme.js';
import { decisionLines } from './transcript.js';

const blank: StyledLine = { text: '', tone: 'text' };

export function capitalTone(capital: number): Tone {
  return capital <= 20 ? 'bad' : capital <= 40 ? 'warn' : 'good';
}

export function burdenTone(usTroops: number): Tone {
  const r = usTroops / BURDEN_LIMIT;
  return r >= 0.9 ? 'bad' : r >= 0.7 ? 'warn' : 'good';
}

/** The warning the meters call for, in words, or null: shown before the month that could end the game. */
export function dangerWarning(view: View): string | null {
  const d = danger(view.meters, view.upkeep);
  if (view.ended) return null;
  if (d.capital === 'upkeep') return `Warning: next month's upkeep (-${d.upkeep}) ends the game.`;
  if (d.capital === 'brink')
    return `Warning: ${view.capitalLabel.word} ${view.meters.capital}, upkeep -${d.upkeep}: one costly choice could end the game.`;
  if (d.troops === 'brink') return `Warning: ${formatTroopsShort(d.troopsLeft)} more US troops end the game.`;
  return null;
}

/**
 * The status panel beside the story: capital (by the desk's name for it: political capital,
 * trust) and troop burden as labelled bars with the last
 * change and what ends the game, the next upkeep, a warning near the edge, then the three
 * tracks and the table at a glance. Blank lines and headings go first when `height` is short.
 */
export function statusLines(view: View, width: number, height: number): StyledLine[] {
  const { meters: m, delta: d, tracks, labels } = view;
  const warning = dangerWarning(view);
  // The upkeep and what ends the game on one line where it fits, else on two (never cut).
  const upkeep = `upkeep -${view.upkeep}/month`;
  const upkeepLines: StyledLine[] = (
    `${upkeep} · game over at 0`.length <= width ? [`${upkeep} · game over at 0`] : [upkeep, 'game over at 0']
  ).map((text) => ({ text: truncate(text, width), tone: 'dim' }));
  const meters: StyledLine[] = [
    { text: truncate(view.capitalLabel.name, width), tone: 'heading' },
    { text: truncate(formatMeter(view.capitalLabel.word, m.capital, d?.capital), width), tone: 'text' },
    { text: meterBar(m.capital, 100, width), tone: capitalTone(m.capital) },
    ...upkeepLines,
    ...(warning ? wrapText(warning, width).map((text) => ({ text, tone: 'bad' as Tone })) : []),
    blank,
    { text: 'Troop burden', tone: 'heading' },
    { text: formatMeter('US troops', formatTroopsShort(m.usTroops), d?.usTroops), tone: 'text' },
    { text: meterBar(m.usTroops, BURDEN_LIMIT, width), tone: burdenTone(m.usTroops) },
    { text: truncate(`game over at ${formatTroopsShort(BURDEN_LIMIT)}`, width), tone: 'dim' },
    {
      text: truncate(formatMeter('allied troops', formatTroopsShort(m.alliedTroops), d?.alliedTroops), width),
      tone: 'text',
    },
    blank,
    { text: 'Negotiations', tone: 'heading' },
  ];
  const trackLines: StyledLine[] = TRACK_NAMES.flatMap((name) => [
    { text: truncate(labels.tracks[name], width), tone: 'dim' as Tone },
    { text: truncate(`  ${stateLabel(labels, tracks[name])}`, width), tone: 'text' as Tone },
  ]);
  let lines = [...meters, ...trackLines];
  // The table at a glance, where there is room after the meters and tracks.
  const glance = glanceLines(view).flatMap((g) =>
    wrapHanging('', g, width).map((text) => ({ text, tone: 'text' as Tone })),
  );
  if (glance.length > 0 && lines.length + 2 + glance.length <= height) {
    lines = [...lines, blank, { text: 'The table (t)', tone: 'heading' }, ...glance];
  }
  if (lines.length > height) lines = lines.filter((l) => l !== blank);
  if (lines.length > height) lines = lines.filter((l) => !l.text.startsWith('game over at '));
  if (lines.length > height) lines = lines.filter((l) => l.tone !== 'heading');
  if (lines.length > height) {
    // Tracks on one line each: `UN resolution: drafting`.
    const compactTracks = TRACK_NAMES.map((name) => ({
      text: truncate(`${labels.tracks[name]}: ${stateLabel(labels, tracks[name])}`, width),
      tone: 'text' as Tone,
    }));
    lines = [...lines.filter((l) => !trackLines.includes(l)), ...compactTracks];
  }
  return lines.slice(0, Math.max(0, height));
}

/**
 * Two lines above the story where there is no room for a panel: the meters with their bars,
 * the next upkeep and what ends the game; then the tracks (or a warning near the edge).
 */
export function compactStatusLines(view: View, width: number): StyledLine[][] {
  const { meters: m, delta: d, tracks, labels } = view;
  const cap = `${formatMeter(view.capitalLabel.word, m.capital, d?.capital)} `;
  const upkeepText = ` -${view.upkeep}/mo · `;
  const us = `${formatMeter('US', formatTroopsShort(m.usTroops), d?.usTroops)} `;
  const tail = ` /${formatTroopsShort(BURDEN_LIMIT)} · ${formatMeter('allied', formatTroopsShort(m.alliedTroops), d?.alliedTroops)}`;
  const bar = Math.max(3, Math.floor((width - cap.length - upkeepText.length - us.length - tail.length) / 2));
  // The tracks' full names when they fit, else the first word of each (`UN: drafting`).
  const trackLine = (name: (label: string) => string) =>
    TRACK_NAMES.map((n) => `${name(labels.tracks[n])}: ${stateLabel(labels, tracks[n])}`).join(' · ');
  const full = trackLine((l) => l);
  const tr = full.length <= width ? full : trackLine((l) => l.split(' ')[0] ?? l);
  const warning = dangerWarning(view);
  return [
    [
      { text: cap, tone: 'text' },
      { text: meterBar(m.capital, 100, bar), tone: capitalTone(m.capital) },
      { text: upkeepText, tone: 'dim' },
      { text: us, tone: 'text' },
      { text: meterBar(m.usTroops, BURDEN_LIMIT, bar), tone: burdenTone(m.usTroops) },
      { text: tail, tone: 'dim' },
    ],
    warning ? [{ text: truncate(warning, width), tone: 'bad' }] : [{ text: truncate(tr, width), tone: 'dim' }],
  ];
}

export function helpLines(mode: Mode, unavailable: Unavailable, width: number): StyledLine[] {
  const rows: HelpRow[] = helpRows(mode, unavailable);
  const keyWidth = Math.min(16, Math.max(...rows.map((r) => r.keys.length)) + 2);
  return rows.flatMap((r) =>
    wrapHanging(r.keys.padEnd(keyWidth), r.help + (r.available ? '' : ' (not available now)'), width).map((text) => ({
      text,
      tone: (r.available ? 'text' : 'dim') as Tone,
    })),
  );
}

export function historyLines(view: View, width: number): StyledLine[] {
  return decisionLines(view.decisions, width, view.capitalLabel);
}

export function notesLines(view: View, width: number): StyledLine[] {
  const notes = view.passage.notes;
  if (notes.length === 0) return [{ text: 'There is no historical note for this passage.', tone: 'dim' }];
  return notes.flatMap((n, i) => [
    ...(i > 0 ? [blank] : []),
    ...wrapText(sanitize(n), width).map((text) => ({ text, tone: 'note' as Tone })),
  ]);
}

/** The glossary: each term as a heading, its explanation wrapped below it. */
export function glossaryLines(view: View, width: number): StyledLine[] {
  if (view.glossary.length === 0) return [{ text: 'This story has no glossary.', tone: 'dim' }];
  return view.glossary.flatMap((t, i) => [
    ...(i > 0 ? [blank] : []),
    ...wrapText(sanitize(t.name), width).map((text) => ({ text, tone: 'heading' as Tone })),
    ...wrapText(sanitize(t.text), width).map((text) => ({ text, tone: 'text' as Tone })),
  ]);
}

export function quitLines(width: number): StyledLine[] {
  return [
    ...wrapText('Leave the game now?', width).map((text) => ({ text, tone: 'heading' as Tone })),
    blank,
    ...wrapText(
      'It is saved after every decision: continue it later with Continue on the title screen, or with `mandate resume`.',
      width,
    ).map((text) => ({ text, tone: 'text' as Tone })),
    blank,
    { text: 'y  quit        n  keep playing', tone: 'text' },
  ];
}

export interface OverlayContent {
  title: string;
  lines: StyledLine[];
}

/** The title and lines of an overlay over a game or an ending. */
export function overlayContent(
  overlay: 'help' | 'history' | 'notes' | 'table' | 'glossary' | 'quit',
  view: View,
  under: Mode,
  width: number,
): OverlayContent {
  switch (overlay) {
    case 'help':
      return { title: 'Keys', lines: helpLines(under, unavailableFor(view), width) };
    case 'history': {
      const n = view.decisions.length;
      return { title: `History · ${n} decision${n === 1 ? '' : 's'}`, lines: historyLines(view, width) };
    }
    case 'notes': {
      const n = view.passage.notes.length;
      return { title: n > 1 ? `Historical notes (${n})` : 'Historical note', lines: notesLines(view, width) };
    }
    case 'table':
      return { title: tableHeading(view.date), lines: stateOfPlayLines(view, width) };
    case 'glossary':
      return { title: `Glossary · ${view.glossary.length} terms`, lines: glossaryLines(view, width) };
    case 'quit':
      return { title: 'Quit', lines: quitLines(width) };
  }
}
