/**
 * A proposal put to the body that decides it: a move of a track that needs a vote, a
 * consensus or a lead's yes. The body's rule decides (rules.ts); the track moves only as the
 * decision allows: a resolution that fails to pass becomes `vetoed` or `failed`, a blocked
 * NATO role does not happen, a refused invitation becomes `refused` where it can.
 */
import { type SimState, sim } from '../sim/simulation.js';
import { allowedMoves, IllegalTransitionError, isTrackName, type Tracks } from '../sim/tracks.js';
import { decide, deciderOf, membersOf } from './rules.js';
import type { Body, BodyDecision, Table } from './types.js';

/** A proposal the table cannot take: nothing decides it, or it is not a move the track allows. */
export class ProposalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProposalError';
  }
}

export interface ProposalOutcome {
  next: SimState;
  body: Body;
  decision: BodyDecision;
}

/** Which body must decide a move of `track` to `state`, checked against the track's table. */
export function bodyFor(table: Table, tracks: Tracks, track: string, state: string): Body {
  if (!isTrackName(track)) throw new IllegalTransitionError(track, '?', state);
  const body = deciderOf(table, track, state);
  if (!body) throw new ProposalError(`no body at the table decides ${track} → ${state}: use move_track`);
  if (body.rule === 'vote' && state !== 'passed') {
    throw new ProposalError(`a vote of ${body.id} decides whether ${track} passes: propose "${track}", "passed"`);
  }
  const from = tracks[track];
  if (!allowedMoves(track, from).includes(state)) throw new IllegalTransitionError(track, from, state);
  return body;
}

/** What `body` would decide now on `track` → `state`, without moving anything. */
export function wouldDecide(table: Table, s: SimState, track: string, state: string, date: string | null) {
  const body = bodyFor(table, s.tracks, track, state);
  return { body, decision: decide(body, membersOf(table, body.id, date), s.stances, state) };
}

/** Puts the move to its body and moves the track as the decision says. */
export function propose(table: Table, s: SimState, track: string, state: string, date: string | null): ProposalOutcome {
  const { body, decision } = wouldDecide(table, s, track, state, date);
  const t = track as keyof Tracks;
  let next = s;
  if (decision.result === 'passed' || decision.result === 'agreed') {
    next = sim.moveTrack(s, t, state);
  } else if (decision.result === 'vetoed' || decision.result === 'failed') {
    next = sim.moveTrack(s, t, decision.result);
  } else if (decision.result === 'refused' && allowedMoves(t, s.tracks[t]).includes('refused')) {
    next = sim.moveTrack(s, t, 'refused');
  }
  return { next, body, decision };
}
