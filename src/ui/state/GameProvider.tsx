import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { GameSession, View } from '../../engine/session.js';
import { sanitize } from '../format.js';
import { ledgerOf, tablesOf } from '../transcript.js';
import { type GameActions, GameActionsContext, GameStateContext } from './game-context.js';
import { type GameAction, gameReducer, initialGameState } from './game-reducer.js';

interface Props {
  /** The game being played; nothing else drives it while the provider is mounted. */
  session: GameSession;
  /** Writes the game's log (after every decision and undo, and on `s`); returns the files written. */
  save(session: GameSession): readonly string[];
  /** The player confirmed they want to leave. */
  onQuit(): void;
  /**
   * Takes a choice in place of `session.choose` (a linked desk takes it through its linked
   * game): the view after it, or null when the desk's turn is over and the screen moves on. A
   * promise (a desk whose game is at the class host) holds every other choice until it settles.
   */
  take?(index: number, reason: string): View | null | Promise<View | null>;
  children: ReactNode;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Owns a game's screen state and publishes it, with the actions on it, through two contexts.
 * Autosave runs after the frame that shows a decision is drawn, so saving never delays a key.
 */
export function GameProvider({ session, save, onQuit, take: takeChoice, children }: Props) {
  const [state, dispatch] = useReducer(gameReducer, session, (s) => initialGameState(s.view()));
  // The state after every action so far, ahead of the next render: two keys can arrive
  // before React renders, and the second must see what the first did.
  const live = useRef(state);
  const act = useCallback((action: GameAction) => {
    live.current = gameReducer(live.current, action);
    dispatch(action);
  }, []);
  const saveAfterRender = useRef(false);
  /** A choice is on its way (an asynchronous `take`): no other is taken until it is. */
  const sending = useRef(false);
  const props = useRef({ save, onQuit, takeChoice });
  props.current = { save, onQuit, takeChoice };

  // After every commit: the frame showing the decision is already written when this runs.
  useEffect(() => {
    if (!saveAfterRender.current) return;
    saveAfterRender.current = false;
    try {
      props.current.save(session);
    } catch (e) {
      act({ type: 'flash', flash: { text: `Could not save: ${describe(e)}`, tone: 'error' } });
    }
  });

  const actions = useMemo<GameActions>(() => {
    const take = (index: number, reason: string) => {
      // The session, not the last render, is the truth: two keys may arrive in one frame.
      const view = session.view();
      const choice = view.choices[index];
      if (!choice || view.ended || sending.current) return;
      // The counts as they stood when the choice was made, before it moves anyone.
      const tables = tablesOf(view);
      const show = (next: View) =>
        act({ type: 'chose', view: next, passage: view.passage, choice: choice.text, ledger: ledgerOf(next), tables });
      try {
        const linked = props.current.takeChoice;
        const next = linked ? linked(index, reason) : session.choose(index);
        if (next instanceof Promise) {
          sending.current = true;
          act({ type: 'flash', flash: { text: 'Sending your decision…', tone: 'info' } });
          next.then(
            (v) => {
              sending.current = false;
              if (v) show(v);
            },
            (e: unknown) => {
              sending.current = false;
              act({ type: 'flash', flash: { text: `Not taken: ${describe(e)}`, tone: 'error' } });
            },
          );
          return;
        }
        if (!next) return;
        if (reason && !linked) session.annotate(next.decisions.length, reason);
        saveAfterRender.current = !linked;
        show(next);
      } catch (e) {
        act({ type: 'flash', flash: { text: `The story failed: ${describe(e)}`, tone: 'error' } });
      }
    };
    const choose = (index: number) => {
      const view = session.view();
      const choice = view.choices[index];
      if (!choice || view.ended || live.current.memo !== null || sending.current) return;
      // The scenario asks why: the option waits for its reason (MemoPrompt) before it is taken.
      if (view.memo) act({ type: 'memo', memo: index });
      else take(index, '');
    };
    return {
      choose,
      chooseSelected: () => choose(live.current.selected),
      decide: (reason) => {
        const pending = live.current.memo;
        if (pending !== null) take(pending, reason);
      },
      cancelMemo: () => act({ type: 'memo', memo: null }),
      undo() {
        const view = session.view();
        if (!view.canUndo) {
          const why = view.decisions.length === 0 ? 'Nothing to take back yet.' : 'Undo is off for this game.';
          act({ type: 'flash', flash: { text: why, tone: 'info' } });
          return;
        }
        const taken = view.decisions.at(-1);
        if (session.undo()) {
          saveAfterRender.current = true;
          // Say what was taken back, and leave its option highlighted where it was.
          act({
            type: 'undid',
            view: session.view(),
            selected: taken?.index ?? 0,
            flash: taken ? { text: `Took back: ${sanitize(taken.text)}`, tone: 'info' } : null,
          });
        }
      },
      save() {
        try {
          const files = props.current.save(session);
          const where = files.length > 0 ? `Saved to ${files.join(' and ')}` : 'Saved.';
          act({ type: 'flash', flash: { text: where, tone: 'info' } });
        } catch (e) {
          act({ type: 'flash', flash: { text: `Could not save: ${describe(e)}`, tone: 'error' } });
        }
      },
      select: (delta) => act({ type: 'select', delta }),
      selectIndex: (index) => act({ type: 'selectIndex', index }),
      scroll: (move, box) => act({ type: 'scroll', move, box }),
      scrollTo: (top) => act({ type: 'scrollTo', top }),
      toggle: (overlay) => act({ type: 'toggle', overlay }),
      close: () => act({ type: 'close' }),
      overlayScroll: (move, box) => act({ type: 'overlayScroll', move, box }),
      flash: (flash) => act({ type: 'flash', flash }),
      quit: () => props.current.onQuit(),
    };
  }, [session, act]);

  return (
    <GameActionsContext.Provider value={actions}>
      <GameStateContext.Provider value={state}>{children}</GameStateContext.Provider>
    </GameActionsContext.Provider>
  );
}
