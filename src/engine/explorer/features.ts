/**
 * The features of a state of play, as numbers driven playthroughs can push up or down: the
 * three meters, the story's numeric and true/false VARs, and nearness to each track state.
 */
import type { View } from '../session.js';
import { allowedMoves, COMMAND_STATES, INVITATION_STATES, type Tracks, UN_STATES } from '../sim/tracks.js';
import type { ParsedStory, StoryProbe } from '../story/runtime.js';
import type { StoryTree } from './story-tree.js';

const STATES = { un: UN_STATES, invitation: INVITATION_STATES, command: COMMAND_STATES } as const;

/** Every (track, state) pair. */
const TRACK_STATES: [keyof Tracks, string][] = (Object.keys(STATES) as (keyof Tracks)[]).flatMap((track) =>
  STATES[track].map((state) => [track, state] as [keyof Tracks, string]),
);

/**
 * Moves from one state of a track to another (breadth-first over the track's table), or 9
 * when there is no way. Nearness, not arrival, is the feature: a resolution takes three moves
 * to pass, and the first two must count as progress for a driven run to make them.
 */
function trackDistance(track: keyof Tracks, from: string, to: string): number {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const s = queue.shift()!;
    if (s === to) return seen.get(s)!;
    for (const next of allowedMoves(track, s)) {
      if (!seen.has(next)) {
        seen.set(next, seen.get(s)! + 1);
        queue.push(next);
      }
    }
  }
  return 9;
}

const DISTANCES = new Map(
  TRACK_STATES.flatMap(([track, to]) =>
    STATES[track].map((from) => [`${track}:${from}>${to}`, trackDistance(track, from, to)] as const),
  ),
);

export class Features {
  /** Names, by index: `capital`, `usTroops`, `alliedTroops`, the VARs, then `track:NAME=STATE`. */
  readonly names: string[];
  private readonly variables: string[];
  private gatedCache: { unvisited: number; features: number[]; trackStates: Set<number> } | null = null;

  constructor(story: ParsedStory) {
    const vars = story.content.variablesState;
    this.variables = Object.keys(vars).filter((name) => {
      const v = vars.$(name);
      return typeof v === 'number' || typeof v === 'boolean';
    });
    this.names = [
      'capital',
      'usTroops',
      'alliedTroops',
      ...this.variables,
      ...TRACK_STATES.map(([track, state]) => `track:${track}=${state}`),
    ];
  }

  /** The features of the state of play at a decision (or at the end). */
  of(probe: StoryProbe, view: View): number[] {
    const m = view.meters;
    return [
      m.capital,
      m.usTroops,
      m.alliedTroops,
      ...this.variables.map((name) => Number(probe.variable(name)) || 0),
      ...TRACK_STATES.map(([track, state]) => -(DISTANCES.get(`${track}:${view.tracks[track]}>${state}`) ?? 9)),
    ];
  }

  /**
   * The features that decide whether the story reaches a knot or stitch not reached yet (see
   * StoryTree.gates), and which of them are track states (only ever pushed towards).
   */
  gated(tree: StoryTree, unvisitedFlows: ReadonlySet<string>): { features: number[]; trackStates: Set<number> } {
    if (this.gatedCache?.unvisited !== unvisitedFlows.size) {
      const names = new Set([...unvisitedFlows].flatMap((f) => tree.gates(f)));
      const features = this.names.flatMap((name, i) => (names.has(name) ? [i] : []));
      const trackStates = new Set(features.filter((i) => this.names[i]!.startsWith('track:')));
      this.gatedCache = { unvisited: unvisitedFlows.size, features, trackStates };
    }
    return this.gatedCache;
  }
}
