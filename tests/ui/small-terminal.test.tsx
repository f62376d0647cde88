import { afterEach, describe, expect, it } from 'vitest';
import { builtInStorySource } from '../../src/cli/story-source.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { App } from '../../src/ui/App.js';
import { formatMeter } from '../../src/ui/format.js';
import { testGame } from './helpers/game.js';
import { isReading, type Rendered, renderUI, showsOptions } from './helpers/render.js';

/** A title screen with no saved game, whose choices start a test game. */
const titleActions = () => ({
  labels: builtInStorySource().labels,
  latest: () => null,
  scenarios: [BUILT_IN_SCENARIOS.short],
  newGame: () => testGame(),
  continueLatest: () => testGame(),
  logs: () => [],
});

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

describe('terminal size', () => {
  it('asks for a larger window below 60×16, and resumes the game as it was', async () => {
    const game = testGame('us');
    ui = renderUI(<App start={{ screen: 'game', game }} />);
    await ui.readToOptions();
    const after = game.twin.choose(0);
    await ui.press('1');
    const expected = formatMeter('capital', after.meters.capital, after.delta?.capital);
    const decided = await ui.waitFor(expected);
    // Scrolled back a line: the screen to find again after the resize.
    await ui.press('k');
    const before = await ui.waitFor((f) => f !== decided && f.includes(expected));
    ui.resize(50, 14);
    const small = await ui.waitFor('Please make this window larger.');
    expect(small).toContain('50×14');
    expect(small).not.toContain('1)');
    // Keys other than Ctrl+C do nothing while the window is too small.
    await ui.press('2');
    ui.resize(80, 24);
    const back = await ui.waitFor(expected);
    expect(back).toBe(before);
    expect(game.session.view().decisions).toHaveLength(1);
  });

  it('reflows to the new width and height', async () => {
    const game = testGame('nato');
    const view = game.twin.view();
    ui = renderUI(<App start={{ screen: 'game', game }} />, { cols: 100, rows: 30 });
    await ui.readToOptions();
    for (const [cols, rows] of [
      [60, 16],
      [72, 20],
      [140, 40],
    ] as const) {
      ui.resize(cols, rows);
      const f = await ui.waitFor(
        (fr) => fr.split('\n').length === rows - 1 && (isReading(fr) || showsOptions(fr)) && !fr.includes('larger'),
      );
      for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(cols);
      // The NATO desk's meter, by its name (`trust 60`), at every size.
      expect(f).toContain(`${view.capitalLabel.word} ${view.meters.capital}`);
    }
  });

  it('fits the title screen into 60×16 without losing an option', async () => {
    ui = renderUI(<App start={{ screen: 'title' }} title={titleActions()} />, { cols: 60, rows: 16 });
    const f = await ui.waitFor('5) Quit');
    expect(f).toMatch(/1\) New game[\s\S]*2\) Continue[\s\S]*3\) Replay a log[\s\S]*4\) Plain mode/);
    expect(f).toContain('M A N D A T E');
    expect(f.split('\n')).toHaveLength(15);
  });

  it('asks for room on the title screen too', async () => {
    ui = renderUI(<App start={{ screen: 'title' }} title={titleActions()} />, { cols: 40, rows: 10 });
    await ui.waitFor('Please make this window larger.');
    ui.resize(80, 24);
    await ui.waitFor('New game');
  });
});
