/**
 * Five-number summaries for the report's trajectories. Quartiles use linear interpolation
 * between order statistics (the spreadsheet QUARTILE.INC rule), so a teacher who checks a
 * figure in a spreadsheet from the CSV gets the same number.
 */

export interface Spread {
  /** How many values the summary is over. */
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** The p-quantile (0..1) of values already sorted ascending; NaN for none. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // Rounded to 2 decimals: meters are whole numbers, more digits would only be noise.
  return Math.round((a + (b - a) * (at - lo)) * 100) / 100;
}

export function spread(values: readonly number[] | Int32Array): Spread {
  const s = Array.from(values).sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0] ?? Number.NaN,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max: s.at(-1) ?? Number.NaN,
  };
}
