/**
 * The debrief of one game: the path taken with what each decision cost, the ending, what
 * really happened, and the ending's questions. Built from a verified game, so the history and
 * questions are the current story's, never text copied from the log.
 */
import { INITIAL_TRACKS } from '../sim/tracks.js';
import type { Debrief, DebriefStep, VerifiedGame } from './types.js';

export function buildDebrief(game: VerifiedGame, story: { id: string; version: string }): Debrief {
  const { log } = game;
  const start = log.scenario.start;
  const path: DebriefStep[] = log.decisions.map((d, i) => ({
    step: d.step,
    turn: d.turn,
    month: d.month,
    position: d.position,
    choice: d.text,
    notTaken: d.options.filter((o) => o !== d.text),
    before: i === 0 ? start : log.decisions[i - 1]!.meters,
    after: d.meters,
    tracks: d.tracks,
  }));
  const last = log.decisions.at(-1);
  return {
    format: 'mandate-debrief',
    version: 1,
    player: log.player,
    role: log.role,
    scenario: { id: log.scenario.id, title: log.scenario.title },
    seed: log.seed,
    story,
    createdAt: log.createdAt,
    finished: log.status === 'ended',
    ending: game.ending,
    collapse: game.collapse,
    start,
    final: last?.meters ?? start,
    finalTracks: last?.tracks ?? INITIAL_TRACKS,
    path,
  };
}
