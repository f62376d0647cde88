/** Games for screen tests: a session, a save spy, and a twin session to know what to expect. */
import { vi } from 'vitest';
import type { GameSession, Role, View } from '../../../src/engine/session.js';
import type { GameHandle } from '../../../src/ui/types.js';
import { newSession } from '../../helpers/story.js';

export interface TestGame extends GameHandle {
  save: ReturnType<typeof vi.fn<(s: GameSession) => readonly string[]>>;
  /** The same game played alongside, for the expected view after each step. */
  twin: GameSession;
}

export function testGame(role: Role = 'us', { seed = 1, scenario = 'short' as 'full' | 'short', undo = true } = {}) {
  const session = newSession(role, seed, scenario, undo);
  const twin = newSession(role, seed, scenario, undo);
  const save = vi.fn((_s: GameSession): readonly string[] => ['/saves/game.json']);
  return { session, twin, save } satisfies TestGame;
}

/** The first words of a text, few enough to sit on one wrapped line. */
export function opening(text: string, words = 3): string {
  return text.split(/\s+/).slice(0, words).join(' ');
}

/** How many decisions taking option 1 every time needs to reach the ending. */
export function stepsToEnd(role: Role, seed: number, scenario: 'full' | 'short'): number {
  const s = newSession(role, seed, scenario);
  let v: View = s.view();
  let n = 0;
  while (!v.ended && n < 500) {
    v = s.choose(0);
    n++;
  }
  return n;
}
