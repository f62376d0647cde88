/** What the terminal UI is given for a game, and what is said once it closes. */
import type { GameSession } from '../engine/session.js';
import type { Autosaver } from '../storage/autosave.js';
import type { GameHandle, Outcome } from '../ui/types.js';

/** A game and the autosaver that writes it, as the UI needs it. */
export function gameHandle(session: GameSession, saver: Autosaver): GameHandle {
  return {
    session,
    save: (s) => {
      saver.save(s);
      return saver.files;
    },
  };
}

/** The line printed once the screen is gone: where an unfinished game waits, or nothing. */
export function farewell(outcome: Outcome, files: readonly string[]): string {
  if (outcome.kind === 'replay' || !outcome.game || outcome.game.session.view().ended || files.length === 0) return '';
  return `Saved in ${files.join(' and ')}; continue with: mandate resume\n`;
}
