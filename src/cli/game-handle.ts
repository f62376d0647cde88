/** What the terminal UI is given for a game, and what is said once it closes. */
import { buildLog } from '../engine/log.js';
import { replayTranscript } from '../engine/replay-steps.js';
import type { GameSession } from '../engine/session.js';
import type { Autosaver } from '../storage/autosave.js';
import type { GameHandle, Outcome, ReplayOpen } from '../ui/types.js';
import { replayTitle } from './replay-title.js';
import type { StorySource } from './story-source.js';

/**
 * A game and the autosaver that writes it, as the UI needs it: saving, where it is saved, and
 * the game as a replay for the ending screen.
 */
export function gameHandle(session: GameSession, saver: Autosaver, source?: StorySource): GameHandle {
  return {
    session,
    save: (s) => {
      saver.save(s);
      return saver.files;
    },
    files: () => saver.files,
    replay: source ? () => replayOfSession(session, source, saver.files[0]) : undefined,
  };
}

/** A game on screen, replayed decision by decision from its own record (nothing read from disk). */
export function replayOfSession(session: GameSession, source: StorySource, file = 'this game'): ReplayOpen {
  const now = new Date();
  const log = buildLog(session, source.json, { player: null, createdAt: now.toISOString() }, now);
  const transcript = replayTranscript(log, source.json);
  return { transcript, title: replayTitle(file, log, transcript.labels) };
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

/**
 * Whether a game left now is one to continue: unfinished, with a decision taken (a game left
 * before its first decision is not offered by Continue or a bare `mandate resume`).
 */
export function leftToContinue(view: { ended: boolean; decisions: readonly unknown[] }): boolean {
  return !view.ended && view.decisions.length > 0;
}

/** The line printed once the screen is gone: where an unfinished game waits, or nothing. */
export function farewell(
  outcome: Outcome,
  files: readonly string[],
  source: StorySource,
  player?: string | null,
): string {
  if (outcome.kind === 'replay' || outcome.kind === 'plain' || !outcome.game || files.length === 0) return '';
  return leftToContinue(outcome.game.session.view()) ? resumeHint(files, source, player) : '';
}
