/**
 * The report's charts as inline SVG strings: no scripts and no fonts to fetch, so the page
 * works offline, projects sharply at any size (viewBox scaling) and prints. Each chart carries
 * a <title> and role="img" with a label, so a screen reader announces what it shows.
 */
import type { EndingCount, Spread, TurnPoint } from '../../engine/report/index.js';
import { BURDEN_LIMIT } from '../../engine/sim/meters.js';
import { esc } from './html-escape.js';
import { endingLabel, shortWhen } from './labels.js';
import { num, truncate } from './text.js';

export const COLORS = {
  us: '#1f4e9c',
  nato: '#b34700',
  capital: '#1f4e9c',
  troops: '#7a2e00',
  limit: '#c00000',
  event: '#5a3d8a',
};

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** Horizontal bars, one per ending title, split into US and NATO games. */
export function endingsChart(endings: readonly EndingCount[]): string {
  const W = 1000;
  const left = 8;
  const barMax = W - left - 90;
  const rowH = 70;
  const top = 44;
  const H = top + Math.max(1, endings.length) * rowH + 8;
  const max = Math.max(1, ...endings.map((e) => e.logs));
  const parts: string[] = [
    `<rect x="${left}" y="8" width="22" height="22" fill="${COLORS.us}"/><text x="${left + 30}" y="26" class="legend">US desk</text>`,
    `<rect x="${left + 150}" y="8" width="22" height="22" fill="${COLORS.nato}"/><text x="${left + 180}" y="26" class="legend">NATO desk</text>`,
  ];
  endings.forEach((e, i) => {
    const y = top + i * rowH;
    const us = (e.byRole.us / max) * barMax;
    const nato = (e.byRole.nato / max) * barMax;
    const label = truncate(endingLabel(e), 66) + (e.collapses ? ' — collapse' : '');
    parts.push(
      `<text x="${left}" y="${y + 22}" class="label">${esc(label)}</text>`,
      `<rect x="${left}" y="${y + 32}" width="${f(us)}" height="28" fill="${COLORS.us}"><title>US: ${e.byRole.us}</title></rect>`,
      `<rect x="${f(left + us)}" y="${y + 32}" width="${f(nato)}" height="28" fill="${COLORS.nato}"><title>NATO: ${e.byRole.nato}</title></rect>`,
      `<text x="${f(left + us + nato + 10)}" y="${y + 54}" class="count">${e.logs}</text>`,
    );
  });
  const summary = endings.map((e) => `${endingLabel(e)}: ${e.logs}`).join('; ');
  return (
    `<svg class="chart endings" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`Endings: ${summary}`)}">` +
    `<title>${esc(`Endings: ${summary}`)}</title>${parts.join('')}</svg>`
  );
}

/** The y-axis of a measure, the same on every chart of the page. */
export interface Axis {
  lo: number;
  hi: number;
}

/**
 * The axes of a page's charts: capital 0-100; US troops from a round number below the lowest
 * value of any desk to one above the burden limit, in a span that splits into four steps of 5.
 */
export function sharedAxes(turns: readonly TurnPoint[]): { capital: Axis; usTroops: Axis } {
  const lows = turns.map((t) => t.usTroops.min).filter((v) => !Number.isNaN(v));
  const highs = turns.map((t) => t.usTroops.max).filter((v) => !Number.isNaN(v));
  const lo = Math.max(0, Math.floor((Math.min(BURDEN_LIMIT, ...lows) - 10) / 10) * 10);
  const top = Math.max(BURDEN_LIMIT + 5, ...highs);
  return { capital: { lo: 0, hi: 100 }, usTroops: { lo, hi: lo + Math.ceil((top - lo) / 20) * 20 } };
}

/** A dated event drawn on the month axis: its number in the timeline, its date and words. */
export interface ChartEvent {
  n: number;
  date: string;
  text: string;
}

/** Months since year 0, with the day as a fraction (a month-only date sits mid-month). */
function timeOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = d === undefined ? 0.5 : (d - 1) / 31;
  return y! * 12 + (m! - 1) + day;
}

/**
 * Where an event falls on an axis of turns: each turn's point is the end of its month, the
 * start the beginning of the first; between two points, in proportion to the time passed.
 * Null outside the chart.
 */
export function eventX(turns: readonly Pick<TurnPoint, 'turn' | 'month'>[], date: string): number | null {
  const points: [number, number][] = [];
  for (const t of turns) {
    if (t.month) points.push([t.turn, timeOf(`${t.month}-01`) + 1]);
  }
  const first = turns.find((t) => t.month);
  if (turns[0]?.turn === 0 && first?.month) points.unshift([0, timeOf(`${first.month}-01`)]);
  const at = timeOf(date);
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, t0] = points[i]!;
    const [x1, t1] = points[i + 1]!;
    if (at >= t0 && at <= t1) return x0 + ((x1 - x0) * (at - t0)) / (t1 - t0 || 1);
  }
  return null;
}

/** `1-4` for a run of numbers, `7, 9` for two, `3-5, 8` otherwise. */
function numbers(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const n of sorted) {
    const run = runs.at(-1);
    if (run && n === run.at(-1)! + 1) run.push(n);
    else runs.push([n]);
  }
  return runs.map((r) => (r.length > 2 ? `${r[0]}-${r.at(-1)}` : r.join(', '))).join(', ');
}

