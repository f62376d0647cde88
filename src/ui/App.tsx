import { useApp } from 'ink';
import { useRef, useState } from 'react';
import type { Role } from '../engine/session.js';
import { DEFAULT_LABELS, type StoryLabels } from '../engine/story/labels.js';
import { SizeGate } from './components/SizeGate.js';
import type { InterruptRef } from './full-screen.js';
import { useCommand } from './hooks/use-commands.js';
import type { EndingChoice } from './screens/EndingScreen.js';
import { GameView } from './screens/GameView.js';
import { LogsScreen } from './screens/LogsScreen.js';
import { ReplayView } from './screens/ReplayView.js';
import { RoleScreen } from './screens/RoleScreen.js';
import { ScenarioScreen } from './screens/ScenarioScreen.js';
import { TitleScreen } from './screens/TitleScreen.js';
import type { GameHandle, Outcome, ReplayOpen, TitleActions } from './types.js';

/** The first screen: the title, the role list (`play` without --role), or a game already on. */
export type Start = { screen: 'title' } | { screen: 'role' } | { screen: 'game'; game: GameHandle };

interface Props {
  start: Start;
  /**
   * What the story calls its roles, for the screens before a game: by default the title's, else
   * the engine's plain names. (A game screen takes them from its session.)
   */
  labels?: StoryLabels;
  /** What the title screen can do; required when `start` is the title. */
  title?: TitleActions;
  /** Starts a game for `play` once the role is known (the title screen uses `title.newGame`). */
  newGame?(role: Role): GameHandle;
  interruptRef?: InterruptRef;
}

type Screen =
  | { kind: 'title'; message?: string }
  | { kind: 'role' }
  | { kind: 'scenario'; role: Role }
  | { kind: 'logs'; message?: string }
  | { kind: 'game'; game: GameHandle; id: number }
  /** A replay, and the screen Esc goes back to. */
  | { kind: 'replay'; open: ReplayOpen; back: Screen };

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The root: which screen is up, and the only place the app exits. Ctrl+C, from any screen,
 * saves the game on screen and closes.
 */
export function App({ start, labels: given, title, newGame, interruptRef }: Props) {
  const labels = given ?? title?.labels ?? DEFAULT_LABELS;
  const { exit } = useApp();
  const games = useRef(0);
  const gameScreen = (game: GameHandle): Screen => ({ kind: 'game', game, id: ++games.current });
  const [screen, setScreen] = useState<Screen>(() =>
    start.screen === 'game' ? gameScreen(start.game) : start.screen === 'role' ? { kind: 'role' } : { kind: 'title' },
  );
  const current = screen.kind === 'game' ? screen.game : null;

  const leave = (outcome: Outcome) => exit(outcome);
  const saveQuietly = (game: GameHandle | null) => {
    try {
      game?.save(game.session);
    } catch {
      // The autosave after the last decision stands; leaving must not fail.
    }
  };
  const interrupt = (signal?: NodeJS.Signals) => {
    saveQuietly(current);
    leave({ kind: 'interrupted', game: current, signal });
  };
  if (interruptRef) interruptRef.current = interrupt;
  useCommand('interrupt', () => interrupt());

  const attempt = (make: () => GameHandle, onError: (message: string) => void) => {
    try {
      setScreen(gameScreen(make()));
    } catch (e) {
      onError(describe(e));
    }
  };

  let body: React.ReactNode;
  switch (screen.kind) {
    case 'title':
      body = (
        <TitleScreen
          labels={labels}
          latest={title?.latest() ?? null}
          canReplay={Boolean(title?.logs)}
          message={screen.message}
          onChoose={(choice) => {
            if (choice === 'new') setScreen({ kind: 'role' });
            else if (choice === 'replay') setScreen({ kind: 'logs' });
            else if (choice === 'plain') leave({ kind: 'plain' });
            else if (choice === 'quit') leave({ kind: 'quit', game: null });
            else if (title) {
              attempt(title.continueLatest, (m) => setScreen({ kind: 'title', message: `Cannot continue: ${m}` }));
            }
          }}
        />
      );
      break;
    case 'role':
      body = (
        <RoleScreen
          labels={labels}
          mode={title ? 'menu' : 'title'}
          onPick={(role) => {
            if (title) setScreen({ kind: 'scenario', role });
            else if (newGame)
              attempt(
                () => newGame(role),
                (m) => exit(new Error(m)),
              );
          }}
          onBack={() => (title ? setScreen({ kind: 'title' }) : leave({ kind: 'quit', game: null }))}
        />
      );
      break;
    case 'scenario':
      body = (
        <ScenarioScreen
          labels={labels}
          role={screen.role}
          scenarios={title?.scenarios ?? []}
          onPick={(scenario) => {
            if (!title) return;
            attempt(
              () => title.newGame(screen.role, scenario),
              (m) => setScreen({ kind: 'title', message: `Cannot start: ${m}` }),
            );
          }}
          onBack={() => setScreen({ kind: 'role' })}
        />
      );
      break;
    case 'logs':
      body = (
        <LogsScreen
          labels={labels}
          logs={title?.logs?.() ?? []}
          message={screen.message}
          onPick={(file) => {
            if (!title?.replay) return leave({ kind: 'replay', file });
            try {
              setScreen({ kind: 'replay', open: title.replay(file), back: { kind: 'logs' } });
            } catch (e) {
              setScreen({ kind: 'logs', message: `Cannot replay: ${describe(e)}` });
            }
          }}
          onBack={() => setScreen({ kind: 'title' })}
        />
      );
      break;
    case 'replay':
      return (
        <ReplayView
          transcript={screen.open.transcript}
          title={screen.open.title}
          onBack={() => setScreen(screen.back)}
        />
      );
    case 'game': {
      const game = screen.game;
      const items: { id: EndingChoice; label: string }[] = [
        ...(title || newGame ? [{ id: 'new' as const, label: 'New game' }] : []),
        ...(game.replay ? [{ id: 'replay' as const, label: 'Replay this game, decision by decision' }] : []),
        ...(title ? [{ id: 'title' as const, label: 'Title screen' }] : []),
        { id: 'quit', label: 'Quit' },
      ];
      const onChoose = (choice: EndingChoice) => {
        saveQuietly(game);
        if (choice === 'new') setScreen({ kind: 'role' });
        else if (choice === 'title') setScreen({ kind: 'title' });
        else if (choice === 'quit') leave({ kind: 'quit', game });
        else if (game.replay) {
          try {
            setScreen({ kind: 'replay', open: game.replay(), back: screen });
          } catch (e) {
            setScreen({ kind: 'title', message: `Cannot replay: ${describe(e)}` });
          }
        }
      };
      return (
        <GameView
          key={screen.id}
          game={game}
          onQuit={() => {
            saveQuietly(game);
            leave({ kind: 'quit', game });
          }}
          menu={{ items, saved: game.files?.() ?? [], onChoose }}
        />
      );
    }
  }
  return <SizeGate>{body}</SizeGate>;
}
