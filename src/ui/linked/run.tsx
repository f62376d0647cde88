/** Starts a linked game hot-seat in the terminal UI (LinkedApp); resolves once it closes. */
import type { LinkedGame } from '../../engine/linked/game.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { runFullScreen } from '../full-screen.js';
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
