/**
 * #12 in the terminal UI: a story whose next passage never reaches a choice. The step ends at
 * its budget with the story's error on screen, and Ctrl+C, pressed while it runs, still saves
 * and leaves (130), the terminal given back as it was found.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, Terminal, tempHome } from '../e2e/helpers/terminal.js';
import { hostileStories } from './fixtures.js';

const running: Terminal[] = [];
afterEach(() => {
  for (const t of running.splice(0)) t.kill();
});

describe('#12 Ctrl+C during a step that never ends', () => {
  it('the loop stops at its budget, and Ctrl+C pressed meanwhile saves and leaves', async () => {
    const stories = hostileStories(mkdtempSync(join(tmpdir(), 'mandate-tui-loop-')));
    const home = tempHome();
    const t = new Terminal({ args: ['play', '--story', stories.choicelessLoop, '--role', 'us', '--seed', '1'], home });
    running.push(t);
    await t.waitFor('1)');
    // Keys are read once the screen listens: a move of the selection shows that it does (two
    // keys sent before that would arrive as one input, and mean nothing).
    t.press(KEYS.down);
    await t.waitFor('› 2)');
    // Option 1 diverts into `-> loop`; Ctrl+C follows while inkjs is still stepping.
    t.press('1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    t.press(KEYS.ctrlC);
    const exit = await t.waitForExit();
    expect(exit.exitCode).toBe(130);
    expect(t.altScreen).toBe(false);
    expect(t.cursorShown).toBe(true);
    // A game left before its first decision is nothing to continue (terminal round two): no
    // resume hint, but the game is saved as it stood: the failed choice is no decision.
    expect(t.screen()).not.toMatch(/continue with: mandate resume/);
    const saves = readdirSync(join(home, 'saves')).filter((f) => f.endsWith('.json'));
    expect(saves).toHaveLength(1);
    const log = JSON.parse(readFileSync(join(home, 'saves', saves[0]!), 'utf8'));
    expect(log).toMatchObject({ status: 'playing', decisions: [] });
  }, 60_000);

  it('without Ctrl+C, the game says where the story failed and goes back to the choice', async () => {
    const stories = hostileStories(mkdtempSync(join(tmpdir(), 'mandate-tui-loop-')));
    const t = new Terminal({
      args: ['play', '--story', stories.choicelessLoop, '--role', 'us', '--seed', '1'],
      home: tempHome(),
    });
    running.push(t);
    await t.waitFor('1)');
    t.press('1');
    const screen = await t.waitFor('The story failed');
    expect(screen).toMatch(/250,000\s+steps/);
    // The session went back to the state before the choice: the other option still leads on.
    expect(screen).toContain('2) End');
    t.press('2');
    await t.waitFor('It ends.');
    t.press(KEYS.ctrlC);
    expect((await t.waitForExit()).exitCode).toBe(130);
  }, 60_000);
});
