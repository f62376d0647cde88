import { useCallback, useState } from 'react';
import type { GameSession, View } from '../../engine/session.js';

/** Publishes a session's view and the actions on it; the session keeps every rule. */
export function useGame(session: GameSession, onDecision?: (s: GameSession) => void) {
  const [view, setView] = useState<View>(() => session.view());
  const choose = useCallback(
    (index: number) => {
      setView(session.choose(index));
      onDecision?.(session);
    },
    [session, onDecision],
  );
  const undo = useCallback(() => {
    if (session.undo()) setView(session.view());
  }, [session]);
  return { view, choose, undo };
}
