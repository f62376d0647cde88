/**
 * Words and numbers as the player reads them, shared by the terminal UI, plain mode and
 * reports. Pure string functions: no React here, so plain mode never loads Ink.
 */
import type { Meters } from '../engine/sim/meters.js';
import { STATE_LABELS, TRACK_LABELS, TRACK_NAMES, type Tracks } from '../engine/sim/tracks.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2003-08` → `August 2003`; anything else is returned as it is. */
export function formatMonth(month: string | null): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

/** Troops are kept in thousands: 146 → `146,000`. */
export function formatTroops(thousands: number): string {
  return `${thousands.toLocaleString('en-US')},000`;
}

/** A signed change, `(-8)` or `(+3)`, or empty for no change. */
export function formatDelta(delta: number | undefined): string {
  if (!delta) return '';
  return delta > 0 ? `(+${delta})` : `(${delta})`;
}

export function formatMetersLine(m: Meters, delta?: Meters | null): string {
  const d = (n: number | undefined) => (n ? ` ${formatDelta(n)}` : '');
  return [
    `capital ${m.capital}${d(delta?.capital)}`,
    `US troops ${formatTroops(m.usTroops)}${d(delta?.usTroops)}`,
    `allied ${formatTroops(m.alliedTroops)}${d(delta?.alliedTroops)}`,
  ].join(' · ');
}

export function trackLabel(name: keyof Tracks): string {
  return TRACK_LABELS[name];
}

export function stateLabel(state: string): string {
  return STATE_LABELS[state] ?? state;
}

export function formatTracksLine(t: Tracks): string {
  return TRACK_NAMES.map((n) => `${TRACK_LABELS[n]}: ${stateLabel(t[n])}`).join(' · ');
}

export const ROLE_LABELS = {
  us: 'US official',
  nato: 'NATO official',
} as const;

export const ROLE_GOALS = {
  us: 'Lower the American troop burden and bring allies in, without giving away command.',
  nato: 'Find a role for the alliance that Paris, Berlin and Brussels can sign, without splitting NATO.',
} as const;

/** Strips control characters and escape sequences from text that came from a file. */
export function sanitize(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}
