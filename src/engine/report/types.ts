/**
 * The shapes of a class report and of a debrief. They are plain data (JSON-safe), so the
 * `json` format is the report itself and every other format is a rendering of it.
 */
import type { DecisionLog } from '../log.js';
import type { Role } from '../session.js';
import type { CollapseReason, Meters } from '../sim/meters.js';
import type { Tracks } from '../sim/tracks.js';
import type { Entry, TimelineEntry } from '../story/briefing.js';
import type { MeterLabel, StoryLabels } from '../story/labels.js';
import type { ScoreLine } from '../table/scorecard.js';
import type { Table, VoteResult } from '../table/types.js';
import type { Spread } from './stats.js';

export const REPORT_FORMAT = 'mandate-class-report';
export const REPORT_VERSION = 2;

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
  /** The question of each decision (the last line before its options), in order. */
  prompts: string[];
  /** The role's brief measured at the end of the game (empty when the story declares none). */
  scorecard: ScoreLine[];
  /** The bodies and members the story declares, for names in the ledger and votes. */
  table: Table;
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

/** Games that reached endings of one title (the US and NATO desks may share a title). */
export interface EndingCount {
  /** The title as the story gives it; `(not finished)` for games still going. */
  title: string;
  /** The ending ids with this title (empty for unfinished games; `""` for an end without a tag). */
  ids: string[];
  /** False for the row of unfinished games. */
  finished: boolean;
  /** Games that reached it, in all. */
  logs: number;
  byRole: Record<Role, number>;
  /** How many of those games ended because a meter collapsed. */
  collapses: number;
}

/** An ending some game reached: what really happened, and its questions, as the story tells them. */
export interface EndingText {
  id: string;
  title: string;
  role: Role;
  /** Games that reached it. */
  logs: number;
  history: string[];
  questions: string[];
}

/** A reason a player gave for an option, in their own words. */
export interface ReasonEntry {
  player: string | null;
  file: string;
  reason: string;
}

export interface OptionCount {
  text: string;
  /** How many times it was chosen. */
  chosen: number;
  /** Per cent of the times a choice was made here (one decimal). */
  share: number;
  /** Every reason given for it. */
  reasons: ReasonEntry[];
  /** Who chose it (a player per time chosen), with `report --names`; absent otherwise. */
  players?: (string | null)[];
}

/** A place in the story where players chose, identified by story position (not by index). */
export interface DecisionPoint {
  /** Scenario id: the same position is a different turn in another scenario. */
  scenario: string;
  position: string;
  /** The question the players were asked (the one most of them saw). */
  prompt: string;
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
  /** The month most games were in at that turn (`YYYY-MM`); null for the start. */
  month: string | null;
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
  /** The role's brief: items met, of how many (0 of 0 when the story declares none). */
  brief: { met: number; of: number };
}

/** The single decision of a desk whose own choice cost the most political capital. */
export interface CostlyChoice {
  game: GameRef;
  step: number;
  turn: number;
  month: string | null;
  choice: string;
  /** The capital the choice itself changed (negative), from the ledger. */
  capital: number;
}

/** The highlights of one desk in one scenario. */
export interface Highlights {
  scenario: string;
  role: Role;
  /** The collapse after the fewest decisions (then the earliest turn). */
  fastestCollapse: GameRef | null;
  /** See BEST_OUTCOME_RULE. */
  bestOutcome: GameRef | null;
  /** See COSTLIEST_RULE; null when no choice cost capital (or the logs keep no ledger). */
  costliest: CostlyChoice | null;
}

/** One row of the roster: a game, whose it is and how it stands. */
export interface RosterEntry {
  /** `game-3`: the anchor of the game's debrief in the HTML report. */
  id: string;
  file: string;
  player: string | null;
  role: Role;
  scenario: string;
  seed: number;
  finished: boolean;
  ending: { id: string; title: string } | null;
  collapse: CollapseReason | null;
  decisions: number;
  /** The last turn and month reached. */
  turn: number;
  month: string | null;
  final: Meters;
  tracks: Tracks;
  brief: { met: number; of: number };
  /** How many reasons the player wrote. */
  reasons: number;
}

/** How a desk in a scenario did against its brief: each item, and how many games met it. */
export interface BriefCount {
  scenario: string;
  role: Role;
  /** Finished games counted. */
  games: number;
  items: { label: string; met: number }[];
}

/** A dated event of the story's timeline, and the class's scenarios in which it happens. */
export interface ReportTimelineEntry extends TimelineEntry {
  scenarios: string[];
}

