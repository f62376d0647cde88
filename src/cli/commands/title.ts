/**
 * `mandate` with no command: the title screen (new game, continue, replay a log, quit). The
 * screen does no disk access itself; this command hands it functions that start, continue and
 * save games, and acts on how it closed (a replay to open, where a game was saved).
 */
import { randomInt } from 'node:crypto';
import { standsAt } from '../../engine/log.js';
import { BUILT_IN_SCENARIOS } from '../../engine/scenario.js';
import { latestUnfinished, listSaves } from '../../storage/logs.js';
import { savesDir } from '../../storage/paths.js';
import type { ContinueInfo, LogInfo, TitleActions } from '../../ui/types.js';
import { UserError } from '../errors.js';
import { farewell, gameHandle } from '../game-handle.js';
import { MAX_SEED } from '../options.js';
import { print } from '../output.js';
import { builtInStorySource } from '../story-source.js';
import { newGameSaver, playCommand, startSession, wantsPlain } from './play.js';
import { openReplay, replayCommand } from './replay.js';
import { reopenGame } from './resume.js';

/**
 * What the title screen can do. It is the campaign's screen: Continue and "Replay a log" offer
 * the campaign's games only (a game of an author's story opens with its --story).
 */
export function titleActions(): { actions: TitleActions; files: () => readonly string[] } {
  const source = builtInStorySource();
  let files: readonly string[] = [];
  const latest = () => latestUnfinished(savesDir(), source.id);
  const info = (): ContinueInfo | null => {
    const found = latest();
    if (!found) return null;
    const { log } = found;
    const at = standsAt(log);
    return {
      role: log.role,
      turn: at.turn,
      month: at.month,
      decisions: log.decisions.length,
      player: log.player,
      updatedAt: log.updatedAt,
    };
  };
  const actions: TitleActions = {
    labels: source.labels,
    latest: info,
    scenarios: [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short],
    newGame(role, scenario) {
      const session = startSession(source, role, randomInt(0, MAX_SEED), scenario);
      const saver = newGameSaver(source, role, null);
      saver.save(session);
      files = saver.files;
      return gameHandle(session, saver, source);
    },
    continueLatest() {
      const found = latest();
      if (!found) throw new UserError('there is no unfinished game to continue');
      const { session, saver } = reopenGame(found.file, source);
      files = saver.files;
      return gameHandle(session, saver, source);
    },
    logs: (): LogInfo[] =>
      listSaves()
        .saves.filter(({ log }) => log.story.id === source.id)
        .map(({ file, log }) => ({
          file,
          role: log.role,
          status: log.status,
          ending: log.ending?.title ?? null,
          ...standsAt(log),
          decisions: log.decisions.length,
          player: log.player,
          updatedAt: log.updatedAt,
        })),
    replay: (file) => openReplay(file, source),
  };
  return { actions, files: () => files };
}

export async function titleCommand(): Promise<number> {
  // Without a terminal there is no screen to show: play in plain mode, as `play` would.
  if (wantsPlain(false)) return playCommand({});
  const { actions, files } = titleActions();
  const { runTitleUI, exitCodeFor } = await import('../../ui/run.js');
  const outcome = await runTitleUI(actions);
  if (outcome.kind === 'replay') return replayCommand(outcome.file, {});
  if (outcome.kind === 'plain') {
    // The screen let go of stdin (unref'd it): plain mode reads it again, and must keep the
    // process alive while it waits for a line.
    (process.stdin as { ref?: () => void }).ref?.();
    return playCommand({ plain: true });
  }
  print(farewell(outcome, files(), builtInStorySource()));
  return exitCodeFor(outcome);
}
