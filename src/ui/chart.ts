/**
 * Charts of the meters over a game, drawn as text: a line chart (asciichart) when there is
 * room, a sparkline when there is not. Pure functions of the decisions a view exposes.
 */
import asciichart from 'asciichart';
import type { Decision } from '../engine/session.js';
import type { Meters } from '../engine/sim/meters.js';
import { formatShortMonth } from './format.js';

export interface MeterPoint extends Meters {
  /** `start`, or the short month the turn closed (`Oct 2003`), or `turn N`. */
  label: string;
}

/**
 * The meters at the start and at the close of every turn played: one point per turn (the
 * meters after the last decision taken in it).
 */
export function metersByTurn(decisions: readonly Decision[], current: Meters): MeterPoint[] {
  const first = decisions[0];
  const points: MeterPoint[] = [{ label: 'start', ...(first ? first.before : current) }];
  decisions.forEach((d, i) => {
    const next = decisions[i + 1];
    if (next && next.turn === d.turn) return;
    points.push({
      label: formatShortMonth(d.month) || `turn ${d.turn}`,
      capital: d.meters.capital,
      usTroops: d.meters.usTroops,
      alliedTroops: d.meters.alliedTroops,
    });
  });
  return points;
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled between `min` and `max`. */
export function sparkline(values: readonly number[], min: number, max: number): string {
  const span = max - min || 1;
  return values
    .map((v) => SPARKS[Math.max(0, Math.min(SPARKS.length - 1, Math.round(((v - min) / span) * (SPARKS.length - 1))))])
    .join('');
}

export interface ChartOptions {
  /** Rows of the plot area. */
  height: number;
  /** Total width in cells, axis labels included. */
  width: number;
  /** Fixed bounds of the axis (default: the data's range). */
  min?: number;
  max?: number;
}

/**
 * A step line chart of `values`, each value stretched over the same number of columns so the
 * chart fills `width`. Returns the lines, top first, without trailing spaces.
 */
export function lineChart(values: readonly number[], options: ChartOptions): string[] {
  if (values.length === 0) return [];
  const labelWidth = 5;
  const room = Math.max(1, options.width - labelWidth - 2);
  const per = Math.max(1, Math.floor(room / values.length));
  const stretched = values.flatMap((v) => Array<number>(per).fill(v)).slice(0, room);
  const min = Math.min(options.min ?? Number.POSITIVE_INFINITY, ...values);
  const max = Math.max(options.max ?? Number.NEGATIVE_INFINITY, ...values);
  const plot = asciichart.plot(stretched, {
    height: Math.max(1, options.height - 1),
    min,
    max: max === min ? min + 1 : max,
    format: (x: number) => `${Math.round(x)}`.padStart(labelWidth - 1),
  });
  return plot.split('\n').map((l) => l.replace(/\s+$/, ''));
}
