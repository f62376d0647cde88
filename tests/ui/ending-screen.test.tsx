import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { opening, stepsToEnd, testGame } from './helpers/game.js';
import { KEY, type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

/** A game one decision before its ending (always taking option 1). */
function nearTheEnd(role: 'us' | 'nato') {
  const game = testGame(role, { seed: 4, scenario: 'short' });
  const n = stepsToEnd(role, 4, 'short');
  for (let i = 0; i < n - 1; i++) {
    game.session.choose(0);
    game.twin.choose(0);
  }
  return game;
}

describe('the ending screen', () => {
  it.each(['us', 'nato'] as const)(
    'shows the %s ending, its debrief, charts and every decision with its cost',
    async (role) => {
      const game = nearTheEnd(role);
      const end = game.twin.choose(0);
      ui = renderUI(<App start={{ screen: 'game', game }} />, { cols: 120, rows: 200 });
      await ui.waitFor('1)');
      await ui.press('1');
      const f = await ui.waitFor('THE END');
      expect(end.ending).not.toBeNull();
      expect(f).toContain(opening(end.ending!.title, 2));
      if (end.ending!.history.length > 0) expect(f).toContain('What really happened');
      if (end.ending!.questions.length > 0) {
        expect(f).toContain('Questions to discuss');
        expect(f).toContain(`1. ${opening(end.ending!.questions[0]!, 2)}`);
      }
      expect(f).toContain('Political capital by turn');
      expect(f).toContain('US troops by turn (thousands)');
      expect(f).toMatch(/┼|┤/);
      expect(f).toContain(`Your decisions (${end.decisions.length})`);
      expect(f).toContain(`1. ${opening(end.decisions[0]!.text)}`);
      expect(f).toMatch(/capital \d+ → \d+ \([+-]\d+\)/);
      expect(f).not.toMatch(/› 1\) /);
    },
  );

  it('scrolls the debrief in a normal terminal, and goes back to the game with u', async () => {
    const game = nearTheEnd('us');
    ui = renderUI(<App start={{ screen: 'game', game }} />);
    await ui.waitFor('1)');
    await ui.press('1');
    const f = await ui.waitFor('THE END');
    expect(f).toMatch(/↓\d+ PgUp\/PgDn/);
    await ui.press(KEY.end);
    await ui.waitFor(/Your decisions|capital \d+ → \d+/);
    await ui.press(KEY.down, KEY.up, KEY.pageUp, 'g');
    await ui.waitFor((fr) => !/↑\d/.test(fr));
    await ui.press('u');
    await ui.waitFor('1)');
    expect(ui.frame()).not.toContain('THE END');
  });

  it('quits from the ending without asking', async () => {
    const game = nearTheEnd('nato');
    ui = renderUI(<App start={{ screen: 'game', game }} />);
    await ui.waitFor('1)');
    await ui.press('1');
    await ui.waitFor('THE END');
    await ui.press('q');
    await expect(ui.exited).resolves.toMatchObject({ kind: 'quit' });
  });
});
