/**
 * Plain mode offered on the title screen, in a real terminal: choosing it leaves the full
 * screen and the game goes on line by line, with numbered choices typed and Enter.
 */
import { describe, expect, it } from 'vitest';
import { tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

describe('the title screen', () => {
  it('offers plain mode for screen readers, and plays on line by line', async () => {
    const t = openTerminal({ args: [], home: tempHome() });
    await t.waitFor('Plain mode');
    expect(t.screen()).toContain('for screen readers');
    t.press('4');
    await t.waitFor((s) => s.includes('1) US official') && !t.altScreen);
    t.press('1\r');
    // The passage scrolls past the top of the screen, as plain text does.
    const screen = await t.waitFor((s) => /^capital 60 · US troops 146,000/m.test(s) && /^> *$/m.test(s));
    expect(screen).toMatch(/^ {2}1\) /m);
    expect(t.raw).toContain('── Turn 1 · August 2003 ──');
    t.press('\u0004');
    expect((await t.waitForExit()).exitCode).toBe(0);
  });
});
