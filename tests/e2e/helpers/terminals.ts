/** The terminals a test file opens, each killed after its test (a failed wait leaves none running). */
import { afterEach } from 'vitest';
import { Terminal, type TerminalOptions } from './terminal.js';

/** Call once at the top of a test file: returns what opens a terminal there. */
export function terminals(): (options: TerminalOptions) => Terminal {
  const running: Terminal[] = [];
  afterEach(() => {
    for (const t of running.splice(0)) t.kill();
  });
  return (options) => {
    const t = new Terminal(options);
    running.push(t);
    return t;
  };
}
