/**
 * A terminal of 20x5: far too small for any screen. The game asks for room in words that fit,
 * still answers Ctrl+C (saving, restoring the terminal), and exits with the documented code.
 */
import { describe, expect, it } from 'vitest';
import { KEYS, Terminal, tempHome } from '../e2e/helpers/terminal.js';

describe('a 20x5 terminal', () => {
  it('asks for a larger window and exits cleanly on Ctrl+C', async () => {
    const t = new Terminal({ args: ['play', '--role', 'us', '--seed', '1'], home: tempHome(), cols: 20, rows: 5 });
    const screen = await t.waitFor(/larger/i, { what: 'a request for a larger window' });
    expect(screen).not.toMatch(/Error|at .*\.js/);
    t.press(KEYS.ctrlC);
    const exit = await t.waitForExit();
    expect(exit.exitCode).toBe(130);
    await t.settle();
    expect(t.altScreen).toBe(false);
    expect(t.cursorShown).toBe(true);
  });
});
