/**
 * Ctrl+C mid-game in a real terminal: the game is saved, the terminal is given back as it was
 * (main screen, cursor shown), and the game continues from the title screen or `resume`.
 */
import { describe, expect, it } from 'vitest';
import { formatMeter } from '../../src/ui/format.js';
import { newSession } from '../helpers/story.js';
import { KEYS, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

const open = (args: string[], home: string) => openTerminal({ args, home });

describe('leaving mid-game', () => {
  it('saves on Ctrl+C, restores the terminal, and continues from the title screen and resume', async () => {
    const home = tempHome();
    const game = open(['play', '--role', 'nato', '--seed', '5', '--scenario', 'short'], home);
    const twin = newSession('nato', 5, 'short');
    await game.readToOptions();
    expect(game.altScreen).toBe(true);
    twin.choose(1);
    game.press('2');
    await game.waitFor('u: undo');
    const view = twin.choose(0);
    await game.readToOptions();
    game.press('1');
    // The NATO desk's meter is trust (story/main.ink, # meter_capital_nato).
    const capital = formatMeter('trust', view.meters.capital, view.delta?.capital);
    await game.waitFor(capital);

    game.press(KEYS.ctrlC);
    const exit = await game.waitForExit();
    expect(exit.exitCode).toBe(130);
    expect(game.altScreen).toBe(false);
    expect(game.cursorShown).toBe(true);
    expect(game.screen()).toContain('continue with: mandate resume');

    const title = open([], home);
    const menu = await title.waitFor('Continue');
    expect(menu).toContain('NATO official');
    expect(menu).toContain('2 decisions');
    // The cursor starts on Continue.
    expect(menu).toContain('› 2) Continue');
    title.press(KEYS.enter);
    const resumed = await title.waitFor(`trust ${view.meters.capital}`);
    expect(resumed).toContain('NATO official');
    expect(resumed).toMatch(/Resumed after 2\s+decisions/);
    title.press('q');
    await title.waitFor('Leave the game now?');
    title.press('y');
    expect((await title.waitForExit()).exitCode).toBe(0);
    expect(title.altScreen).toBe(false);

    const resume = open(['resume'], home);
    await resume.waitFor(`trust ${view.meters.capital}`);
    resume.press(KEYS.ctrlC);
    expect((await resume.waitForExit()).exitCode).toBe(130);
    expect(resume.cursorShown).toBe(true);
  }, 180_000);

  it('saves and restores the terminal on SIGTERM too', async () => {
    const game = open(['play', '--role', 'us', '--seed', '8', '--scenario', 'short'], tempHome());
    await game.readToOptions();
    game.press('1');
    await game.waitFor('u: undo');
    game.pty.kill('SIGTERM');
    const exit = await game.waitForExit();
    expect(exit.exitCode).toBe(143);
    expect(game.altScreen).toBe(false);
    expect(game.cursorShown).toBe(true);
  }, 120_000);

  it('starts a new game from the title screen, says where it is saved, and replays it', async () => {
    const home = tempHome();
    const t = open([], home);
    await t.waitFor('New game');
    t.press(KEYS.enter);
    await t.waitFor('Whose desk is yours?');
    t.press(KEYS.down + KEYS.enter);
    await t.waitFor('How long a game?');
    t.press('2');
    await t.waitFor('NATO official · Turn 1 of 4');
    await t.readToOptions();
    t.press('1');
    await t.waitFor('u: undo');
    t.press('q');
    await t.waitFor('Leave the game now?');
    t.press('y');
    expect((await t.waitForExit()).exitCode).toBe(0);
    expect(t.screen()).toContain('continue with: mandate resume');

    // A game left before its first decision is saved but not offered to continue.
    const left = open([], home);
    // The cursor starts on Continue: New game is 1.
    expect(await left.waitFor('› 2) Continue')).toContain('1) New game');
    left.press('1');
    await left.waitFor('Whose desk is yours?');
    left.press('1');
    await left.waitFor('How long a game?');
    left.press('2');
    await left.waitFor('US official · Turn 1 of 4');
    left.press(KEYS.escape);
    await left.waitFor('Leave the game now?');
    left.press('y');
    expect((await left.waitForExit()).exitCode).toBe(0);
    expect(left.screen()).not.toContain('continue with');

    // The title screen continues the game with a decision, and lists both games to replay; the
    // replay opens inside the app, and q goes back to the list.
    const again = open([], home);
    const title = await again.waitFor('Continue');
    expect(title).toMatch(/NATO official · Turn 1 · August 2003 · 1 decision/);
    again.press('3');
    const list = await again.waitFor('NATO official · in progress');
    expect(list).toContain('US official · in progress');
    again.press(KEYS.down + KEYS.enter);
    await again.waitFor('Decision 1 of 1');
    expect(again.altScreen).toBe(true);
    again.press('q');
    await again.waitFor('Pick a saved game to step through it.');
    again.press(KEYS.escape);
    await again.waitFor('Continue');
    again.press('q');
    expect((await again.waitForExit()).exitCode).toBe(0);
    expect(again.altScreen).toBe(false);
  }, 120_000);
});
