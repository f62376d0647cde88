/**
 * The report's charts as inline SVG strings: no scripts and no fonts to fetch, so the page
 * works offline, projects sharply at any size (viewBox scaling) and prints. Each chart carries
 * a <title> and role="img" with a label, so a screen reader announces what it shows.
 */
import type { EndingCount, Spread, TurnPoint } from '../../engine/report/index.js';
import { BURDEN_LIMIT } from '../../engine/sim/meters.js';
import { esc } from './html-escape.js';
import { endingLabel } from './labels.js';
import { num, truncate } from './text.js';

export const COLORS = { us: '#1f4e9c', nato: '#b34700', capital: '#1f4e9c', troops: '#7a2e00', limit: '#c00000' };

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** Horizontal bars, one per ending, split into US and NATO games. */
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
    `<svg class="chart endings" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`Endings: ${summary}`)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(`Endings: ${summary}`)}</title>${parts.join('')}</svg>`
  );
}

export interface TrajectoryChartOptions {
  title: string;
  meter: 'capital' | 'usTroops';
}

/** A median line over two bands (min-max, quartiles), turn by turn. */
export function trajectoryChart(turns: readonly TurnPoint[], o: TrajectoryChartOptions): string {
  const W = 560;
  const H = 330;
  const m = { l: 58, r: 18, t: 18, b: 52 };
  const stats = turns.map((t) => t[o.meter]);
  const color = o.meter === 'capital' ? COLORS.capital : COLORS.troops;
  // Troops: from a round number below the lowest value to one above the burden limit, in a
  // span that splits into four whole-number steps of 5 (so the ticks read 120, 135, 150...).
  const troopsLo = Math.max(0, Math.floor((Math.min(...stats.map((s) => s.min)) - 10) / 10) * 10);
  const troopsTop = Math.max(BURDEN_LIMIT + 5, ...stats.map((s) => s.max));
  const [lo, hi] =
    o.meter === 'capital' ? [0, 100] : [troopsLo, troopsLo + Math.ceil((troopsTop - troopsLo) / 20) * 20];
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
  const step = Math.ceil(turns.length / 12);
  turns.forEach((t, i) => {
    if (i % step !== 0 && i !== turns.length - 1) return;
    parts.push(
      `<text x="${f(x(t.turn))}" y="${H - m.b + 24}" class="tick" text-anchor="middle">${t.turn === 0 ? 'start' : t.turn}</text>`,
    );
  });
  parts.push(`<text x="${f((m.l + W - m.r) / 2)}" y="${H - 8}" class="axis" text-anchor="middle">turn</text>`);
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
          `turn ${t.turn === 0 ? 'start' : t.turn}: median ${num(stats[i]!.median)}, quartiles ${num(stats[i]!.q1)}-${num(stats[i]!.q3)}, range ${num(stats[i]!.min)}-${num(stats[i]!.max)}, ${stats[i]!.n} games`,
        )}</title></circle>`,
    ),
  );
  return (
    `<svg class="chart trajectory" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(o.title)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(o.title)}</title>${parts.join('')}</svg>`
  );
}
