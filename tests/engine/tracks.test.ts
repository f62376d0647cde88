import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  COMMAND_STATES,
  IllegalTransitionError,
  INITIAL_TRACKS,
  INVITATION_STATES,
  moveTrack,
  type Tracks,
  UN_STATES,
} from '../../src/engine/sim/tracks.js';

const STATES = { un: UN_STATES, invitation: INVITATION_STATES, command: COMMAND_STATES } as const;

describe('negotiation tracks', () => {
  for (const [track, states] of Object.entries(STATES) as [keyof Tracks, readonly string[]][]) {
    describe(track, () => {
      for (const from of states) {
        for (const to of states) {
          const legal = from === to || allowedMoves(track, from).includes(to);
          it(`${from} → ${to} is ${legal ? 'allowed' : 'an error'}`, () => {
            const start = { ...INITIAL_TRACKS, [track]: from } as Tracks;
            if (legal) {
              expect(moveTrack(start, track, to)[track]).toBe(to);
            } else {
              expect(() => moveTrack(start, track, to)).toThrow(IllegalTransitionError);
              expect(() => moveTrack(start, track, to)).toThrow(`${track} cannot move from "${from}" to "${to}"`);
            }
          });
        }
      }
    });
  }

  it('every state is reachable from the start', () => {
    for (const [track, states] of Object.entries(STATES) as [keyof Tracks, readonly string[]][]) {
      const seen = new Set<string>([INITIAL_TRACKS[track]]);
      const queue: string[] = [INITIAL_TRACKS[track]];
      while (queue.length)
        for (const next of allowedMoves(track, queue.shift()!) as string[])
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
      expect([...seen].sort()).toEqual([...states].sort());
    }
  });

  it('rejects an unknown track and an unknown state', () => {
    expect(() => moveTrack(INITIAL_TRACKS, 'nuclear', 'on')).toThrow(IllegalTransitionError);
    expect(() => moveTrack(INITIAL_TRACKS, 'un', 'adopted')).toThrow('un cannot move from "none" to "adopted"');
  });
});
