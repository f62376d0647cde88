import { describe, expect, it } from 'vitest';
import { lineChart, metersByTurn, sparkline } from '../../src/ui/chart.js';
import {
  formatAgo,
  formatDecisionCost,
  formatMeter,
  formatShortMonth,
  meterBar,
  truncate,
  wrapHanging,
  wrapText,
} from '../../src/ui/format.js';
import { themeFromEnv, toneStyle } from '../../src/ui/theme.js';

describe('formatting', () => {
  it('writes a meter with the change the last choice made', () => {
    expect(formatMeter('capital', 62, -8)).toBe('capital 62 (-8)');
    expect(formatMeter('capital', 62, 3)).toBe('capital 62 (+3)');
    expect(formatMeter('capital', 62, 0)).toBe('capital 62');
    expect(formatMeter('capital', 62, null)).toBe('capital 62');
  });

  it('draws meters as text bars', () => {
    expect(meterBar(60, 100, 10)).toBe('██████░░░░');
    expect(meterBar(0, 100, 10)).toBe('░░░░░░░░░░');
    expect(meterBar(100, 100, 10)).toBe('██████████');
    expect(meterBar(1, 100, 10)).toBe('█░░░░░░░░░');
    expect(meterBar(99, 100, 10)).toBe('█████████░');
    expect(meterBar(50, 100, 4, { full: '#', empty: '-' })).toBe('##--');
  });

  it('wraps words to a width, breaking words that are too long', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 10)).toEqual(['']);
    for (const line of wrapText('The resolution passes 15-0, and a few more allies come in.', 12)) {
      expect(line.length).toBeLessThanOrEqual(12);
    }
  });

  it('wraps with a hanging indent', () => {
    expect(wrapHanging('1) ', 'one two three', 10)).toEqual(['1) one two', '   three']);
  });

  it('truncates with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });

  it('describes what a decision cost', () => {
    const before = { capital: 60, usTroops: 146, alliedTroops: 22 };
    const after = { capital: 55, usTroops: 144, alliedTroops: 22 };
    expect(formatDecisionCost(before, after, { name: 'Political capital', word: 'capital' })).toBe(
      'capital 60 → 55 (-5) · US 146k → 144k (-2) · allied 22k',
    );
    // The NATO desk's meter by its own name (story/main.ink, # meter_capital_nato).
    expect(formatDecisionCost(before, after, { name: 'Trust', word: 'trust' })).toBe(
      'trust 60 → 55 (-5) · US 146k → 144k (-2) · allied 22k',
    );
  });

  it('writes months and ages short', () => {
    expect(formatShortMonth('2003-10')).toBe('Oct 2003');
    const now = new Date('2026-01-10T12:00:00Z');
    expect(formatAgo('2026-01-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatAgo('2026-01-08T12:00:00Z', now)).toBe('2 days ago');
  });
});

describe('charts', () => {
  const d = (turn: number, month: string, capital: number, before = 60) => ({
    turn,
    month,
    position: '',
    index: 0,
    text: '',
    options: [],
    prompt: '',
    before: { capital: before, usTroops: 146, alliedTroops: 22 },
    meters: { capital, usTroops: 140, alliedTroops: 22 },
    tracks: { un: 'none', invitation: 'none', command: 'support' } as const,
    effects: [],
    votes: [],
  });

  it('takes one point per turn, after its last decision', () => {
    const points = metersByTurn([d(1, '2003-08', 57), d(1, '2003-08', 55, 57), d(2, '2003-09', 50, 55)], {
      capital: 50,
      usTroops: 140,
      alliedTroops: 22,
    });
    expect(points.map((p) => [p.label, p.capital])).toEqual([
      ['start', 60],
      ['Aug 2003', 55],
      ['Sep 2003', 50],
    ]);
  });

  it('draws a line chart that fits the width, and a sparkline', () => {
    const lines = lineChart([60, 55, 50, 62], { height: 5, width: 40, min: 0, max: 100 });
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    expect(sparkline([0, 50, 100], 0, 100)).toBe('▁▅█');
  });
});

describe('colour', () => {
  it('honours NO_COLOR and dumb terminals', () => {
    expect(themeFromEnv({ NO_COLOR: '1' }).color).toBe(false);
    expect(themeFromEnv({ NO_COLOR: '' }).color).toBe(true);
    expect(themeFromEnv({ TERM: 'dumb' }).color).toBe(false);
    expect(themeFromEnv({}).color).toBe(true);
  });

  it('keeps bold and italic without colour, so meaning never rests on colour alone', () => {
    expect(toneStyle('bad', { color: true })).toMatchObject({ color: 'red', bold: true });
    expect(toneStyle('bad', { color: false })).toEqual({ bold: true });
    expect(toneStyle('selected', { color: false })).toEqual({ bold: true });
  });
});
