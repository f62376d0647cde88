/**
 * Plays whole games in a real terminal: the built CLI in a pseudo-terminal, keys only, the
 * screen read back through a headless xterm. A twin session in this process says what each
 * screen must show (meters, tracks, turn, options), so the test follows any story.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/engine/session.js';
import { newSession } from '../helpers/story.js';
import { expectedOnScreen, missing, opening } from './helpers/expect-view.js';
import { BIN, KEYS, Terminal, tempHome } from './helpers/terminal.js';

const running: Terminal[] = [];
afterEach(() => {
  for (const t of running.splice(0)) t.kill();
});

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
});

function open(args: string[], env: Record<string, string> = {}, size = { cols: 80, rows: 24 }) {
  const t = new Terminal({ args, home: tempHome(), env, ...size });
  running.push(t);
  return t;
}

async function playToTheEnd(role: Role, seed: number, scenario: 'full' | 'short', env: Record<string, string> = {}) {
  const t = open(['play', '--role', role, '--seed', String(seed), '--scenario', scenario], env);
  const twin = newSession(role, seed, scenario);
  let view = twin.view();
  let screen = await t.waitFor((s) => missing(s, expectedOnScreen(view)).length === 0, { what: 'the first screen' });
  for (let step = 0; !view.ended; step++) {
    expect(step).toBeLessThan(200);
    const pick = step % view.choices.length;
    // Mostly digits; every third decision by arrows and Enter.
    if (step % 3 === 2) t.press(KEYS.down.repeat(pick) + KEYS.enter);
    else t.press(String(pick + 1));
    const before = screen;
    view = twin.choose(pick);
    const expected = view.ended
      ? ['THE END', opening(view.ending?.title ?? 'The story has ended')]
      : expectedOnScreen(view);
    screen = await t.waitFor((s) => s !== before && missing(s, expected).length === 0, {
      what: `step ${step + 1}: ${missing(t.screen(), expected).join(' | ')}`,
    });
  }
  return { t, view, screen };
}

describe('a whole game in a real terminal', () => {
  it.each([
    ['us', 11],
    ['nato', 12],
  ] as const)(
    'plays the %s role from the first screen to the ending, with keys only',
    async (role, seed) => {
      const { t, view, screen } = await playToTheEnd(role, seed, 'short');
      expect(screen).toContain('THE END');
      // The debrief scrolls to the decisions and their costs: the last one at the bottom, with
      // what it cost, and a page above it the heading that counts them.
      const n = view.decisions.length;
      t.press('G');
      const end = await t.waitFor(`${n}. ${opening(view.decisions[n - 1]!.text)}`, {
        what: 'the last decision in the list',
      });
      expect(end).toMatch(/capital \d+/);
      t.press(KEYS.pageUp);
      await t.waitFor(`Your decisions (${n})`, { what: 'the heading of the decisions' });
      t.press('q');
      const exit = await t.waitForExit();
      expect(exit.exitCode).toBe(0);
      expect(t.altScreen).toBe(false);
      expect(t.cursorShown).toBe(true);
    },
    180_000,
  );

  it('plays the full campaign as the US official', async () => {
    const { t, view } = await playToTheEnd('us', 5, 'full');
    expect(view.decisions.length).toBeGreaterThan(4);
    t.press('q');
    expect((await t.waitForExit()).exitCode).toBe(0);
  }, 300_000);

  it('is fully playable without colour (NO_COLOR), and uses colour otherwise', async () => {
    const plain = open(['play', '--role', 'nato', '--seed', '3', '--scenario', 'short'], { NO_COLOR: '1' });
    await plain.waitFor('1)');
    plain.press('1');
    await plain.waitFor('u: undo');
    // SGR colour codes: 30-37, 90-97, 38;… (foreground), 40-47, 100-107, 48;… (background).
    const colour = new RegExp(`${'\u001B'}\\[(?:\\d+;)*(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;\\d+)*m`);
    expect(plain.raw).not.toMatch(colour);
    expect(plain.screen()).toMatch(/█+░+/);
    const coloured = open(['play', '--role', 'nato', '--seed', '3', '--scenario', 'short']);
    await coloured.waitFor('1)');
    expect(coloured.raw).toMatch(colour);
  }, 120_000);
});
