import { describe, expect, it } from 'vitest';
import { clampTop, gameReducer, initialGameState } from '../../src/ui/state/game-reducer.js';
import { newSession } from '../helpers/story.js';

describe('the game screen reducer', () => {
  it('remembers each passage decided, and forgets it on undo', () => {
    const session = newSession('us', 1, 'short');
    let state = initialGameState(session.view());
    const first = session.view();
    const chosen = first.choices[0]!.text;
    state = gameReducer(
      { ...state, selected: 1, scroll: 3 },
      {
        type: 'chose',
        view: session.choose(0),
        passage: first.passage,
        choice: chosen,
        ledger: '',
        tables: [],
      },
    );
    expect(state.transcript).toEqual([{ passage: first.passage, choice: chosen, ledger: '', tables: [] }]);
    expect(state).toMatchObject({ selected: 0, scroll: null, overlay: null });
    session.undo();
    state = gameReducer(state, { type: 'undid', view: session.view() });
    expect(state.transcript).toEqual([]);
  });

  it('counts decisions of a resumed game, and lowers the count when undo goes past it', () => {
    const session = newSession('us', 1, 'short');
    session.choose(0);
    const state = initialGameState(session.view());
    expect(state.resumedAfter).toBe(1);
    session.undo();
    expect(gameReducer(state, { type: 'undid', view: session.view() }).resumedAfter).toBe(0);
  });

  it('moves the highlight round the options', () => {
    const view = newSession('us').view();
    const n = view.choices.length;
    let state = initialGameState(view);
    state = gameReducer(state, { type: 'select', delta: -1 });
    expect(state.selected).toBe(n - 1);
    state = gameReducer(state, { type: 'select', delta: 1 });
    expect(state.selected).toBe(0);
  });

  it('opens, switches and closes overlays', () => {
    let state = initialGameState(newSession('us').view());
    state = gameReducer(state, { type: 'toggle', overlay: 'help' });
    expect(state.overlay).toBe('help');
    state = gameReducer(state, { type: 'overlayScroll', move: 'pageDown', box: { total: 40, height: 5 } });
    expect(state.overlayScroll).toBe(4);
    state = gameReducer(state, { type: 'toggle', overlay: 'history' });
    expect(state).toMatchObject({ overlay: 'history', overlayScroll: 0 });
    state = gameReducer(state, { type: 'toggle', overlay: 'history' });
    expect(state.overlay).toBeNull();
    expect(gameReducer(state, { type: 'close' })).toBe(state);
  });

  it('scrolls from where the pane follows the game, within the lines there are', () => {
    let state = initialGameState(newSession('us').view());
    const box = { total: 50, height: 10, follow: 30 };
    state = gameReducer(state, { type: 'scroll', move: 'lineUp', box });
    expect(state.scroll).toBe(29);
    state = gameReducer(state, { type: 'scroll', move: 'pageDown', box });
    expect(state.scroll).toBe(38);
    state = gameReducer(state, { type: 'scroll', move: 'bottom', box });
    expect(state.scroll).toBe(40);
    state = gameReducer(state, { type: 'scroll', move: 'top', box });
    expect(state.scroll).toBe(0);
  });

  it('clamps scrolling to the lines there are', () => {
    expect(clampTop(-3, 50, 10)).toBe(0);
    expect(clampTop(45, 50, 10)).toBe(40);
    expect(clampTop(5, 4, 10)).toBe(0);
  });
});
