import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  COMMAND_STATES,
  IllegalTransitionError,
  INITIAL_TRACKS,
  INVITATION_STATES,
  isTrackName,
  moveTrack,
  TRACK_NAMES,
  type Tracks,
  UN_STATES,
} from '../../src/engine/sim/tracks.js';

const STATES = { un: UN_STATES, invitation: INVITATION_STATES, command: COMMAND_STATES } as const;

/**
 * The moves the design allows, written out here rather than read from allowedMoves(): a test
 * that asked the table what is legal could never catch the table being wrong. (docs/authoring.md
 * prints the same tables for authors; tests/check/docs.test.ts holds the two together.)
 */
const SPEC: Record<keyof Tracks, Record<string, string[]>> = {
  un: {
    none: ['drafting', 'consulting'],
    drafting: ['consulting', 'tabled', 'shelved'],
    consulting: ['drafting', 'tabled', 'shelved'],
    tabled: ['passed', 'vetoed', 'failed', 'consulting'],
    passed: ['drafting'],
    vetoed: ['drafting', 'shelved'],
    failed: ['drafting', 'shelved'],
    shelved: ['drafting', 'consulting'],
  },
  invitation: {
    none: ['sounding'],
    sounding: ['requested', 'refused', 'none'],
    requested: ['invited', 'refused'],
    invited: ['renewed', 'refused'],
    refused: ['sounding'],
    renewed: [],
  },
  command: {
    support: ['training', 'polish-model', 'gradual', 'nato-sector', 'parallel', 'withdrawn'],
    training: ['support', 'polish-model', 'gradual', 'withdrawn'],
    'polish-model': ['support', 'training', 'gradual', 'nato-sector', 'withdrawn'],
    gradual: ['support', 'training', 'nato-sector', 'parallel', 'withdrawn'],
    'nato-sector': ['support', 'training', 'withdrawn'],
    parallel: ['support', 'training', 'withdrawn'],
    withdrawn: ['support'],
  },
};

describe('negotiation tracks', () => {
  for (const [track, states] of Object.entries(STATES) as [keyof Tracks, readonly string[]][]) {
    describe(track, () => {
      it('has the states of the design, each with the moves of the design', () => {
        expect([...states]).toEqual(Object.keys(SPEC[track]));
        for (const from of states)
          expect(allowedMoves(track, from), `${track} from ${from}`).toEqual(SPEC[track][from]);
      });

      for (const from of states) {
        for (const to of states) {
          const legal = from === to || SPEC[track][from]!.includes(to);
          it(`${from} → ${to} is ${legal ? 'allowed' : 'an error'}`, () => {
            const start = { ...INITIAL_TRACKS, [track]: from } as Tracks;
            if (legal) {
              const after = moveTrack(start, track, to);
              expect(after).toEqual({ ...start, [track]: to });
              // The other tracks are left as they were.
              expect(start[track]).toBe(from);
            } else {
              expect(() => moveTrack(start, track, to)).toThrow(IllegalTransitionError);
              expect(() => moveTrack(start, track, to)).toThrow(`${track} cannot move from "${from}" to "${to}"`);
            }
          });
        }
      }
    });
  }

  // The mutant of issue 18: the UN resolution passed without ever being tabled.
  it('never passes a UN resolution that was not tabled', () => {
    for (const from of UN_STATES.filter((s) => s !== 'tabled' && s !== 'passed')) {
      expect(() => moveTrack({ ...INITIAL_TRACKS, un: from }, 'un', 'passed'), from).toThrow(IllegalTransitionError);
    }
    const tabled = moveTrack(moveTrack(INITIAL_TRACKS, 'un', 'drafting'), 'un', 'tabled');
    expect(moveTrack(tabled, 'un', 'passed').un).toBe('passed');
  });

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

  it('starts with no resolution, no invitation and back-room support', () => {
    expect(INITIAL_TRACKS).toEqual({ un: 'none', invitation: 'none', command: 'support' });
    expect(TRACK_NAMES).toEqual(['un', 'invitation', 'command']);
  });

  it('a move to the current state changes nothing and returns the same tracks', () => {
    const tracks: Tracks = { un: 'tabled', invitation: 'renewed', command: 'withdrawn' };
    expect(moveTrack(tracks, 'invitation', 'renewed')).toBe(tracks);
  });

  it('names the track, the state it was in and the one asked for', () => {
    const start: Tracks = { ...INITIAL_TRACKS, command: 'withdrawn' };
    let error: unknown;
    try {
      moveTrack(start, 'command', 'gradual');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({
      name: 'IllegalTransitionError',
      track: 'command',
      from: 'withdrawn',
      to: 'gradual',
      message: 'illegal track transition: command cannot move from "withdrawn" to "gradual"',
    });
  });

  it('rejects an unknown track and an unknown state', () => {
    expect(() => moveTrack(INITIAL_TRACKS, 'nuclear', 'on')).toThrow(
      'illegal track transition: nuclear cannot move from "?" to "on"',
    );
    expect(() => moveTrack(INITIAL_TRACKS, 'un', 'adopted')).toThrow('un cannot move from "none" to "adopted"');
    // A state the table does not know has no moves at all, rather than an error of its own.
    expect(allowedMoves('un', 'adopted')).toEqual([]);
    // Inherited object keys are not track names.
    expect(isTrackName('toString')).toBe(false);
    expect(isTrackName('constructor')).toBe(false);
    expect(TRACK_NAMES.every(isTrackName)).toBe(true);
  });
});
