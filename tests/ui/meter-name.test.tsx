/**
 * Each desk's capital meter by the name the story gives it (issue 12): the NATO official spends
 * trust, a word no player mixes up with "the capitals" (Paris, Berlin, Brussels) of the story,
 * and the US official political capital. What the player of each desk sees: the status panel,
 * wide and compact, the cost line under a choice, and the ending.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { endingLines } from '../../src/ui/ending.js';
import { collapseLabel } from '../../src/ui/format.js';
import { PANEL_COLS } from '../../src/ui/layout.js';
import { newSession, playThrough } from '../helpers/story.js';
import { testGame } from './helpers/game.js';
import { type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

const DESKS = [
  ['us', 'Political capital', 'capital', 'Trust'],
  ['nato', 'Trust', 'trust', 'Political capital'],
] as const;

describe('the capital meter, by the desk’s name for it', () => {
  it.each(DESKS)('the %s desk’s status panel says %s, wide and compact', async (role, name, word, notName) => {
    const game = testGame(role);
    const view = game.twin.view();
    ui = renderUI(<App start={{ screen: 'game', game }} />, { cols: PANEL_COLS, rows: 30 });
    const wide = await ui.readToOptions();
    // The panel's heading and its figure, inside the panel's border.
    const panel = wide.split('\n').filter((l) => /│\s*$/.test(l));
    expect(panel.some((l) => new RegExp(`│ ${name} +│\\s*$`).test(l))).toBe(true);
    expect(panel.some((l) => l.includes(`│ ${word} ${view.meters.capital} `))).toBe(true);
    expect(wide).not.toContain(notName);
    ui.resize(PANEL_COLS - 1, 30);
    const narrow = await ui.waitFor((f) => f.includes(`-${view.upkeep}/mo · US`));
    expect(narrow.split('\n')[1]).toMatch(new RegExp(`^ ${word} ${view.meters.capital} █*░+ -${view.upkeep}/mo`));
  });

  it.each(DESKS)('the %s desk’s cost line under a choice names %s', async (role, _name, word) => {
    const game = testGame(role);
    ui = renderUI(<App start={{ screen: 'game', game }} />);
    await ui.readToOptions();
    const after = game.twin.choose(0);
    await ui.press('1');
    const f = await ui.waitFor((fr) => fr.includes('▸ '));
    const lines = f.split('\n');
    const ledger = lines[lines.findIndex((l) => l.includes('▸ ')) + 1] ?? '';
    // What the choice changed, capital first when it moved: `= trust -1 (your choice) …`.
    expect(after.delta?.capital, 'the first option moves the meter').toBeTruthy();
    expect(ledger).toMatch(new RegExp(`^ {3}= ${word} [+-]\\d+ \\(`));
    expect(ledger).not.toMatch(new RegExp(`= ${role === 'us' ? 'trust' : 'capital'} `));
  });

  it('the NATO ending: the month-by-month table and the collapse say trust', () => {
    const view = playThrough(newSession('nato', 1, 'short')).view();
    expect(view.ended).toBe(true);
    const lines = endingLines(view, 120).map((l) => l.text);
    const head = lines.find((l) => /^month\s/.test(l));
    expect(head).toMatch(/^month\s+trust\s+US\s+allied/);
    expect(collapseLabel('capital', view.capitalLabel)).toBe('Your trust ran out.');
    expect(collapseLabel('capital', newSession('us').view().capitalLabel)).toBe('Your political capital ran out.');
  });
});
