/**
 * The game screen publishes its state and its actions through two contexts, so a component
 * that only acts (a key handler) does not re-render when the state changes. Both hooks throw
 * outside their provider: a component drawn without a game is a bug, not an empty screen.
 */
import { createContext, useContext } from 'react';
import type { Flash, GameState, Overlay, ScrollBox, ScrollMove } from './game-reducer.js';

export interface GameActions {
  /** Takes option `index` (0-based) of the current choices. */
  choose(index: number): void;
  /** Takes the highlighted option. */
  chooseSelected(): void;
  /** Takes the option waiting for its memo, with the reason ('' when skipped). */
  decide(reason: string): void;
  /** Puts the option waiting for its memo back: nothing is decided. */
  cancelMemo(): void;
  /** Takes back the last decision, or says why it cannot. */
  undo(): void;
  /** Saves now and says where. */
  save(): void;
  /** Moves the highlight by `delta` options (wrapping). */
  select(delta: number): void;
  /** Highlights option `index` without taking it. */
  selectIndex(index: number): void;
  /** Scrolls the story pane (or the ending's debrief). */
  scroll(move: ScrollMove, box: ScrollBox): void;
  /** Puts the story pane's top line at `top` (reading on). */
  scrollTo(top: number): void;
  /** Opens an overlay, or closes it when it is already open. */
  toggle(overlay: Overlay): void;
  close(): void;
  /** Scrolls the open overlay. */
  overlayScroll(move: ScrollMove, box: ScrollBox): void;
  flash(flash: Flash | null): void;
  /** Leaves the game (after the player confirmed). */
  quit(): void;
}

export const GameStateContext = createContext<GameState | null>(null);
export const GameActionsContext = createContext<GameActions | null>(null);

export function useGameState(): GameState {
  const state = useContext(GameStateContext);
  if (!state) throw new Error('useGameState must be used inside <GameProvider>');
  return state;
}

export function useGameActions(): GameActions {
  const actions = useContext(GameActionsContext);
  if (!actions) throw new Error('useGameActions must be used inside <GameProvider>');
  return actions;
}
