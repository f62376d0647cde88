/**
 * A linked game hot-seat in the terminal UI: both desks on one terminal, in turns. Between
 * turns a hand-over screen names the desk whose turn it is, with the cables sent to it and what
 * changed since its last choice; then that desk plays on the usual game screen (GameScreen),
 * under a bar naming the desk. `c` writes a cable to the other desk. The linked game, not the
 * screen, decides whose turn it is (LinkedGame.nextDesk).
 */
import { useApp, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { LinkedGame } from '../../engine/linked/game.js';
import type { Role } from '../../engine/session.js';
import type { InterruptRef } from '../full-screen.js';
import { GameProvider } from '../state/GameProvider.js';
import { Desk, Handoff, PairEnded } from './DeskScreens.js';
import { type Players, seatNotes } from './words.js';

export interface LinkedAppProps {
  game: LinkedGame;
  players: Players;
  /** After every decision and cable: the pair log is saved. */
  onChange(game: LinkedGame): void;
  interruptRef?: InterruptRef;
}

export function LinkedApp({ game, players, onChange, interruptRef }: LinkedAppProps) {
  const { exit } = useApp();
  // Each turn at the keyboard is a seat; the screen below is made afresh for each.
  const [seat, setSeat] = useState(0);
  const [seated, setSeated] = useState(false);
  /** How many cables each desk has been shown. */
  const seen = useRef<Record<Role, number>>({ us: 0, nato: 0 });
  const role = game.nextDesk();
  // Every decision is saved as it is taken: Ctrl+C or a signal only closes the screen.
  if (interruptRef) interruptRef.current = () => exit();
  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit();
  });
  const endTurn = () => {
    setSeated(false);
    setSeat((n) => n + 1);
  };
  if (!role) return <PairEnded game={game} players={players} onQuit={() => exit()} />;
  if (!seated) {
    return (
      <Handoff
        game={game}
        role={role}
        players={players}
        notes={seatNotes(game, role, seen.current[role])}
        onTake={() => {
          seen.current[role] = game.cables.length;
          setSeated(true);
        }}
        onQuit={() => exit()}
      />
    );
  }
  return (
    <GameProvider
      key={seat}
      session={game.desks[role]}
      save={() => {
        onChange(game);
        return [];
      }}
      onQuit={() => exit()}
      take={(index, reason) => {
        game.choose(role, index, reason || undefined);
        onChange(game);
        if (game.nextDesk() !== role) {
          endTurn();
          return null;
        }
        return game.view(role);
      }}
    >
      <Desk
        game={game}
        role={role}
        players={players}
        onCable={(text) => {
          game.cable(role, text);
          seen.current[role] = game.cables.length;
          onChange(game);
        }}
      />
    </GameProvider>
  );
}
