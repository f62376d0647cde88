/** Shared fixtures: the built-in story and sessions over it. */
import { readFileSync } from 'node:fs';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';

export const storyJson = readFileSync(new URL('../../story/build/mandate.json', import.meta.url), 'utf8');

/** The built-in story parsed once: tests that start thousands of sessions would spend most of their time parsing. */
const parsed = new ParsedStory(storyJson);

export function newSession(role: Role, seed = 1, scenario: 'full' | 'short' = 'full', undo?: boolean) {
  return GameSession.start({ storyJson: parsed, role, seed, scenario: BUILT_IN_SCENARIOS[scenario], undo });
}

/** Plays always taking option `pick(step, count)` until the end; returns the session. */
export function playThrough(session: GameSession, pick: (step: number, count: number) => number = () => 0) {
  let view = session.view();
  for (let step = 0; !view.ended && step < 500; step++) view = session.choose(pick(step, view.choices.length));
  return session;
}
