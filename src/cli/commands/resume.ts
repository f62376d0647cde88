/**
 * `mandate resume [LOG]`: continue the latest unfinished game in the saves folder (of one
 * player with --player), or LOG. The log is replayed against the story (a log that no longer
 * matches is refused, naming the step), then play goes on in the terminal UI or plain mode,
 * saving to the same file and to the game's other copies (its save, its `--log` copy).
 */
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { replayLog } from '../../engine/replay.js';
import type { GameSession } from '../../engine/session.js';
import { type Autosaver, createAutosaver } from '../../storage/autosave.js';
import { type GameFiles, gameFiles } from '../../storage/copies.js';
import { lockLog } from '../../storage/log-lock.js';
import { latestUnfinished } from '../../storage/logs.js';
import { savesDir } from '../../storage/paths.js';
import { sanitize } from '../../ui/format.js';
import { UserError } from '../errors.js';
import { farewell, leftToContinue, replayOfSession, resumeHint } from '../game-handle.js';
import { describeDivergence, isForeign, loadLog } from '../log-file.js';
import { print } from '../output.js';
import { playPlain } from '../plain.js';
import { asUserStoryErrors } from '../story-error.js';
import { type StorySource, storyFor } from '../story-source.js';
import { stdinIO, wantsPlain } from './play.js';

export interface ResumeOptions {
  plain?: boolean;
  /** Continue against this .ink or .json story instead of the built-in one. */
  story?: string;
  /** The latest unfinished game of this player. */
  player?: string;
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
      onOutcome: (outcome) => print(farewell(outcome, saver.files, source, saver.player)),
      files: () => saver.files,
      replay: (s) => replayOfSession(s, source, saver.files[0]),
      newGames: false,
    });
  }
  const io = stdinIO();
  try {
    io.write(intro);
    const view = await asUserStoryErrors(source.label, () =>
      playPlain(session, io, { onDecision: (s) => saver.save(s) }),
    );
    if (leftToContinue(view)) io.write(resumeHint(saver.files, source, saver.player));
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
export function reopenGame(
  file: string,
  source: StorySource,
): { session: GameSession; saver: Autosaver; skipped: GameFiles['skipped'] } {
  loadLog(file);
  // Then the lock, and the log read again under it: another Mandate may have saved it since.
  lockLog(file);
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
  // The same files, the same creation time, player and fork origin: this is the same game.
  const { files, skipped } = gameFiles(file, log);
  const saver = createAutosaver(files, source.json, {
    player: log.player,
    createdAt: log.createdAt,
    forkedFrom: log.forkedFrom,
  });
  return { session: result.session, saver, skipped };
}

/** `Resuming FILE after 3 decisions; saving to FILE and COPY.` and a line per copy left alone. */
export function resumeIntro(file: string, n: number, saver: Autosaver, skipped: GameFiles['skipped']): string {
  const lines = [
    `Resuming ${sanitize(file)} after ${n} decision${n === 1 ? '' : 's'}; saving to ${saver.files.map(sanitize).join(' and ')}.`,
    ...skipped.map((s) => `Not saving to ${sanitize(s.file)}: ${s.why}.`),
  ];
  return `${lines.join('\n')}\n\n`;
}

export async function resumeCommand(given: string | undefined, opts: ResumeOptions): Promise<number> {
  const source = await storyFor(opts.story);
  let file = given;
  if (file && opts.player !== undefined) {
    throw new UserError('give either a LOG or --player NAME, not both: --player picks the latest game of that player');
  }
  if (!file) {
    // The latest game of this story: a game of another story waits for its own --story.
    file = latestUnfinished(savesDir(), source.id, opts.player)?.file;
    if (!file) {
      const play = source.file ? `mandate play --story ${source.file}` : 'mandate play';
      const whose = opts.player === undefined ? '' : ` of ${sanitize(opts.player)}`;
      throw new UserError(`no unfinished game${whose} of this story in ${savesDir()}; start one with: ${play}`);
    }
  }
  const { session, saver, skipped } = reopenGame(file, source);
  return playOn(session, saver, source, opts.plain, resumeIntro(file, session.decisions.length, saver, skipped));
}