export interface TrajectoryChartOptions {
  title: string;
  meter: 'capital' | 'usTroops';
  axis: Axis;
  /** The timeline's events, drawn as numbered marks on the month axis. */
  events?: readonly ChartEvent[];
}

/** A median line over two bands (min-max, quartiles), month by month, with the real events marked. */
export function trajectoryChart(turns: readonly TurnPoint[], o: TrajectoryChartOptions): string {
  const W = 560;
  const H = 350;
  const m = { l: 58, r: 40, t: 40, b: 52 };
  const stats = turns.map((t) => t[o.meter]);
  const color = o.meter === 'capital' ? COLORS.capital : COLORS.troops;
  const { lo, hi } = o.axis;
  const lastTurn = Math.max(1, ...turns.map((t) => t.turn));
  const x = (turn: number) => m.l + (turn / lastTurn) * (W - m.l - m.r);
  const y = (v: number) => m.t + (1 - (v - lo) / (hi - lo || 1)) * (H - m.t - m.b);
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    parts.push(
      `<line x1="${m.l}" x2="${W - m.r}" y1="${f(y(v))}" y2="${f(y(v))}" class="grid"/>`,
      `<text x="${m.l - 8}" y="${f(y(v) + 6)}" class="tick" text-anchor="end">${num(v)}</text>`,
    );
  }
  // The real events: one mark per stretch between two points of the chart (the months a turn
  // covers), halfway along it, numbered as in the timeline below the charts.
  const slots = new Map<number, ChartEvent[]>();
  for (const e of o.events ?? []) {
    const at = eventX(turns, e.date);
    if (at === null) continue;
    const i = turns.findIndex((t, k) => k > 0 && at <= t.turn);
    const slot = i > 0 ? (turns[i - 1]!.turn + turns[i]!.turn) / 2 : at;
    const list = slots.get(slot);
    if (list) list.push(e);
    else slots.set(slot, [e]);
  }
  for (const [at, list] of slots) {
    const title = list.map((e) => `${e.n}. ${e.text}`).join('\n');
    parts.push(
      `<g class="event"><title>${esc(title)}</title><line x1="${f(x(at))}" x2="${f(x(at))}" y1="${m.t - 4}" y2="${H - m.b}" stroke="${COLORS.event}" stroke-width="1.5" stroke-dasharray="3 4"/>` +
        `<text x="${f(x(at))}" y="${m.t - 10}" class="mark" text-anchor="middle">${esc(numbers(list.map((e) => e.n)))}</text></g>`,
    );
  }
  const step = Math.ceil(turns.length / 7);
  turns.forEach((t, i) => {
    if (i % step !== 0 && i !== turns.length - 1) return;
    const anchor = i === 0 ? 'start' : i === turns.length - 1 ? 'end' : 'middle';
    const at = i === 0 ? x(t.turn) - 20 : i === turns.length - 1 ? x(t.turn) + 30 : x(t.turn);
    parts.push(
      `<text x="${f(at)}" y="${H - m.b + 24}" class="tick" text-anchor="${anchor}">${esc(shortWhen(t.turn, t.month))}</text>`,
    );
  });
  parts.push(`<text x="${f((m.l + W - m.r) / 2)}" y="${H - 6}" class="axis" text-anchor="middle">end of month</text>`);
  if (o.meter === 'usTroops' && BURDEN_LIMIT <= hi) {
    parts.push(
      `<line x1="${m.l}" x2="${W - m.r}" y1="${f(y(BURDEN_LIMIT))}" y2="${f(y(BURDEN_LIMIT))}" stroke="${COLORS.limit}" stroke-width="3" stroke-dasharray="10 6"/>`,
      `<text x="${W - m.r - 4}" y="${f(y(BURDEN_LIMIT) - 8)}" class="tick limit" text-anchor="end">burden limit ${BURDEN_LIMIT},000</text>`,
    );
  }
  const band = (top: (s: Spread) => number, bottom: (s: Spread) => number) => {
    const up = turns.map((t, i) => `${f(x(t.turn))},${f(y(top(stats[i]!)))}`);
    const down = turns.map((t, i) => `${f(x(t.turn))},${f(y(bottom(stats[i]!)))}`).reverse();
    return [...up, ...down].join(' ');
  };
  parts.push(
    `<polygon points="${band(
      (s) => s.max,
      (s) => s.min,
    )}" fill="${color}" fill-opacity="0.15" class="band-range"/>`,
    `<polygon points="${band(
      (s) => s.q3,
      (s) => s.q1,
    )}" fill="${color}" fill-opacity="0.35" class="band-iqr"/>`,
    `<polyline points="${turns.map((t, i) => `${f(x(t.turn))},${f(y(stats[i]!.median))}`).join(' ')}" fill="none" stroke="${color}" stroke-width="4" class="median"/>`,
    ...turns.map(
      (t, i) =>
        `<circle cx="${f(x(t.turn))}" cy="${f(y(stats[i]!.median))}" r="5" fill="${color}"><title>${esc(
          `${shortWhen(t.turn, t.month)}: median ${num(stats[i]!.median)}, quartiles ${num(stats[i]!.q1)}-${num(stats[i]!.q3)}, range ${num(stats[i]!.min)}-${num(stats[i]!.max)}, ${stats[i]!.n} games`,
        )}</title></circle>`,
    ),
  );
  return (
    `<svg class="chart trajectory" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(o.title)}">` +
    `<title>${esc(o.title)}</title>${parts.join('')}</svg>`
  );
}
