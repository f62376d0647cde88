/**
 * One game of a scripted player through the real engine (GameSession), and what it came to:
 * the ending, whether a meter collapsed, what the player read, and every option on offer that
 * carried no known lean (a story the fairness figures cannot be trusted on).
 */

import type { Scenario } from '../scenario.js';
import { GameSession, type Role } from '../session.js';
import type { CollapseReason } from '../sim/meters.js';
import type { ParsedStory } from '../story/runtime.js';
import { isLean, LEANS, STRATEGIES, type Strategy, scriptedPlayer } from './players.js';
import { ReadingCounter, type TurnReading } from './reading.js';

export interface ScriptedGame {
  seed: number;
  strategy: Strategy;
  /** The ending's id, or null when the story stopped without one. */
  ending: string | null;
  collapse: CollapseReason | null;
  decisions: number;
  /** Words read in the game (reading.ts). */
  words: number;
  turns: TurnReading[];
  /** One message per option offered without a known lean, e.g. `option "Wait." at us_oct.0 has no # lean: tag`. */
  untagged: string[];
}

export interface GameOptions {
  /** The story parsed once (ParsedStory) for thousands of games, or its JSON. */
  story: ParsedStory | string | object;
  role: Role;
  scenario: Scenario;
  seed: number;
  strategy: Strategy;
}

/** A game longer than this is a loop in the story, not a game: the campaign has about 30 decisions. */
const MAX_DECISIONS = 500;

function leanProblem(choice: { text: string; lean?: string }, position: string): string | null {
  if (choice.lean === undefined) return `option "${choice.text}" at ${position} has no # lean: tag`;
  if (!isLean(choice.lean)) {
    return `option "${choice.text}" at ${position} has # lean: ${choice.lean}, not one of ${LEANS.join(', ')}`;
  }
  return null;
}

export function playScripted(options: GameOptions): ScriptedGame {
  return play(options).game;
}

/** A game, and the role's endings in story order (which the view gives once the game has ended). */
function play(options: GameOptions): { game: ScriptedGame; endings: readonly string[] } {
  const { role, scenario, seed, strategy } = options;
  const session = GameSession.start({ storyJson: options.story, role, seed, scenario, undo: false });
  const player = scriptedPlayer(strategy, seed);
  const reading = new ReadingCounter();
  const untagged: string[] = [];
  let view = session.view();
  reading.see(view);
  while (!view.ended && view.decisions.length < MAX_DECISIONS) {
    const offered = view.choices;
    view = session.choose(player.pick(offered));
    // Where the choice sat is known once it is taken (the decision records it).
    const position = view.decisions.at(-1)?.position ?? '?';
    for (const c of offered) {
      const problem = leanProblem(c, position);
      if (problem) untagged.push(problem);
    }
    reading.see(view);
  }
  const game = {
    seed,
    strategy,
    ending: view.ending?.id ?? null,
    collapse: view.collapse,
    decisions: view.decisions.length,
    words: reading.words,
    turns: reading.turns,
    untagged,
  };
  return { game, endings: view.endings };
}

/** Games each player plays per role and scenario, for the figures of issue 12 (game seeds 1 to N). */
export const GAMES_PER_PLAYER = 1000;

/** Every strategy's games of a role and scenario (seeds 1 to `games`), and the role's endings in story order. */
export function playStrategies(
  story: GameOptions['story'],
  role: Role,
  scenario: Scenario,
  games: number = GAMES_PER_PLAYER,
): { endings: readonly string[]; games: ScriptedGame[] } {
  let endings: readonly string[] = [];
  const out: ScriptedGame[] = [];
  for (const strategy of STRATEGIES) {
    for (let seed = 1; seed <= games; seed++) {
      const played = play({ story, role, scenario, seed, strategy });
      if (played.endings.length > endings.length) endings = played.endings;
      out.push(played.game);
    }
  }
  return { endings, games: out };
}
