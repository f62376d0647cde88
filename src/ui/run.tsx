/** Starts the terminal UI: the title screen, or the game screen for one game. */
import type { Scenario } from '../engine/scenario.js';
import type { GameSession, Role } from '../engine/session.js';
import type { StoryLabels } from '../engine/story/labels.js';
import { App, type Start } from './App.js';
import { type FullScreenOptions, runFullScreen } from './full-screen.js';
import type { GameHandle, Outcome, ReplayOpen, TitleActions } from './types.js';

export type { GameHandle, Outcome, TitleActions } from './types.js';

/** Exit codes for a UI closed by Ctrl+C or a signal (128 + the signal's number). */
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** Renders the app full-screen until it closes; resolves with how it closed. */
export async function runApp(
  props: { start: Start; labels: StoryLabels; title?: TitleActions; newGame?(role: Role): GameHandle },
  options: FullScreenOptions = {},
): Promise<Outcome> {
  const outcome = await runFullScreen((interruptRef) => <App {...props} interruptRef={interruptRef} />, options);
  return (outcome as Outcome | undefined) ?? { kind: 'quit', game: null };
}

/** The exit code for an outcome: 0, or 128 + the signal for Ctrl+C and signals. */
export function exitCodeFor(outcome: Outcome): number {
  if (outcome.kind !== 'interrupted') return 0;
  return SIGNAL_CODES[outcome.signal ?? 'SIGINT'] ?? 130;
}

export interface GameUIOptions {
  /** The story's names for its roles (the role screen) and tracks. */
  labels: StoryLabels;
  /** Skips the role screen. */
  role?: Role;
  /** Creates the session once the role is known (or at once, with `role`). */
  start(role: Role): GameSession;
  /** Called after every decision and undo: the autosave. */
  onDecision?(session: GameSession): void;
  /** Saves now (`s`, quit, Ctrl+C); returns the files written. Defaults to `onDecision`. */
  onSave?(session: GameSession): readonly string[] | undefined;
  /** Receives how the UI closed, once the terminal is given back (it may print). */
  onOutcome?(outcome: Outcome): void;
  /** The files the game is saved in, for the ending screen. */
  files?(): readonly string[];
  /** The game as a replay, for "Replay this game" on the ending screen. */
  replay?(session: GameSession): ReplayOpen;
  /**
   * Whether the ending offers a new game through `start` (default true). A resumed or forked
   * game has one session to give, so it offers none.
   */
  newGames?: boolean;
}

/** The game screen for one new (or resumed) game; resolves with the exit code. */
export async function runGameUI(options: GameUIOptions & { scenario?: Scenario }): Promise<number> {
  const replay = options.replay;
  const handle = (session: GameSession): GameHandle => ({
    session,
    save: (s) => {
      if (options.onSave) return options.onSave(s) ?? [];
      options.onDecision?.(s);
      return [];
    },
    files: options.files,
    replay: replay ? () => replay(session) : undefined,
  });
  const start: Start = options.role
    ? { screen: 'game', game: handle(options.start(options.role)) }
    : { screen: 'role' };
  const newGame = options.newGames === false ? undefined : (role: Role) => handle(options.start(role));
  const outcome = await runApp({ start, labels: options.labels, newGame });
  options.onOutcome?.(outcome);
  return exitCodeFor(outcome);
}

/** The title screen (`mandate` with no command); resolves with how it closed. */
export function runTitleUI(title: TitleActions): Promise<Outcome> {
  return runApp({ start: { screen: 'title' }, labels: title.labels, title });
}
