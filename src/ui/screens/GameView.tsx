import { SizeGate } from '../components/SizeGate.js';
import { GameProvider } from '../state/GameProvider.js';
import { useGameState } from '../state/game-context.js';
import type { GameHandle } from '../types.js';
import { type EndingMenu, EndingScreen } from './EndingScreen.js';
import { GameScreen } from './GameScreen.js';

interface Props {
  game: GameHandle;
  /** The player confirmed they want to leave. */
  onQuit(): void;
  /** What the ending screen offers. */
  menu: EndingMenu;
}

/**
 * A game, from its first passage to its ending. The provider sits above the size gate, so a
 * window made too small and then large again finds the game exactly as it was.
 */
export function GameView({ game, onQuit, menu }: Props) {
  return (
    <GameProvider session={game.session} save={game.save} onQuit={onQuit}>
      <SizeGate>
        <GameOrEnding menu={menu} />
      </SizeGate>
    </GameProvider>
  );
}

function GameOrEnding({ menu }: { menu: EndingMenu }) {
  const { view } = useGameState();
  return view.ended ? <EndingScreen menu={menu} /> : <GameScreen />;
}
