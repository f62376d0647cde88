/**
 * Replays a pair log against a story: a new linked game with the pair's seed and scenario,
 * every move in the order taken, then each desk's decisions compared with that desk's log as a
 * single game's replay compares them (replay.ts). The order of the moves is all a replay needs:
 * the linked game does not depend on which desk ended a month first.
 */
import { storyHash } from '../log.js';
import { compareDecision, divergenceOf, quote, type ReplayDivergence, sharedStory } from '../replay.js';
import type { Role, View } from '../session.js';
import { LinkedGame } from './game.js';
import type { PairLog } from './pair-log.js';

export type PairReplayResult =
  | { ok: true; game: LinkedGame }
  | { ok: false; divergence: ReplayDivergence; game: LinkedGame | null };

export interface PairReplayOptions {
  /** Called before each move is played, with the desk's screen (for the transcript). */
  onMove?(role: Role, before: View): void;
  storyHash?: string;
}

const DESK_NAMES: Record<Role, string> = { us: 'US desk', nato: 'NATO desk' };

export function replayPair(
  pair: PairLog,
  storyJson: string | object,
  options: PairReplayOptions = {},
): PairReplayResult {
  const divergence = divergenceOf((options.storyHash ?? storyHash(storyJson)) !== pair.story.hash);
  const diverge = (
    step: number,
    what: string,
    game: LinkedGame | null,
    k?: ReplayDivergence['kind'],
  ): PairReplayResult => ({ ok: false, divergence: divergence(step, what, k), game });
  let game: LinkedGame;
  try {
    game = new LinkedGame({ storyJson: sharedStory(storyJson), seed: pair.seed, scenario: pair.scenario });
  } catch (e) {
    return diverge(0, `the story does not start: ${(e as Error).message}`, null, 'no-start');
  }
  const id = game.desks.us.storyInfo().id;
  if (id !== pair.story.id) {
    return diverge(0, `the log is of the story "${pair.story.id}", not "${id}"`, null, 'other-story');
  }
  const taken: Record<Role, number> = { us: 0, nato: 0 };
  for (const [i, move] of pair.moves.entries()) {
    const step = i + 1;
    const desk = DESK_NAMES[move.role];
    const state = game.state(move.role);
    if (state !== 'deciding') return diverge(step, `the ${desk} cannot decide here: it is ${state}`, game);
    const before = game.view(move.role);
    const offered = before.choices[move.index];
    if (!offered) {
      return diverge(
        step,
        `${desk}: choice ${move.index + 1} is not on offer (${before.choices.length} options)`,
        game,
      );
    }
    const logged = pair.desks[move.role].decisions[taken[move.role]++];
    if (logged && offered.text !== logged.text) {
      return diverge(
        step,
        `${desk}: the option is now ${quote(offered.text)}, the log says ${quote(logged.text)}`,
        game,
      );
    }
    options.onMove?.(move.role, before);
    try {
      game.choose(move.role, move.index, logged?.reason);
    } catch (e) {
      return diverge(step, `${desk}: the story fails: ${(e as Error).message}`, game);
    }
  }
  const n = pair.moves.length;
  for (const role of ['us', 'nato'] as const) {
    const desk = DESK_NAMES[role];
    const played = game.desks[role].decisions;
    const log = pair.desks[role];
    if (played.length !== log.decisions.length) {
      return diverge(n, `${desk}: the story records ${played.length} decisions, the log ${log.decisions.length}`, game);
    }
    for (const [i, d] of log.decisions.entries()) {
      const problem = compareDecision(played[i]!, d);
      if (problem) return diverge(n, `${desk}, decision ${d.step}: ${problem}`, game);
    }
    const view = game.view(role);
    if ((log.status === 'ended') !== view.ended) {
      return diverge(
        n,
        `${desk}: the log says the game ${log.status === 'ended' ? 'ended' : 'goes on'}, the story does not`,
        game,
      );
    }
    if (log.status === 'ended' && (view.ending?.id ?? null) !== (log.ending?.id ?? null)) {
      return diverge(
        n,
        `${desk}: the log ends with ${log.ending?.id ?? 'no ending'}, the story with ${view.ending?.id ?? 'no ending'}`,
        game,
      );
    }
  }
  return { ok: true, game };
}
