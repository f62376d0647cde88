/**
 * The student briefing pack: a page per role with what a student reads before the lesson, all
 * from the story's own text (its global tags: the role's name, goal and brief, the three
 * conditions, who wanted what, the glossary) and the scenario (its months, found by playing
 * it, its starting position, undo and memos). Pure: the caller reads the story and scenario.
 */
import type { MemoSettings } from '../memo.js';
import type { Scenario } from '../scenario.js';
import type { Role } from '../session.js';
import type { Meters } from '../sim/meters.js';
import type { Briefing, Entry } from '../story/briefing.js';
import type { MeterLabel, StoryLabels } from '../story/labels.js';
import { scenarioMonths, type TurnMonth } from './months.js';

export interface RolePage {
  role: Role;
  label: string;
  goal: string;
  /** What this desk calls its capital meter (`Trust` for the campaign's NATO desk). */
  capital: MeterLabel;
  /** The brief, paragraph by paragraph. */
  brief: string[];
  /** The scenario's months as this role plays them. */
  months: TurnMonth[];
}

export interface BriefingPack {
  format: 'mandate-briefing';
  version: 1;
  story: { id: string; version: string; title: string; subtitle: string };
  scenario: { id: string; title: string; turns: number; start: Meters; undo: boolean; memos: MemoSettings | null };
  /** The seed the teacher gave for the class, if any (it goes into the command to type). */
  seed: number | null;
  roles: RolePage[];
  conditionsIntro: string;
  conditions: Entry[];
  wantedIntro: string;
  wanted: Entry[];
  terms: Entry[];
}

export interface BriefingInput {
  storyJson: string | object;
  story: { id: string; version: string };
  labels: StoryLabels;
  briefing: Briefing;
  scenario: Scenario;
  roles: readonly Role[];
  seed: number | null;
}

export function buildBriefingPack(input: BriefingInput): BriefingPack {
  const { labels, briefing, scenario } = input;
  return {
    format: 'mandate-briefing',
    version: 1,
    story: { ...input.story, title: labels.title, subtitle: labels.subtitle },
    scenario: {
      id: scenario.id,
      title: scenario.title,
      turns: scenario.turns,
      start: scenario.start,
      undo: scenario.undo,
      memos: scenario.memos && scenario.memos.ask !== 'off' ? scenario.memos : null,
    },
    seed: input.seed,
    roles: input.roles.map((role) => ({
      role,
      label: labels.roles[role].label,
      goal: labels.roles[role].goal,
      capital: labels.capital[role],
      brief: briefing.briefs[role],
      months: scenarioMonths(input.storyJson, scenario, role),
    })),
    conditionsIntro: briefing.conditionsIntro,
    conditions: briefing.conditions,
    wantedIntro: briefing.wantedIntro,
    wanted: briefing.wanted,
    terms: briefing.terms,
  };
}
