/**
 * The game screen's state as a pure reducer: the view the session last gave, the passages
 * already decided, and what is on screen (highlighted option, scroll, overlay, message).
 * The session keeps every rule; this only remembers what the player has seen.
 */
import type { Passage, View } from '../../engine/session.js';
import type { TranscriptEntry } from '../transcript.js';

export type Overlay = 'help' | 'history' | 'notes' | 'quit';

export interface Flash {
  text: string;
  tone: 'info' | 'error';
}

export interface GameState {
  view: View;
  /** Passages already decided, oldest first, each with the option taken. */
  transcript: readonly TranscriptEntry[];
  /** Decisions taken before this screen opened (a resumed game), whose passages it never saw. */
  resumedAfter: number;
  /** The highlighted option. */
  selected: number;
  /** Top line of the story pane, or null to follow the newest passage. */
  scroll: number | null;
  overlay: Overlay | null;
  /** Top line of the open overlay. */
  overlayScroll: number;
  /** A one-line message in the footer until the next key. */
  flash: Flash | null;
}

export type GameAction =
  | { type: 'chose'; view: View; passage: Passage; choice: string }
  | { type: 'undid'; view: View }
  | { type: 'select'; delta: number }
  | { type: 'selectIndex'; index: number }
  | { type: 'scroll'; top: number | null }
  | { type: 'toggle'; overlay: Overlay }
  | { type: 'close' }
  | { type: 'overlayScroll'; top: number }
  | { type: 'flash'; flash: Flash | null };

export function initialGameState(view: View): GameState {
  return {
    view,
    transcript: [],
    resumedAfter: view.decisions.length,
    selected: 0,
    scroll: null,
    overlay: null,
    overlayScroll: 0,
    flash: null,
  };
}

export function gameReducer(state: GameState, action: GameAction): GameState {
  switch (action.type) {
    case 'chose':
      return {
        ...state,
        view: action.view,
        transcript: [...state.transcript, { passage: action.passage, choice: action.choice }],
        selected: 0,
        scroll: null,
        overlay: null,
        overlayScroll: 0,
        flash: null,
      };
    case 'undid': {
      const fromResume = action.view.decisions.length < state.resumedAfter;
      return {
        ...state,
        view: action.view,
        transcript: state.transcript.slice(0, -1),
        resumedAfter: fromResume ? action.view.decisions.length : state.resumedAfter,
        selected: 0,
        scroll: null,
        overlay: null,
        overlayScroll: 0,
      };
    }
    case 'select': {
      const n = state.view.choices.length;
      if (n === 0) return state;
      return { ...state, selected: (((state.selected + action.delta) % n) + n) % n };
    }
    case 'selectIndex':
      return action.index >= 0 && action.index < state.view.choices.length
        ? { ...state, selected: action.index }
        : state;
    case 'scroll':
      return state.scroll === action.top ? state : { ...state, scroll: action.top };
    case 'toggle':
      return state.overlay === action.overlay
        ? { ...state, overlay: null, overlayScroll: 0 }
        : { ...state, overlay: action.overlay, overlayScroll: 0 };
    case 'close':
      return state.overlay === null ? state : { ...state, overlay: null, overlayScroll: 0 };
    case 'overlayScroll':
      return state.overlayScroll === action.top ? state : { ...state, overlayScroll: action.top };
    case 'flash':
      return state.flash === action.flash ? state : { ...state, flash: action.flash };
  }
}

/** Clamps a requested top line to the lines there are. */
export function clampTop(top: number, total: number, height: number): number {
  return Math.max(0, Math.min(top, total - height));
}
