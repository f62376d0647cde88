/**
 * A linked game hot-seat in the terminal UI: both desks on one terminal, in turns. Between
 * turns a hand-over screen names the desk whose turn it is, with the cables sent to it and what
 * changed since its last choice; then that desk plays on the usual game screen (GameScreen),
 * under a bar naming the desk. `c` writes a cable to the other desk. The linked game, not the
 * screen, decides whose turn it is (LinkedGame.nextDesk).
 */
import { TextInput } from '@inkjs/ui';
import { Box, Text, useApp, useInput } from 'ink';
import { useRef, useState } from 'react';
import { CABLE_LIMIT, type LinkedGame, otherDesk } from '../../engine/linked/game.js';
import type { Role } from '../../engine/session.js';
import { SizeGate } from '../components/SizeGate.js';
import { sanitize, truncate, wrapText } from '../format.js';
import type { InterruptRef } from '../full-screen.js';
import { TerminalRowsLess, useTerminalSize } from '../hooks/terminal-size.js';
import { useTheme } from '../hooks/theme.js';
import { GameScreen } from '../screens/GameScreen.js';
import { GameProvider } from '../state/GameProvider.js';
import { useGameState } from '../state/game-context.js';
import { toneStyle } from '../theme.js';
import { cableLine, cablePrompt, DESK_NAMES, deskTitle, type Players, seatNotes } from './words.js';

export interface LinkedAppProps {
  game: LinkedGame;
  players: Players;
  /** After every decision and cable: the pair log is saved. */
  onChange(game: LinkedGame): void;
  interruptRef?: InterruptRef;
}

/** Rows the desk's bar takes above the game screen. */
const BAR_ROWS = 2;

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

interface DeskProps {
  game: LinkedGame;
  role: Role;
  players: Players;
  onCable(text: string): void;
}

/** One desk's turn: its bar, then the game screen, or the cable being written. */
function Desk({ game, role, players, onCable }: DeskProps) {
  const theme = useTheme();
  const { cols } = useTerminalSize();
  const state = useGameState();
  const [writing, setWriting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const free = state.memo === null && !state.overlay;
  useInput((input, key) => {
    if (!writing && free && !key.ctrl && input === 'c') {
      setProblem(null);
      setWriting(true);
    } else if (writing && key.escape) setWriting(false);
  });
  const lastIn = [...game.cables].reverse().find((c) => c.from !== role);
  const status = `${deskTitle(role, players)} · your turn · c: cable to the ${DESK_NAMES[otherDesk(role)]}`;
  return (
    <Box flexDirection="column" width={cols}>
      <Text wrap="truncate-end" {...toneStyle('heading', theme)}>
        {truncate(status, cols)}
      </Text>
      <Text wrap="truncate-end" {...toneStyle(lastIn ? 'note' : 'dim', theme)}>
        {truncate(lastIn ? cableLine(lastIn) : 'No cable from the other desk yet.', cols)}
      </Text>
      <TerminalRowsLess rows={BAR_ROWS}>
        {writing ? (
          <Box flexDirection="column" paddingLeft={1} paddingTop={1}>
            <Text {...toneStyle('heading', theme)}>{cablePrompt(role)}</Text>
            <Box>
              <Text>{'> '}</Text>
              <TextInput
                placeholder="your cable"
                onSubmit={(value) => {
                  const text = value.trim();
                  if (text.length > CABLE_LIMIT) {
                    setProblem(`That is ${text.length} characters; a cable holds at most ${CABLE_LIMIT}.`);
                    return;
                  }
                  if (text) onCable(text);
                  setWriting(false);
                }}
              />
            </Box>
            <Text {...toneStyle(problem ? 'error' : 'dim', theme)}>
              {problem ?? 'Enter: send · Esc: back to the game (an empty cable is not sent)'}
            </Text>
          </Box>
        ) : (
          <SizeGate>
            <GameScreen />
          </SizeGate>
        )}
      </TerminalRowsLess>
    </Box>
  );
}

interface HandoffProps {
  game: LinkedGame;
  role: Role;
  players: Players;
  notes: string[];
  onTake(): void;
  onQuit(): void;
}

/** Between turns: whose turn it is, the cables for that desk, what changed since its last choice. */
function Handoff({ game, role, players, notes, onTake, onQuit }: HandoffProps) {
  const theme = useTheme();
  const { cols, rows } = useTerminalSize();
  useInput((input, key) => {
    if (key.return) onTake();
    else if (input === 'q') onQuit();
  });
  const width = Math.max(20, cols - 2);
  const other = otherDesk(role);
  const lines: { text: string; tone: Parameters<typeof toneStyle>[0] }[] = [
    { text: `Linked game · ${game.moves.length} decisions so far`, tone: 'dim' },
    { text: '', tone: 'text' },
    { text: `${deskTitle(role, players)}: your turn.`, tone: 'heading' },
  ];
  const otherState = game.state(other);
  if (otherState === 'waiting') {
    lines.push({ text: `The ${DESK_NAMES[other]} has ended its month and waits for you.`, tone: 'text' });
  } else if (otherState === 'ended') {
    const ending = game.view(other).ending;
    lines.push({
      text: `The ${DESK_NAMES[other]}'s game is over${ending ? `: ${sanitize(ending.title)}` : ''}.`,
      tone: 'text',
    });
  }
  lines.push({ text: '', tone: 'text' });
  for (const n of notes)
    for (const l of wrapText(n, width)) lines.push({ text: l, tone: n.startsWith('[cable]') ? 'note' : 'text' });
  const shown = lines.slice(0, Math.max(1, rows - 2));
  return (
    <Box flexDirection="column" paddingLeft={1} width={cols} height={rows}>
      {shown.map((l, i) => (
        <Text key={i} wrap="truncate-end" {...toneStyle(l.tone, theme)}>
          {l.text || ' '}
        </Text>
      ))}
      <Box flexGrow={1} />
      <Text
        {...toneStyle('selected', theme)}
      >{`Enter: take the ${DESK_NAMES[role]} · q: leave (the game is saved)`}</Text>
    </Box>
  );
}

/** Both desks have ended: each desk's ending, and the cables of the game. */
function PairEnded({ game, players, onQuit }: { game: LinkedGame; players: Players; onQuit(): void }) {
  const theme = useTheme();
  const { cols, rows } = useTerminalSize();
  useInput((input, key) => {
    if (key.return || input === 'q' || key.escape) onQuit();
  });
  const lines: string[] = ['Both desks have finished.', ''];
  for (const role of ['us', 'nato'] as const) {
    const v = game.view(role);
    lines.push(`${deskTitle(role, players)}: ${v.ending ? sanitize(v.ending.title) : 'the story ended'}`);
    for (const s of v.scorecard) lines.push(`  [${s.met ? 'x' : ' '}] ${sanitize(s.label)}`);
  }
  if (game.cables.length) lines.push('', `${game.cables.length} cable${game.cables.length === 1 ? '' : 's'} sent.`);
  return (
    <Box flexDirection="column" paddingLeft={1} width={cols} height={rows}>
      {lines.slice(0, rows - 2).map((l, i) => (
        <Text key={i} wrap="truncate-end" {...toneStyle(i === 0 ? 'heading' : 'text', theme)}>
          {truncate(l, cols - 2) || ' '}
        </Text>
      ))}
      <Box flexGrow={1} />
      <Text {...toneStyle('selected', theme)}>Enter or q: leave</Text>
    </Box>
  );
}
