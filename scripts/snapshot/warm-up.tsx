/**
 * The warm-up render of the snapshot build: the game screen drawn once, at build time, into a
 * stream nobody reads, with a stand-in for the layout engine (WebAssembly is off while a
 * snapshot is built). V8 keeps the bytecode of every function that ran, so the player's first
 * frame compiles none of React's, Ink's or the screens' code. A game of another role, scenario
 * and seed than any benchmark plays; what it leaves behind (Ink's cache of measured texts) is
 * the screen furniture every game shows. The render must leave the process as it found it.
 */
import { PassThrough } from 'node:stream';
import { render } from 'ink';
import { builtInStorySource } from '../../src/cli/story-source.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { App } from '../../src/ui/App.js';
import { TerminalSizeProvider } from '../../src/ui/hooks/terminal-size.js';
import { ThemeProvider } from '../../src/ui/hooks/theme.js';
// @ts-expect-error: plain JavaScript, resolved by the bundle (scripts/snapshot/bundle.ts).
import { withStandInLayout } from './yoga.js';

const SIZE = { cols: 100, rows: 30 };

/** The process's listeners, by event: what a render registers and an unmount must take back. */
function listeners(): string {
  return process
    .eventNames()
    .map((e) => `${String(e)}×${process.listenerCount(e)}`)
    .join(' ');
}

export function warmUpRender(): void {
  const source = builtInStorySource();
  const session = GameSession.start({
    storyJson: source.parsed?.() ?? source.json,
    role: 'nato',
    seed: 0,
    scenario: BUILT_IN_SCENARIOS.short,
  });
  const stdout = Object.assign(new PassThrough(), { ...SIZE, isTTY: false }).resume();
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  const before = listeners();
  (withStandInLayout as (size: typeof SIZE, fn: () => void) => void)(SIZE, () => {
    const app = render(
      <ThemeProvider theme={{ color: true }}>
        <TerminalSizeProvider fullScreen>
          <App start={{ screen: 'game', game: { session, save: () => [] } }} labels={source.labels} />
        </TerminalSizeProvider>
      </ThemeProvider>,
      {
        stdout: stdout as unknown as NodeJS.WriteStream,
        stdin: stdin as unknown as NodeJS.ReadStream,
        exitOnCtrlC: false,
        patchConsole: false,
      },
    );
    app.unmount();
  });
  const after = listeners();
  if (after !== before) throw new Error(`snapshot warm-up: the render left listeners behind (${before} → ${after})`);
}
