/** Resizing the real terminal: a clear message below 60×16, and the same screen afterwards. */
import { describe, expect, it } from 'vitest';
import { tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

describe('resizing the terminal', () => {
  it('asks for room at 50×14 and comes back as it was, without garbage', async () => {
    const t = openTerminal({ args: ['play', '--role', 'us', '--seed', '2', '--scenario', 'short'], home: tempHome() });
    await t.readToOptions();
    t.press('1');
    const decided = await t.waitFor('u: undo');
    // Scrolled back a line: the screen to find again after the resizes.
    t.press('k');
    const before = await t.waitFor((s) => s !== decided && s.includes('u: undo'));

    t.resize(50, 14);
    const small = await t.waitFor('Please make this window larger.');
    expect(small).toContain('50×14');
    // Nothing of the game is left on the screen: only the message.
    const text = small.split('\n').filter((l) => l.trim() !== '');
    expect(text.length).toBeLessThanOrEqual(4);
    expect(small).not.toContain('capital');

    t.resize(100, 30);
    const big = await t.waitFor((s) => s.includes('Political capital') && s.split('\n')[0]!.length > 80);
    expect(big).not.toContain('Please make');

    t.resize(80, 24);
    const back = await t.waitFor((s) => s === before, { what: 'the screen as it was before resizing' });
    expect(back).toBe(before);

    t.press('q');
    await t.waitFor('Leave the game now?');
    t.press('y');
    expect((await t.waitForExit()).exitCode).toBe(0);
  }, 120_000);
});
