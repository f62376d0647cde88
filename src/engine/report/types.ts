/**
 * The shapes of a class report and of a debrief. They are plain data (JSON-safe), so the
 * `json` format is the report itself and every other format is a rendering of it.
 */
import type { DecisionLog } from '../log.js';
import type { Role } from '../session.js';
import type { CollapseReason, Meters } from '../sim/meters.js';
import type { Tracks } from '../sim/tracks.js';
import type { StoryLabels } from '../story/labels.js';
import type { Spread } from './stats.js';

export const REPORT_FORMAT = 'mandate-class-report';
export const REPORT_VERSION = 1;

/** The ending a replay reached, as the current story tells it. */
export interface ReachedEnding {
  id: string;
  title: string;
  /** `# history` lines: what really happened. */
  history: string[];
  /** `# question` lines: the discussion questions. */
  questions: string[];
}

/** One log that read and verified, with what its replay found. */
export interface VerifiedGame {
  /** Where the log came from, as given on the command line. */
  file: string;
  log: DecisionLog;
  /** The ending the story reaches on this path; null for an unfinished game or an untagged end. */
  ending: ReachedEnding | null;
  /** Set when capital ran out or the troop burden became unsustainable. */
  collapse: CollapseReason | null;
  /** What the story calls the roles and tracks, for the debrief's words. */
  labels: StoryLabels;
}

/** A file left out of the report, and why. */
export interface RejectedLog {
  file: string;
  reason: string;
}

export interface RoleScenarioCount {
  role: Role;
  /** Scenario id. */
  scenario: string;
  scenarioTitle: string;
  logs: number;
}

export interface EndingCount {
  /** Ending id; `null` for games not finished yet, `""` for a story end without an ending tag. */
  id: string | null;
  title: string;
  /** Games that reached it, in all. */
  logs: number;
  byRole: Record<Role, number>;
  /** How many of those games ended because a meter collapsed. */
  collapses: number;
}

export interface OptionCount {
  text: string;
  /** How many times it was chosen. */
  chosen: number;
}

/** A place in the story where players chose, identified by story position (not by index). */
export interface DecisionPoint {
  /** Scenario id: the same position is a different turn in another scenario. */
  scenario: string;
  position: string;
  /** Roles whose games passed here. */
  roles: Role[];
  /** The turn and month most games were in when they chose here. */
  turn: number;
  month: string | null;
  /** Times a choice was made here; the option counts add up to it. */
  reached: number;
  /** Distinct games that chose here (less than `reached` only when a game comes back). */
  logs: number;
  /** Every option ever offered here, most chosen first; offered-but-never-chosen count 0. */
  options: OptionCount[];
}

/** Meters at the end of a turn: turn 0 is the start of the game. */
export interface TurnPoint {
  turn: number;
  capital: Spread;
  usTroops: Spread;
}

export interface Trajectory {
  role: Role;
  scenario: string;
  scenarioTitle: string;
  logs: number;
  turns: TurnPoint[];
}

/** A game singled out in the highlights. */
export interface GameRef {
  file: string;
  player: string | null;
  role: Role;
  scenario: string;
  seed: number;
  ending: { id: string; title: string } | null;
  collapse: CollapseReason | null;
  decisions: number;
  /** The last turn the game reached. */
  turn: number;
  meters: Meters;
}

export interface Highlights {
  role: Role;
  /** The collapse after the fewest decisions (then the earliest turn). */
  fastestCollapse: GameRef | null;
  /** See BEST_OUTCOME_RULE. */
  bestOutcome: GameRef | null;
}

export interface ClassReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** The story the logs were verified against. */
  story: { id: string; version: string };
  generatedAt: string;
  totals: { files: number; verified: number; rejected: number };
  byRoleScenario: RoleScenarioCount[];
  endings: EndingCount[];
  decisionPoints: DecisionPoint[];
  trajectories: Trajectory[];
  highlights: Highlights[];
  rejected: RejectedLog[];
}

/** One step of the path taken, with what it cost. */
export interface DebriefStep {
  step: number;
  turn: number;
  month: string | null;
  position: string;
  choice: string;
  notTaken: string[];
  before: Meters;
  after: Meters;
  tracks: Tracks;
}

export interface Debrief {
  format: 'mandate-debrief';
  version: 1;
  player: string | null;
  role: Role;
  scenario: { id: string; title: string };
  seed: number;
  story: { id: string; version: string };
  createdAt: string;
  finished: boolean;
  ending: ReachedEnding | null;
  collapse: CollapseReason | null;
  start: Meters;
  final: Meters;
  finalTracks: Tracks;
  path: DebriefStep[];
}
