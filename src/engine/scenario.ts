/**
 * Scenarios: the starting meters, the number of turns, which optional events are on, whether
 * undo is allowed, and a title. The two built-ins live in story/scenarios/; a teacher's own
 * file is validated against scenario-schema.ts (see docs/scenarios.md).
 */
import fullJson from '../../story/scenarios/full.json' with { type: 'json' };
import shortJson from '../../story/scenarios/short.json' with { type: 'json' };
import type { MemoSettings } from './memo.js';

export interface Scenario {
  /** Short id written into logs and reports. */
  id: string;
  /** Shown on the title screen and in reports. */
  title: string;
  /** Which branch of the story to play: the story's `scenario` variable. */
  story: 'full' | 'short';
  /** How many months the game may run: end_turn() says "time" when they are used up. */
  turns: number;
  /** Whether the player may take back a decision. */
  undo: boolean;
  start: { capital: number; usTroops: number; alliedTroops: number };
  /** Optional events switched off (false) or on (true); absent events are on. */
  events: Record<string, boolean>;
  /** Whether the game asks for the player's reasons, and after which decisions; absent: never. */
  memos?: MemoSettings;
}

/** The built-ins; tests/engine/scenario.test.ts checks them against the schema. */
export const BUILT_IN_SCENARIOS: Record<'full' | 'short', Scenario> = {
  full: fullJson as Scenario,
  short: shortJson as Scenario,
};

export function isBuiltInScenario(name: string): name is 'full' | 'short' {
  return name === 'full' || name === 'short';
}

/**
 * Event names a scenario switches that the story never asks about: a misspelt name
 * (`"un_bomb": false`) would otherwise change nothing without a word.
 */
export function unknownEvents(scenario: Scenario, storyEvents: readonly string[]): string[] {
  return Object.keys(scenario.events).filter((name) => !storyEvents.includes(name));
}
