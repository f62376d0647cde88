/**
 * Plays whole games in a real terminal: the built CLI in a pseudo-terminal, keys only, the
 * screen read back through a headless xterm. A twin session in this process says what each
 * screen must show (meters, tracks, turn, options), so the test follows any story.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/engine/session.js';
import { newSession } from '../helpers/story.js';
import { expectedOnScreen, expectedStatus, missing, opening } from './helpers/expect-view.js';
import { BIN, KEYS, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
});

function open(args: string[], env: Record<string, string> = {}, size = { cols: 80, rows: 24 }) {
  return openTerminal({ args, home: tempHome(), env, ...size });
}

async function playToTheEnd(role: Role, seed: number, scenario: 'full' | 'short', env: Record<string, string> = {}) {
  const t = open(['play', '--role', role, '--seed', String(seed), '--scenario', scenario], env);
  const twin = newSession(role, seed, scenario);
  let view = twin.view();
  // Each passage is read to its end (Enter while text remains below) before an option is taken.
  let { screen } = await t.readToOptions();
  expect(missing(screen, expectedOnScreen(view))).toEqual([]);
  for (let step = 0; !view.ended; step++) {
    expect(step).toBeLessThan(200);
    const pick = step % view.choices.length;
    // Mostly digits; every third decision by arrows and Enter.
    if (step % 3 === 2) t.press(KEYS.down.repeat(pick) + KEYS.enter);
    else t.press(String(pick + 1));
    const before = screen;
    view = twin.choose(pick);
    if (view.ended) {
      const expected = ['THE END', opening(view.ending?.title ?? 'The story has ended')];
      screen = await t.waitFor((s) => s !== before && missing(s, expected).length === 0, {
        what: `the ending: ${missing(t.screen(), expected).join(' | ')}`,
      });
      break;
    }
    const status = expectedStatus(view);
    await t.waitFor((s) => s !== before && missing(s, status).length === 0, {
      what: `step ${step + 1}: ${missing(t.screen(), status).join(' | ')}`,
    });
    ({ screen } = await t.readToOptions());
    expect(missing(screen, expectedOnScreen(view)), `step ${step + 1}`).toEqual([]);
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
      // The ending's menu, and the file the game is saved in.
      expect(screen).toMatch(/› 1\) New game\s+2\) Replay this game, decision by decision\s+3\) Quit/);
      const saved = /Saved in\s+(\S+\.json)/.exec(screen)?.[1];
      expect(saved && existsSync(saved), `the file named: ${saved}`).toBe(true);
      // The debrief scrolls to the decisions and what each changed.
      t.press('G');
      const end = await t.waitFor(`${view.decisions.length}. `, { what: 'the last decision in the list' });
      expect(end).toMatch(new RegExp(`${view.capitalLabel.word} [+-]\\d+ \\((your choice|upkeep)`));
      // q goes back one level: from the ending, the menu's last item, Quit.
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
    await plain.readToOptions();
    plain.press('1');
    await plain.waitFor('u: undo');
    // SGR colour codes: 30-37, 90-97, 38;… (foreground), 40-47, 100-107, 48;… (background).
    const colour = new RegExp(`${'\u001B'}\\[(?:\\d+;)*(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;\\d+)*m`);
    expect(plain.raw).not.toMatch(colour);
    expect(plain.screen()).toMatch(/█+░+/);
    const coloured = open(['play', '--role', 'nato', '--seed', '3', '--scenario', 'short']);
    await coloured.readToOptions();
    expect(coloured.raw).toMatch(colour);
  }, 120_000);
});
