/**
 * The three negotiation tracks, each a small explicit state machine. A story moves a track
 * with `move_track(name, state)`; a move that is not in the table below is an error the author
 * sees (the checker reports it with the path that led there), never a silent no-op.
 */

export const TRACK_NAMES = ['un', 'invitation', 'command'] as const;
export type TrackName = (typeof TRACK_NAMES)[number];

export const UN_STATES = ['none', 'drafting', 'consulting', 'tabled', 'passed', 'vetoed', 'failed', 'shelved'] as const;
export const INVITATION_STATES = ['none', 'sounding', 'requested', 'invited', 'refused', 'renewed'] as const;
export const COMMAND_STATES = [
  'support',
  'training',
  'polish-model',
  'gradual',
  'nato-sector',
  'parallel',
  'withdrawn',
] as const;

export type UnState = (typeof UN_STATES)[number];
export type InvitationState = (typeof INVITATION_STATES)[number];
export type CommandState = (typeof COMMAND_STATES)[number];

export interface Tracks {
  un: UnState;
  invitation: InvitationState;
  command: CommandState;
}

/** Allowed moves, state by state. A state missing from a list cannot be reached from there. */
const UN_MOVES: Record<UnState, readonly UnState[]> = {
  none: ['drafting', 'consulting'],
  drafting: ['consulting', 'tabled', 'shelved'],
  consulting: ['drafting', 'tabled', 'shelved'],
  tabled: ['passed', 'vetoed', 'failed', 'consulting'],
  passed: ['drafting'], // a later resolution (1511, then 1546) starts a new draft
  vetoed: ['drafting', 'shelved'],
  failed: ['drafting', 'shelved'], // fewer yes votes than the quota, and no veto
  shelved: ['drafting', 'consulting'],
};

const INVITATION_MOVES: Record<InvitationState, readonly InvitationState[]> = {
  none: ['sounding'],
  sounding: ['requested', 'refused', 'none'],
  requested: ['invited', 'refused'],
  invited: ['renewed', 'refused'], // a sovereign government may confirm or withdraw it
  refused: ['sounding'],
  renewed: [],
};

const COMMAND_MOVES: Record<CommandState, readonly CommandState[]> = {
  support: ['training', 'polish-model', 'gradual', 'nato-sector', 'parallel', 'withdrawn'],
  training: ['support', 'polish-model', 'gradual', 'withdrawn'],
  'polish-model': ['support', 'training', 'gradual', 'nato-sector', 'withdrawn'],
  gradual: ['support', 'training', 'nato-sector', 'parallel', 'withdrawn'],
  'nato-sector': ['support', 'training', 'withdrawn'],
  parallel: ['support', 'training', 'withdrawn'],
  withdrawn: ['support'],
};

const MOVES = { un: UN_MOVES, invitation: INVITATION_MOVES, command: COMMAND_MOVES } as const;

/** Raised for any move the table does not allow; the message names track, from and to. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly track: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`illegal track transition: ${track} cannot move from "${from}" to "${to}"`);
    this.name = 'IllegalTransitionError';
  }
}

export function isTrackName(name: string): name is TrackName {
  return (TRACK_NAMES as readonly string[]).includes(name);
}

export function allowedMoves(track: TrackName, from: string): readonly string[] {
  return (MOVES[track] as Record<string, readonly string[]>)[from] ?? [];
}

/** Returns the tracks after the move, or throws IllegalTransitionError. Moving to the current state is allowed and changes nothing. */
export function moveTrack(tracks: Tracks, track: string, to: string): Tracks {
  if (!isTrackName(track)) throw new IllegalTransitionError(track, '?', to);
  const from = tracks[track];
  if (from === to) return tracks;
  if (!allowedMoves(track, from).includes(to)) throw new IllegalTransitionError(track, from, to);
  return { ...tracks, [track]: to } as Tracks;
}

export const INITIAL_TRACKS: Tracks = { un: 'none', invitation: 'none', command: 'support' };
