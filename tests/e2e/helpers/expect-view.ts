/** What the game screen must show for a view: the facts the engine exposes, not story text. */
import type { View } from '../../../src/engine/session.js';
import { TRACK_NAMES } from '../../../src/engine/sim/tracks.js';
import { stateLabel } from '../../../src/engine/story/labels.js';
import { formatMeter, formatMonth, formatTroopsShort, sanitize } from '../../../src/ui/format.js';

/** The first words of a text, few enough to stay on one wrapped line. */
export function opening(text: string, words = 2): string {
  return sanitize(text).split(/\s+/).slice(0, words).join(' ');
}

/** Strings the screen must contain for `view` (a game in progress). */
export function expectedOnScreen(view: View): string[] {
  const m = view.meters;
  const d = view.delta;
  const out = [
    formatMeter('capital', m.capital, d?.capital),
    formatMeter('US troops', formatTroopsShort(m.usTroops), d?.usTroops),
    formatMeter('allied troops', formatTroopsShort(m.alliedTroops), d?.alliedTroops),
    ...TRACK_NAMES.map((t) => stateLabel(view.labels, view.tracks[t])),
  ];
  if (view.turn) out.push(`Turn ${view.turn} of ${view.scenario.turns}`);
  if (view.month) out.push(formatMonth(view.month));
  if (!view.ended) out.push(`1) ${opening(view.choices[0]!.text)}`);
  return out;
}

export function missing(screen: string, expected: readonly string[]): string[] {
  return expected.filter((e) => !screen.includes(e));
}