export interface ClassReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** The story the logs were verified against. */
  story: { id: string; version: string };
  generatedAt: string;
  /** Whether options list who chose them (`report --names`). */
  names: boolean;
  totals: { files: number; verified: number; rejected: number };
  /** What a teacher must know before comparing games: mixed seeds or scenarios, unfinished games. */
  warnings: string[];
  /** Every game counted, by player. */
  roster: RosterEntry[];
  byRoleScenario: RoleScenarioCount[];
  /** Games per ending title, most common first; unfinished games last. */
  endings: EndingCount[];
  /** What really happened and the questions, for each ending some game reached. */
  endingTexts: EndingText[];
  decisionPoints: DecisionPoint[];
  trajectories: Trajectory[];
  /** The story's dated events, for the month axis of the charts. */
  timeline: ReportTimelineEntry[];
  /** Per scenario and desk. */
  highlights: Highlights[];
  /** Per scenario and desk: the brief, item by item. */
  briefs: BriefCount[];
  rejected: RejectedLog[];
  /** The story's glossary (`# term:`): every acronym and office, explained. */
  glossary: Entry[];
  /** What each desk calls its capital meter (`# meter_capital_ROLE:`): `Trust` for the NATO desk. */
  capital: Record<Role, MeterLabel>;
}

/** What one cause changed between a decision and the next: the choice, an event, the upkeep. */
export interface EffectGroup {
  source: 'choice' | 'event' | 'upkeep';
  /** `choice`, `upkeep`, or the event's id. */
  cause: string;
  /** The cause in words: `the choice itself`, the event's label, `the monthly upkeep`. */
  label: string;
  /** How much each meter moved (troops in thousands). */
  meters: Meters;
  /** Tracks moved, with the story's words for them. */
  tracks: { track: string; label: string; from: string; to: string }[];
  /** Stances moved (`nac.france`, `France`, +1). */
  stances: { member: string; name: string; delta: number }[];
}

/** A decision of a body, in words. */
export interface VoteInWords {
  body: string;
  bodyName: string;
  track: string;
  /** The state proposed, in the story's words. */
  proposal: string;
  result: VoteResult;
  /** `11 in favour, 1 against, 3 abstaining` for a vote; empty for a consensus or a lead. */
  tally: string;
  /** Who vetoed, blocked or refused (`France and Belgium`); empty when nobody did. */
  blockers: string;
  /** What brought it to the table: the choice, or an event. */
  cause: string;
}

/** One step of the path taken, with what it cost. */
export interface DebriefStep {
  step: number;
  turn: number;
  month: string | null;
  position: string;
  /** The question the player was asked (the last line before the options). */
  prompt: string;
  choice: string;
  notTaken: string[];
  /** The player's reason, in their own words, when the game asked; null otherwise. */
  reason: string | null;
  before: Meters;
  after: Meters;
  tracks: Tracks;
  /**
   * What the choice itself did (the ledger's `choice` entries). Null for a log written before
   * Mandate kept a ledger (version 1): its change then includes events and upkeep.
   */
  own: EffectGroup | null;
  /** What else happened before the next decision: named events and the monthly upkeep. */
  others: EffectGroup[];
  votes: VoteInWords[];
}

export const DEBRIEF_FORMAT = 'mandate-debrief';
export const DEBRIEF_VERSION = 2;

export interface Debrief {
  format: typeof DEBRIEF_FORMAT;
  version: typeof DEBRIEF_VERSION;
  /** The log the debrief was made from, as given. */
  file: string;
  player: string | null;
  role: Role;
  /** What the story calls the role (`US official`), and its brief. */
  roleLabel: string;
  goal: string;
  /** What the story calls the role's capital meter (`# meter_capital_ROLE:`): `Trust` for the NATO desk. */
  capitalLabel: MeterLabel;
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
  /** The role's brief measured at the end (empty when the story declares none). */
  scorecard: ScoreLine[];
  /**
   * The decision whose own choice cost the most political capital (events and upkeep left
   * out): its step and that cost (negative). Null when no choice cost any, or without a ledger.
   */
  costliest: { step: number; capital: number } | null;
  /** Whether the log keeps a ledger (version 2), so `own` and `others` are known. */
  ledger: boolean;
  /** What happened before the first decision (the opening's events). */
  opening: EffectGroup[];
  path: DebriefStep[];
  /**
   * The story's glossary (`# term:`), for the words the game used; empty when the story has
   * none, and in a debrief inside a class report, which prints the glossary once.
   */
  glossary: Entry[];
}
