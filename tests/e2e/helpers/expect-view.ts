/** What the game screen must show for a view: the facts the engine exposes, not story text. */
import type { View } from '../../../src/engine/session.js';
import { TRACK_NAMES } from '../../../src/engine/sim/tracks.js';
import { stateLabel } from '../../../src/engine/story/labels.js';
import { formatMeter, formatMonth, formatTroopsShort, sanitize } from '../../../src/ui/format.js';
import { PANEL_COLS } from '../../../src/ui/layout.js';
import { dangerWarning } from '../../../src/ui/panels.js';

/** The first words of a text, few enough to stay on one wrapped line. */
export function opening(text: string, words = 2): string {
  return sanitize(text).split(/\s+/).slice(0, words).join(' ');
}

/**
 * Strings the status and header must contain for `view` (a game in progress) in a terminal
 * `cols` wide: the full panel's words from PANEL_COLS, the two compact lines' below.
 */
export function expectedStatus(view: View, cols = 80): string[] {
  const m = view.meters;
  const d = view.delta;
  const panel = cols >= PANEL_COLS;
  const warning = dangerWarning(view);
  const out = [
    formatMeter(view.capitalLabel.word, m.capital, d?.capital),
    formatMeter(panel ? 'US troops' : 'US', formatTroopsShort(m.usTroops), d?.usTroops),
    formatMeter(panel ? 'allied troops' : 'allied', formatTroopsShort(m.alliedTroops), d?.alliedTroops),
    // Near the edge, the compact status gives its second line to the warning instead of the tracks.
    ...(warning ? [warning.slice(0, panel ? 16 : 40)] : []),
    ...(warning && !panel ? [] : TRACK_NAMES.map((t) => stateLabel(view.labels, view.tracks[t]))),
  ];
  if (view.turn) out.push(`Turn ${view.turn} of ${view.scenario.turns}`);
  if (view.month) out.push(formatMonth(view.month));
  return out;
}

/** Strings the screen must contain for `view` once its passage is read: the status and the first option. */
export function expectedOnScreen(view: View, cols = 80): string[] {
  const out = expectedStatus(view, cols);
  if (!view.ended) out.push(`1) ${opening(view.choices[0]!.text)}`);
  return out;
}

export function missing(screen: string, expected: readonly string[]): string[] {
  return expected.filter((e) => !screen.includes(e));
}
