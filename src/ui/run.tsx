/**
 * Starts the terminal UI on the alternate screen and gives the terminal back as it was found:
 * main screen, cursor shown, raw mode off — after a quit, Ctrl+C, a signal or a crash.
 */
import { render } from 'ink';
import type { Scenario } from '../engine/scenario.js';
import type { GameSession, Role } from '../engine/session.js';
import { App, type InterruptRef, type Start } from './App.js';
import { TerminalSizeProvider } from './hooks/terminal-size.js';
import { ThemeProvider } from './hooks/theme.js';
import { themeFromEnv } from './theme.js';
import type { GameHandle, Outcome, TitleActions } from './types.js';

export type { GameHandle, Outcome, TitleActions } from './types.js';

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[2J\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/** Exit codes for a UI closed by Ctrl+C or a signal (128 + the signal's number). */
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export interface RunOptions {
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

/** Renders the app full-screen until it closes; resolves with how it closed. */
export async function runApp(
  props: { start: Start; title?: TitleActions; newGame?(role: Role): GameHandle },
  { stdout = process.stdout, stdin = process.stdin }: RunOptions = {},
): Promise<Outcome> {
  const write = (text: string) => {
    try {
      stdout.write(text);
    } catch {
      // The terminal is gone (SIGHUP): nothing to restore.
    }
  };
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
  };
  const interruptRef: InterruptRef = { current: null };
  const onSignal = (signal: NodeJS.Signals) => interruptRef.current?.(signal);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  process.on('exit', restore);
  write(ENTER_ALT_SCREEN);
  try {
    const instance = render(
      <ThemeProvider theme={themeFromEnv(process.env)}>
        <TerminalSizeProvider fullScreen>
          <App {...props} interruptRef={interruptRef} />
        </TerminalSizeProvider>
      </ThemeProvider>,
      { stdout, stdin, exitOnCtrlC: false },
    );
    return ((await instance.waitUntilExit()) as Outcome | undefined) ?? { kind: 'quit', game: null };
  } finally {
    restore();
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', restore);
  }
}

/** The exit code for an outcome: 0, or 128 + the signal for Ctrl+C and signals. */
export function exitCodeFor(outcome: Outcome): number {
  if (outcome.kind !== 'interrupted') return 0;
  return SIGNAL_CODES[outcome.signal ?? 'SIGINT'] ?? 130;
}

export interface GameUIOptions {
  /** Skips the role screen. */
  role?: Role;
  /** Creates the session once the role is known (or at once, with `role`). */
  start(role: Role): GameSession;
  /** Called after every decision and undo: the autosave. */
  onDecision?(session: GameSession): void;
  /** Saves now (`s`, quit, Ctrl+C); returns the files written. Defaults to `onDecision`. */
  onSave?(session: GameSession): readonly string[] | undefined;
  /** Receives how the UI closed, before the terminal is given back. */
  onOutcome?(outcome: Outcome): void;
}

/** The game screen for one new (or resumed) game; resolves with the exit code. */
export async function runGameUI(options: GameUIOptions & { scenario?: Scenario }): Promise<number> {
  const handle = (session: GameSession): GameHandle => ({
    session,
    save: (s) => {
      if (options.onSave) return options.onSave(s) ?? [];
      options.onDecision?.(s);
      return [];
    },
  });
  const start: Start = options.role
    ? { screen: 'game', game: handle(options.start(options.role)) }
    : { screen: 'role' };
  const outcome = await runApp({ start, newGame: (role) => handle(options.start(role)) });
  options.onOutcome?.(outcome);
  return exitCodeFor(outcome);
}

/** The title screen (`mandate` with no command); resolves with how it closed. */
export function runTitleUI(title: TitleActions): Promise<Outcome> {
  return runApp({ start: { screen: 'title' }, title });
}
