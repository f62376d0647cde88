/**
 * Renders the UI in process with a fake terminal of a chosen size that can be resized, and
 * waits for content instead of sleeping. Colour is off so frames are plain text.
 */
import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import type { ReactNode } from 'react';
import { TerminalSizeProvider } from '../../../src/ui/hooks/terminal-size.js';
import { ThemeProvider } from '../../../src/ui/hooks/theme.js';

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

import { KEY } from '../../helpers/keys.js';

export { KEY };

export interface Rendered {
  /** The latest frame, as the terminal shows it. */
  frame(): string;
  /** Types keys, one keypress per string. */
  press(...keys: string[]): Promise<void>;
  /** Waits until the frame passes `test`; fails with the last frame. */
  waitFor(test: string | RegExp | ((frame: string) => boolean), timeout?: number): Promise<string>;
  resize(cols: number, rows: number): void;
  /**
   * Reads the passage to its end as a player does, pressing Enter while the rule offers to
   * read on; resolves with the frame that shows the options.
   */
  readToOptions(): Promise<string>;
  /** Resolves with the value the app exited with. */
  exited: Promise<unknown>;
  unmount(): void;
  stdout: FakeStdout;
}

const tick = () => new Promise((r) => setImmediate(r));

/** Whether the story pane is still being read: its rule offers Enter to read on. */
export function isReading(frame: string): boolean {
  return /Enter: read on|Enter: the options/.test(frame);
}

/** Whether the options are on screen: a highlighted `› N) ` line and no reading left. */
export function showsOptions(frame: string): boolean {
  return !isReading(frame) && /› \d+\) /.test(frame);
}

export function renderUI(node: ReactNode, { cols = 80, rows = 24 } = {}): Rendered {
  const stdout = new FakeStdout(cols, rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(cols, rows);
  const instance = inkRender(
    <ThemeProvider theme={{ color: false }}>
      <TerminalSizeProvider>{node}</TerminalSizeProvider>
    </ThemeProvider>,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const exited = instance.waitUntilExit();
  exited.catch(() => {});
  const frame = () => stdout.frames.at(-1) ?? '';
  const rendered: Rendered = {
    frame,
    stdout,
    exited,
    async press(...keys) {
      // Ink subscribes to input in an effect: let it run before the first key.
      await tick();
      for (const k of keys) {
        stdin.write(k);
        await tick();
      }
    },
    async waitFor(test, timeout = 5000) {
      const ok = (f: string) =>
        typeof test === 'string' ? f.includes(test) : test instanceof RegExp ? test.test(f) : test(f);
      const deadline = Date.now() + timeout;
      while (!ok(frame())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(test)}; the frame:\n${frame()}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      const f = frame();
      if (f.trim() === '') throw new Error('empty frame');
      return f;
    },
    resize(c, r) {
      stdout.columns = c;
      stdout.rows = r;
      stdout.emit('resize');
    },
    async readToOptions() {
      let f = await rendered.waitFor((fr) => isReading(fr) || showsOptions(fr));
      for (let presses = 0; isReading(f); presses++) {
        if (presses > 40) throw new Error(`still reading after ${presses} presses of Enter; the frame:\n${f}`);
        const before = f;
        await rendered.press(KEY.enter);
        f = await rendered.waitFor((fr) => fr !== before);
      }
      return rendered.waitFor(showsOptions);
    },
    unmount: () => instance.unmount(),
  };
  return rendered;
}
