/**
 * The replay screen: one decision of a saved game at a time, forward and back. Shows the
 * passage the player read, the options (the one taken marked), the meters before → after and
 * the tracks moved; the last page shows the ending, or where the log parts from the story.
 */
import type { ReplayTranscript } from '../engine/replay-steps.js';
import { runFullScreen } from './full-screen.js';
import { TerminalSizeProvider } from './hooks/terminal-size.js';
import { ReplayView } from './screens/ReplayView.js';

export interface ReplayScreenProps {
  transcript: ReplayTranscript;
  /** First line: which file, who played. */
  title: string;
  /** 1-based decision to open at (default 1). */
  at?: number;
}

/** The replay screen on its own (in tests, or inside another Ink app). */
export function ReplayScreen(props: ReplayScreenProps) {
  return (
    <TerminalSizeProvider>
      <ReplayView {...props} />
    </TerminalSizeProvider>
  );
}

/** Shows the replay screen full-screen until the player quits. */
export async function runReplayUI(props: ReplayScreenProps): Promise<void> {
  await runFullScreen((interruptRef) => <ReplayView {...props} interruptRef={interruptRef} />);
}
