/**
 * The warning before a lost month, in a real terminal at 80×24. A game of the short campaign
 * with little capital (tests/e2e/fixtures/brink.json) takes, each time, the option that leaves
 * the least capital (found by trying each on a twin session), until capital runs out. Every
 * screen the meters call for a warning shows it, and the screen of the losing decision says
 * that the next month's upkeep ends the game.
 */
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/engine/session.js';
import { readScenarioFile } from '../../src/storage/scenarios.js';
import { collapseLabel } from '../../src/ui/format.js';
import { dangerWarning } from '../../src/ui/panels.js';
import { storyJson } from '../helpers/story.js';
import { expectedOnScreen, expectedStatus, missing } from './helpers/expect-view.js';
import { tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const SCENARIO = 'tests/e2e/fixtures/brink.json';

const openTerminal = terminals();

/** The option that leaves the least capital; one that loses the game counts as the least. */
function costliest(session: GameSession): number {
  const n = session.view().choices.length;
  let best = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const after = session.choose(i);
    const capital = after.collapse ? -1 : after.ended ? Number.POSITIVE_INFINITY : after.meters.capital;
    session.undo();
    if (capital < least) {
      least = capital;
      best = i;
    }
  }
  return best;
}

describe('near the edge', () => {
  it('drives capital to the brink and warns before the losing month', async () => {
    const twin = GameSession.start({ storyJson, role: 'us', seed: 1, scenario: readScenarioFile(SCENARIO) });
    const t = openTerminal({
      args: ['play', '--role', 'us', '--seed', '1', '--scenario', SCENARIO],
      home: tempHome(),
    });
    let view = twin.view();
    const warnings: (string | null)[] = [];
    let last = '';
    for (let step = 0; !view.ended; step++) {
      expect(step).toBeLessThan(50);
      const { screen } = await t.readToOptions();
      expect(missing(screen, expectedOnScreen(view)), `step ${step + 1}`).toEqual([]);
      const warning = dangerWarning(view);
      warnings.push(warning);
      if (warning) expect(screen, `step ${step + 1}`).toContain(warning);
      else expect(screen, `step ${step + 1}`).not.toContain('Warning:');
      last = screen;
      const pick = costliest(twin);
      t.press(String(pick + 1));
      view = twin.choose(pick);
      const expected = view.ended ? ['THE END'] : expectedStatus(view);
      await t.waitFor((s) => s !== screen && missing(s, expected).length === 0, {
        what: `after step ${step + 1}: ${expected.join(' | ')}`,
      });
    }
    expect(view.collapse).toBe('capital');
    // The warnings came before the end: at least one month ahead, and on the losing decision's
    // screen, in words: the next upkeep ends the game.
    expect(warnings.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(warnings.at(-1)).toMatch(/^Warning: next month's upkeep \(-\d+\) ends the game\.$/);
    expect(last).toContain(warnings.at(-1)!);
    const end = await t.waitFor(collapseLabel('capital', view.capitalLabel), { what: 'the ending says why' });
    expect(end).toContain('THE END');
  }, 120_000);
});
