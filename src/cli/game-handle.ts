/** What the terminal UI is given for a game, and what is said once it closes. */
import type { GameSession } from '../engine/session.js';
import type { Autosaver } from '../storage/autosave.js';
import type { GameHandle, Outcome } from '../ui/types.js';
import type { StorySource } from './story-source.js';

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

/** A path as one shell word, so that a hint can be pasted back into the shell. */
const shellWord = (s: string) => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);

/**
 * Where an unfinished game waits and the command that continues it. A game of an author's
 * story names the file and the story: a bare `mandate resume` would pick the latest game and
 * replay it against the built-in campaign. A named player's game names the player, since a
 * classroom machine holds many students' games; `resume` then saves to every copy listed.
 */
export function resumeHint(files: readonly string[], source: StorySource, player?: string | null): string {
  const command = source.file
    ? resumeCommand(files[0] ?? '', source)
    : player
      ? `mandate resume --player ${shellWord(player)}`
      : 'mandate resume';
  return `Saved in ${files.join(' and ')}; continue with: ${command}\n`;
}

/** The command that continues the game saved in `file`, with the story it needs. */
export function resumeCommand(file: string, source: StorySource): string {
  const story = source.file ? ` --story ${shellWord(source.file)}` : '';
  return `mandate resume ${shellWord(file)}${story}`;
}

/** The line printed once the screen is gone: where an unfinished game waits, or nothing. */
export function farewell(
  outcome: Outcome,
  files: readonly string[],
  source: StorySource,
  player?: string | null,
): string {
  if (
    outcome.kind === 'replay' ||
    outcome.kind === 'plain' ||
    !outcome.game ||
    outcome.game.session.view().ended ||
    files.length === 0
  )
    return '';
  return resumeHint(files, source, player);
}
