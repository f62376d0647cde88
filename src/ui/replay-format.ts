/**
 * Words for a replayed decision, shared by the replay screen and the plain transcript: what a
 * choice did to the meters (before → after) and which negotiation tracks it moved.
 */
import type { Meters } from '../engine/sim/meters.js';
import { TRACK_NAMES, type Tracks } from '../engine/sim/tracks.js';
import { type MeterLabel, type StoryLabels, stateLabel } from '../engine/story/labels.js';
import { formatDelta, formatTroops } from './format.js';

/** `capital 60 → 52 (-8) · US troops 146,000 → 146,000 · allied 22,000 → 24,000 (+2)`, capital by the desk's word. */
export function formatMeterChange(before: Meters, after: Meters, capital: MeterLabel): string {
  const one = (name: string, a: number, b: number, fmt: (n: number) => string) =>
    `${name} ${fmt(a)} → ${fmt(b)}${b !== a ? ` ${formatDelta(b - a)}` : ''}`;
  const plain = (n: number) => String(n);
  return [
    one(capital.word, before.capital, after.capital, plain),
    one('US troops', before.usTroops, after.usTroops, formatTroops),
    one('allied', before.alliedTroops, after.alliedTroops, formatTroops),
  ].join(' · ');
}

/** `UN resolution: drafting → passed`, one entry per track the decision moved. */
export function formatTrackChanges(labels: StoryLabels, before: Tracks, after: Tracks): string[] {
  return TRACK_NAMES.filter((n) => before[n] !== after[n]).map(
    (n) => `${labels.tracks[n]}: ${stateLabel(labels, before[n])} → ${stateLabel(labels, after[n])}`,
  );
}
