/**
 * The game screen's state as a pure reducer: the view the session last gave, the passages
 * already decided, and what is on screen (highlighted option, scroll, overlay, message).
 * The session keeps every rule; this only remembers what the player has seen.
 */
import type { Passage, View } from '../../engine/session.js';
import type { TranscriptEntry } from '../transcript.js';

export type Overlay = 'help' | 'history' | 'notes' | 'table' | 'glossary' | 'quit';

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
  /**
   * The option picked but not yet taken (its index in the view's choices): the view's memo
   * request asks for the reason first.
   */
  memo: number | null;
}

/** A move through a scrolled block. */
export type ScrollMove = 'lineUp' | 'lineDown' | 'pageUp' | 'pageDown' | 'top' | 'bottom';

/** The size of a scrolled block, and where it sits when the player has not scrolled it. */
export interface ScrollBox {
  total: number;
  height: number;
  /** The top line when following the game (the story pane); 0 for other blocks. */
  follow?: number;
}

/** The new top line after a move, within the block. */
export function scrollTop(top: number, move: ScrollMove, box: ScrollBox): number {
  const page = Math.max(1, box.height - 1);
  const next = {
    lineUp: top - 1,
    lineDown: top + 1,
    pageUp: top - page,
    pageDown: top + page,
    top: 0,
    bottom: box.total,
  }[move];
  return clampTop(next, box.total, box.height);
}

export type GameAction =
  | { type: 'chose'; view: View; passage: Passage; choice: string; ledger: string; tables: string[] }
  | { type: 'undid'; view: View; selected?: number; flash?: Flash | null }
  | { type: 'select'; delta: number }
  | { type: 'selectIndex'; index: number }
  | { type: 'scroll'; move: ScrollMove; box: ScrollBox }
  | { type: 'scrollTo'; top: number }
  | { type: 'toggle'; overlay: Overlay }
  | { type: 'close' }
  | { type: 'overlayScroll'; move: ScrollMove; box: ScrollBox }
  | { type: 'flash'; flash: Flash | null }
  | { type: 'memo'; memo: number | null };

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
    memo: null,
  };
}

export function gameReducer(state: GameState, action: GameAction): GameState {
  switch (action.type) {
    case 'chose':
      return {
        ...state,
        view: action.view,
        transcript: [
          ...state.transcript,
          { passage: action.passage, choice: action.choice, ledger: action.ledger, tables: action.tables },
        ],
        selected: 0,
        scroll: null,
        overlay: null,
        overlayScroll: 0,
        flash: null,
        memo: null,
      };
    case 'undid': {
      const fromResume = action.view.decisions.length < state.resumedAfter;
      return {
        ...state,
        view: action.view,
        transcript: state.transcript.slice(0, -1),
        resumedAfter: fromResume ? action.view.decisions.length : state.resumedAfter,
        selected: Math.max(0, Math.min(action.selected ?? 0, action.view.choices.length - 1)),
        scroll: null,
        overlay: null,
        overlayScroll: 0,
        memo: null,
        flash: action.flash ?? null,
      };
    }
    case 'memo':
      return { ...state, memo: action.memo, flash: null };
    case 'select': {
      const n = state.view.choices.length;
      if (n === 0) return state;
      return { ...state, selected: (((state.selected + action.delta) % n) + n) % n };
    }
    case 'selectIndex':
      return action.index >= 0 && action.index < state.view.choices.length
        ? { ...state, selected: action.index }
        : state;
    case 'scroll': {
      const from = clampTop(state.scroll ?? action.box.follow ?? 0, action.box.total, action.box.height);
      const top = scrollTop(from, action.move, action.box);
      return state.scroll === top ? state : { ...state, scroll: top };
    }
    case 'scrollTo':
      return state.scroll === action.top ? state : { ...state, scroll: Math.max(0, action.top) };
    case 'toggle':
      return state.overlay === action.overlay
        ? { ...state, overlay: null, overlayScroll: 0 }
        : { ...state, overlay: action.overlay, overlayScroll: 0 };
    case 'close':
      return state.overlay === null ? state : { ...state, overlay: null, overlayScroll: 0 };
    case 'overlayScroll': {
      const from = clampTop(state.overlayScroll, action.box.total, action.box.height);
      const top = scrollTop(from, action.move, action.box);
      return state.overlayScroll === top ? state : { ...state, overlayScroll: top };
    }
    case 'flash':
      return state.flash === action.flash ? state : { ...state, flash: action.flash };
  }
}

/** Clamps a requested top line to the lines there are. */
export function clampTop(top: number, total: number, height: number): number {
  return Math.max(0, Math.min(top, total - height));
}
