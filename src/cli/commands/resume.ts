/**
 * `mandate resume [LOG]`: continue the latest unfinished game in the saves folder, or LOG.
 * The log is replayed against the story (a log that no longer matches is refused, naming the
 * step), then play goes on in the terminal UI or plain mode, saving to the same file.
 */
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { replayLog } from '../../engine/replay.js';
import type { GameSession } from '../../engine/session.js';
import { type Autosaver, createAutosaver } from '../../storage/autosave.js';
import { latestUnfinished } from '../../storage/logs.js';
import { savesDir } from '../../storage/paths.js';
import { UserError } from '../errors.js';
import { farewell, leftToContinue, replayOfSession, resumeHint } from '../game-handle.js';
import { describeDivergence, isForeign, loadLog, storyFor } from '../log-file.js';
import { playPlain } from '../plain.js';
import type { StorySource } from '../story-source.js';
import { stdinIO, wantsPlain } from './play.js';

export interface ResumeOptions {
  plain?: boolean;
  /** Continue against this .ink or .json story instead of the built-in one. */
  story?: string;
}

/** Refuses early a file we could not save to, rather than failing after the next decision. */
export function assertWritable(file: string): void {
  for (const path of [file, dirname(file)]) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new UserError(`${file}: cannot save the game here (${path} is not writable)`);
    }
  }
}

/**
 * Plays on a session that already has a saver: the terminal UI, or plain mode when asked or
 * when there is no terminal. Shared by resume and fork.
 */
export async function playOn(
  session: GameSession,
  saver: Autosaver,
  source: StorySource,
  plain: boolean | undefined,
  intro: string,
) {
  if (!wantsPlain(plain)) {
    const { runGameUI } = await import('../../ui/run.js');
    return runGameUI({
      labels: session.labels,
      role: session.view().role,
      start: () => session,
      onDecision: (s) => saver.save(s),
      onSave: (s) => {
        saver.save(s);
        return saver.files;
      },
      onOutcome: (outcome) => process.stdout.write(farewell(outcome, saver.files, source)),
      files: () => saver.files,
      replay: (s) => replayOfSession(s, source, saver.files[0]),
      newGames: false,
    });
  }
  const io = stdinIO();
  try {
    io.write(intro);
    const view = await playPlain(session, io, { onDecision: (s) => saver.save(s) });
    if (leftToContinue(view)) io.write(resumeHint(saver.files, source));
    return 0;
  } finally {
    io.close();
  }
}

/**
 * Reopens a saved, unfinished game: the log replayed against the story and checked, and an
 * autosaver back to the same file. Every reason it cannot be reopened is a UserError naming
 * the file. Shared by `resume` and the title screen's Continue.
 */
export function reopenGame(file: string, source: StorySource): { session: GameSession; saver: Autosaver } {
  const log = loadLog(file);
  const result = replayLog(log, source.json, { undo: log.scenario.undo });
  // A log of another story is that, first; an ended game has nothing left to play.
  if (!result.ok && isForeign(result.divergence)) {
    throw new UserError(`${file}: cannot resume: ${describeDivergence(result.divergence)}`);
  }
  if (log.status === 'ended') {
    const ending = log.ending ? ` (${log.ending.id})` : '';
    throw new UserError(`${file}: this game has ended${ending}; see it with: mandate replay ${file}`);
  }
  if (!result.ok) throw new UserError(`${file}: cannot resume: ${describeDivergence(result.divergence)}`);
  assertWritable(file);
  // The same file, the same creation time, player and fork origin: this is the same game.
  const saver = createAutosaver([file], source.json, {
    player: log.player,
    createdAt: log.createdAt,
    forkedFrom: log.forkedFrom,
  });
  return { session: result.session, saver };
}

export async function resumeCommand(given: string | undefined, opts: ResumeOptions): Promise<number> {
  const source = await storyFor(opts.story);
  let file = given;
  if (!file) {
    // The latest game of this story: a game of another story waits for its own --story.
    file = latestUnfinished(savesDir(), source.id)?.file;
    if (!file) {
      const play = source.file ? `mandate play --story ${source.file}` : 'mandate play';
      throw new UserError(`no unfinished game of this story in ${savesDir()}; start one with: ${play}`);
    }
  }
  const { session, saver } = reopenGame(file, source);
  const n = session.decisions.length;
  return playOn(session, saver, source, opts.plain, `Resuming ${file} after ${n} decision${n === 1 ? '' : 's'}.\n\n`);
}
