/**
 * The memo prompt in the game screen: picking an option opens a text field when the scenario
 * asks why; typed keys are text (a digit does not take another option, q does not quit);
 * Enter takes the option with the reason; Esc puts it back; a required memo waits for words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MemoSettings, withMemos } from '../../src/engine/memo.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { App } from '../../src/ui/App.js';
import { storyJson } from '../helpers/story.js';
import { KEY, type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

function start(ask: MemoSettings['ask']) {
  const scenario = withMemos(BUILT_IN_SCENARIOS.short, ask);
  const session = GameSession.start({ storyJson, role: 'us', seed: 3, scenario });
  const save = vi.fn((_s: GameSession): readonly string[] => ['/saves/game.json']);
  ui = renderUI(<App start={{ screen: 'game', game: { session, save } }} />, { cols: 80, rows: 24 });
  return { ui, session, save };
}

describe('the memo prompt', () => {
  it('asks why after an option is picked, and keeps the typed reason with the decision', async () => {
    const { ui, session, save } = start('required');
    // Reading comes first: the options show once the passage is read.
    await ui.readToOptions();
    await ui.press('2');
    const f = await ui.waitFor('Why did you choose this?');
    expect(f).toContain('Enter: decide · Esc: back to the options');
    expect(session.decisions).toHaveLength(0);
    // Digits and command letters are text here.
    await ui.press(...'Paris 1st, q u'.split(''));
    await ui.waitFor('Paris 1st, q u');
    expect(session.decisions).toHaveLength(0);
    await ui.press(KEY.enter);
    await ui.waitFor(() => session.decisions.length === 1);
    expect(session.decisions[0]!.index).toBe(1);
    expect(session.decisions[0]!.reason).toBe('Paris 1st, q u');
    await ui.waitFor(() => save.mock.calls.length === 1);
  });

  it('does not take an empty answer when the reason is required', async () => {
    const { ui, session } = start('required');
    await ui.readToOptions();
    await ui.press('1');
    await ui.waitFor('Why did you choose this?');
    await ui.press(' ', KEY.enter);
    await ui.waitFor('A reason is needed');
    expect(session.decisions).toHaveLength(0);
  });

  it('skips an optional memo on Enter, and Esc puts the option back', async () => {
    const { ui, session } = start('optional');
    await ui.readToOptions();
    await ui.press('1');
    await ui.waitFor('An empty answer skips the reason.');
    await ui.press(KEY.escape);
    await ui.waitFor('› 1)');
    expect(session.decisions).toHaveLength(0);
    await ui.press('1');
    await ui.waitFor('An empty answer skips the reason.');
    await ui.press(KEY.enter);
    await ui.waitFor(() => session.decisions.length === 1);
    expect(session.decisions[0]!.reason).toBeUndefined();
  });
});
