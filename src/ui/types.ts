/**
 * What the terminal UI needs from the command line, as plain functions and data: the UI owns
 * no rules and touches no files, so starting, continuing and saving a game come from outside.
 */
import type { ReplayTranscript } from '../engine/replay-steps.js';
import type { Scenario } from '../engine/scenario.js';
import type { GameSession, Role } from '../engine/session.js';
import type { StoryLabels } from '../engine/story/labels.js';

/** A game in progress and how to save it. */
export interface GameHandle {
  session: GameSession;
  /**
   * Writes the game's log now: after every decision and undo, on `s`, on quit and on Ctrl+C.
   * Returns the files written (shown after `s`). May throw; the UI shows the message.
   */
  save(session: GameSession): readonly string[];
  /** The files the game is saved in, named on the ending screen. */
  files?(): readonly string[];
  /** The game as a replay, for "Replay this game" on the ending screen. May throw. */
  replay?(): ReplayOpen;
}

/** A saved game opened for the replay screen. */
export interface ReplayOpen {
  transcript: ReplayTranscript;
  /** The replay header's left side: which file, who played. */
  title: string;
}

/** The latest unfinished game, as the title screen's Continue describes it. */
export interface ContinueInfo {
  role: Role;
  turn: number;
  month: string | null;
  decisions: number;
  player: string | null;
  /** ISO time of the last save. */
  updatedAt: string;
}

/** A saved log the title screen offers to replay. */
export interface LogInfo {
  file: string;
  role: Role;
  status: 'playing' | 'ended';
  /** The ending's title, for a finished game. */
  ending: string | null;
  /** Where the game stands now: the turn and month of its current passage. */
  turn: number;
  month: string | null;
  decisions: number;
  player: string | null;
  updatedAt: string;
}

/** What the title screen can do. */
export interface TitleActions {
  /** The story's title, blurb and roles, for the title, role and logs screens. */
  labels: StoryLabels;
  /** The game Continue picks up now, or null when there is none (asked each time the title shows). */
  latest(): ContinueInfo | null;
  scenarios: readonly Scenario[];
  /** Starts a new game (and its autosave). May throw; the UI shows the message. */
  newGame(role: Role, scenario: Scenario): GameHandle;
  /** Replays the latest autosave into a session. May throw; the UI shows the message. */
  continueLatest(): GameHandle;
  /** Saved logs, newest first, for "Replay a log"; absent when replay is not available. */
  logs?(): readonly LogInfo[];
  /** Opens a saved log for the replay screen. May throw; the UI shows the message. */
  replay?(file: string): ReplayOpen;
}

/** How the UI closed, for the command line to act on. */
export type Outcome =
  | {
      kind: 'quit' | 'interrupted';
      /** The game on screen when the UI closed, if any (to say where it was saved). */
      game: GameHandle | null;
      /** For `interrupted`: the signal, when one closed the UI rather than Ctrl+C. */
      signal?: NodeJS.Signals;
    }
  | { kind: 'replay'; file: string }
  /** The player asked for plain mode on the title screen: a new game goes on line by line. */
  | { kind: 'plain' };
