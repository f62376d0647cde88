/**
 * Runs an Ink tree on the alternate screen and gives the terminal back as it was found: main
 * screen, cursor shown, raw mode off — after a quit, Ctrl+C, a signal or a crash.
 */
import { render } from 'ink';
import type { ReactNode } from 'react';
import { TerminalSizeProvider } from './hooks/terminal-size.js';
import { ThemeProvider } from './hooks/theme.js';
import { themeFromEnv } from './theme.js';

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[2J\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/** Lets the runner close the app from outside React (SIGINT, SIGTERM, SIGHUP). */
export interface InterruptRef {
  current: ((signal?: NodeJS.Signals) => void) | null;
}

export interface FullScreenOptions {
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

/**
 * Renders `tree(interruptRef)` full-screen until it exits; resolves with the value it exited
 * with. The tree sets `interruptRef.current` to save and close when a signal arrives.
 */
export async function runFullScreen(
  tree: (interruptRef: InterruptRef) => ReactNode,
  { stdout = process.stdout, stdin = process.stdin }: FullScreenOptions = {},
): Promise<unknown> {
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
        <TerminalSizeProvider fullScreen>{tree(interruptRef)}</TerminalSizeProvider>
      </ThemeProvider>,
      { stdout, stdin, exitOnCtrlC: false },
    );
    return await instance.waitUntilExit();
  } finally {
    restore();
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', restore);
  }
}
