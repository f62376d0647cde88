/**
 * One desk of a linked pair played over the class network (`mandate join --pair` in the terminal
 * UI). The other desk plays on another machine; the class host holds the pair's game and this
 * desk's copy follows it (cli/pair-link.ts). The desk takes its seat on a hand-over screen
 * (what changed since its last choice, the cables for it), plays its turn on the game screen,
 * and waits, with cables coming and going, while the other desk ends the month.
 */
import { useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { LinkedGame } from '../../engine/linked/game.js';
import type { Role } from '../../engine/session.js';
import type { InterruptRef } from '../full-screen.js';
import { GameProvider } from '../state/GameProvider.js';
import { Desk, Handoff, PairEnded, Waiting } from './DeskScreens.js';
import { type Players, seatNotes } from './words.js';

/** What the desk's screen needs of its link to the host; the rules stay in the game and the host. */
export interface RemoteDesk {
  readonly role: Role;
  readonly game: LinkedGame;
  players(): Players;
  /** A word about the host to show (it cannot be reached), or null. */
  notice(): string | null;
  /** The host refused, or its game no longer matches: the screen closes and the command says why. */
  failed(): boolean;
  /** Resolves once the host has the choice and the game here has taken it. */
  move(index: number, reason: string): Promise<void>;
  cable(text: string): Promise<void>;
  /** Calls `listener` whenever the game or the link changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function DeskApp({ remote, interruptRef }: { remote: RemoteDesk; interruptRef?: InterruptRef }) {
  const { exit } = useApp();
  const [, redraw] = useState(0);
  const [seat, setSeat] = useState(0);
  const [seated, setSeated] = useState(false);
  /** How many cables this desk has been shown on its hand-over screens. */
  const seen = useRef(0);
  const { game, role } = remote;
  useEffect(() => remote.subscribe(() => redraw((n) => n + 1)), [remote]);
  useEffect(() => {
    if (remote.failed()) exit();
  });
  if (interruptRef) interruptRef.current = () => exit();
  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit();
  });
  const players = remote.players();
  const cable = (text: string) => {
    // A refusal closes the screen (failed), and the command says why.
    remote.cable(text).catch(() => {});
  };
  if (game.over) return <PairEnded game={game} players={players} onQuit={() => exit()} />;
  if (game.state(role) !== 'deciding') {
    return (
      <Waiting
        game={game}
        role={role}
        players={players}
        notice={remote.notice()}
        onCable={cable}
        onQuit={() => exit()}
      />
    );
  }
  if (!seated) {
    return (
      <Handoff
        game={game}
        role={role}
        players={players}
        notes={seatNotes(game, role, seen.current)}
        onTake={() => {
          seen.current = game.cables.length;
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
      // The host keeps the pair's log; there is nothing to save here.
      save={() => []}
      onQuit={() => exit()}
      take={async (index, reason) => {
        const month = game.view(role).turn;
        await remote.move(index, reason);
        // Within the month the desk plays on; a new month (or a wait) goes by the hand-over
        // screen, which lists what the other desk did.
        if (game.state(role) === 'deciding' && game.view(role).turn === month) return game.view(role);
        setSeated(false);
        setSeat((n) => n + 1);
        return null;
      }}
    >
      <Desk game={game} role={role} players={players} notice={remote.notice()} onCable={cable} />
    </GameProvider>
  );
}
