/** Starts a linked game in the terminal UI, hot-seat (LinkedApp) or one desk over the network (DeskApp). */
import type { LinkedGame } from '../../engine/linked/game.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { runFullScreen } from '../full-screen.js';
import { DeskApp, type RemoteDesk } from './DeskApp.js';
import { LinkedApp } from './LinkedApp.js';
import type { Players } from './words.js';

export interface LinkedUIOptions {
  game: LinkedGame;
  players: Players;
  labels: StoryLabels;
  onChange(game: LinkedGame): void;
}

export async function runLinkedUI(options: LinkedUIOptions): Promise<void> {
  await runFullScreen((interruptRef) => (
    <LinkedApp game={options.game} players={options.players} onChange={options.onChange} interruptRef={interruptRef} />
  ));
}

/** One desk of a pair whose game is at the class host; resolves once the screen closes. */
export async function runDeskUI(remote: RemoteDesk): Promise<void> {
  await runFullScreen((interruptRef) => <DeskApp remote={remote} interruptRef={interruptRef} />);
}
