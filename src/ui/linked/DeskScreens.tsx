/**
 * The screens of a linked game's desk, shared by the hot-seat game (LinkedApp) and a desk
 * playing its pair over the class network (DeskApp): the desk at its turn (its bar over the
 * game screen), the cable being written, the screen between turns, the desk waiting for the
 * other one (over the network), and the end of the pair's game. They draw; the linked game
 * decides whose turn it is.
 */
import { TextInput } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { CABLE_LIMIT, type LinkedGame, otherDesk } from '../../engine/linked/game.js';
import type { Role } from '../../engine/session.js';
import { SizeGate } from '../components/SizeGate.js';
import { formatMonth, sanitize, truncate, wrapText } from '../format.js';
import { TerminalRowsLess, useTerminalSize } from '../hooks/terminal-size.js';
import { useTheme } from '../hooks/theme.js';
import { GameScreen } from '../screens/GameScreen.js';
import { useGameState } from '../state/game-context.js';
import { toneStyle } from '../theme.js';
import { cableLine, cablePrompt, DESK_NAMES, deskTitle, type Players } from './words.js';

/** Rows the desk's bar takes above the game screen. */
const BAR_ROWS = 2;

type Tone = Parameters<typeof toneStyle>[0];

const decisionsSoFar = (game: LinkedGame) =>
  `${game.moves.length} decision${game.moves.length === 1 ? '' : 's'} so far`;

/** A cable being written: Enter sends it (an empty one is not sent), Esc goes back. */
function CableInput({ role, onSend, onBack }: { role: Role; onSend(text: string): void; onBack(): void }) {
  const theme = useTheme();
  const [problem, setProblem] = useState<string | null>(null);
  useInput((_, key) => {
    if (key.escape) onBack();
  });
  return (
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
            if (text) onSend(text);
            onBack();
          }}
        />
      </Box>
      <Text {...toneStyle(problem ? 'error' : 'dim', theme)}>
        {problem ?? 'Enter: send · Esc: back to the game (an empty cable is not sent)'}
      </Text>
    </Box>
  );
}

export interface DeskProps {
  game: LinkedGame;
  role: Role;
  players: Players;
  onCable(text: string): void;
  /** A word about the class host (it cannot be reached), shown in the bar in place of the last cable. */
  notice?: string | null;
}

/** One desk's turn: its bar, then the game screen, or the cable being written. */
export function Desk({ game, role, players, onCable, notice = null }: DeskProps) {
  const theme = useTheme();
  const { cols } = useTerminalSize();
  const state = useGameState();
  const [writing, setWriting] = useState(false);
  const free = state.memo === null && !state.overlay;
  useInput((input, key) => {
    if (!writing && free && !key.ctrl && input === 'c') setWriting(true);
  });
  const lastIn = [...game.cables].reverse().find((c) => c.from !== role);
  const status = `${deskTitle(role, players)} · your turn · c: cable to the ${DESK_NAMES[otherDesk(role)]}`;
  const second = notice ?? (lastIn ? cableLine(lastIn) : 'No cable from the other desk yet.');
  return (
    <Box flexDirection="column" width={cols}>
      <Text wrap="truncate-end" {...toneStyle('heading', theme)}>
        {truncate(status, cols)}
      </Text>
      <Text wrap="truncate-end" {...toneStyle(notice ? 'error' : lastIn ? 'note' : 'dim', theme)}>
        {truncate(second, cols)}
      </Text>
      <TerminalRowsLess rows={BAR_ROWS}>
        {writing ? (
          <CableInput role={role} onSend={onCable} onBack={() => setWriting(false)} />
        ) : (
          <SizeGate>
            <GameScreen />
          </SizeGate>
        )}
      </TerminalRowsLess>
    </Box>
  );
}

/** Lines on a full screen, with a key line at its foot. */
function Page({ lines, keys }: { lines: { text: string; tone: Tone }[]; keys: string }) {
  const theme = useTheme();
  const { cols, rows } = useTerminalSize();
  const shown = lines.slice(0, Math.max(1, rows - 2));
  return (
    <Box flexDirection="column" paddingLeft={1} width={cols} height={rows}>
      {shown.map((l, i) => (
        <Text key={i} wrap="truncate-end" {...toneStyle(l.tone, theme)}>
          {truncate(l.text, cols - 2) || ' '}
        </Text>
      ))}
      <Box flexGrow={1} />
      <Text {...toneStyle('selected', theme)}>{truncate(keys, cols - 2)}</Text>
    </Box>
  );
}

export interface HandoffProps {
  game: LinkedGame;
  role: Role;
  players: Players;
  notes: string[];
  onTake(): void;
  onQuit(): void;
}

/** Between turns: whose turn it is, the cables for that desk, what changed since its last choice. */
export function Handoff({ game, role, players, notes, onTake, onQuit }: HandoffProps) {
  const { cols } = useTerminalSize();
  useInput((input, key) => {
    if (key.return) onTake();
    else if (input === 'q') onQuit();
  });
  const width = Math.max(20, cols - 2);
  const other = otherDesk(role);
  const lines: { text: string; tone: Tone }[] = [
    { text: `Linked game · ${decisionsSoFar(game)}`, tone: 'dim' },
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
  return <Page lines={lines} keys={`Enter: take the ${DESK_NAMES[role]} · q: leave (the game is saved)`} />;
}

export interface WaitingProps {
  game: LinkedGame;
  role: Role;
  players: Players;
  notice: string | null;
  onCable(text: string): void;
  onQuit(): void;
}

/** How many of the latest cables the waiting screen lists. */
const CABLES_SHOWN = 8;

/**
 * A desk over the network that cannot decide now: it has ended its month (or its story) and
 * the other desk plays on. Cables come and go meanwhile.
 */
export function Waiting({ game, role, players, notice, onCable, onQuit }: WaitingProps) {
  const theme = useTheme();
  const { cols } = useTerminalSize();
  const [writing, setWriting] = useState(false);
  useInput((input, key) => {
    if (writing || key.ctrl) return;
    if (input === 'c') setWriting(true);
    else if (input === 'q') onQuit();
  });
  const other = otherDesk(role);
  const view = game.view(role);
  const them = `the ${deskTitle(other, players)}`;
  const where =
    game.state(role) === 'ended'
      ? `Your game is over${view.ending ? `: ${sanitize(view.ending.title)}` : ''}. Waiting for ${them} to finish.`
      : `You have ended ${formatMonth(view.month) || 'the month'}. Waiting for ${them} to end it too…`;
  const lines: { text: string; tone: Tone }[] = [
    { text: `${deskTitle(role, players)} · linked game · ${decisionsSoFar(game)}`, tone: 'dim' },
    { text: '', tone: 'text' },
  ];
  for (const l of wrapText(where, Math.max(20, cols - 2))) lines.push({ text: l, tone: 'heading' });
  if (notice) lines.push({ text: notice, tone: 'error' });
  lines.push({ text: '', tone: 'text' });
  const cables = game.cables.slice(-CABLES_SHOWN);
  if (cables.length === 0) lines.push({ text: 'No cables yet.', tone: 'dim' });
  for (const c of cables) lines.push({ text: cableLine(c), tone: c.from === role ? 'dim' : 'note' });
  if (writing) {
    return (
      <Box flexDirection="column" width={cols}>
        <Text wrap="truncate-end" {...toneStyle('dim', theme)}>
          {truncate(lines[0]!.text, cols)}
        </Text>
        <CableInput role={role} onSend={onCable} onBack={() => setWriting(false)} />
      </Box>
    );
  }
  return (
    <Page
      lines={lines}
      keys={`c: cable to the ${DESK_NAMES[other]} · q: leave (the same mandate join brings you back)`}
    />
  );
}

/** Both desks have ended: each desk's ending, and the cables of the game. */
export function PairEnded({ game, players, onQuit }: { game: LinkedGame; players: Players; onQuit(): void }) {
  useInput((input, key) => {
    if (key.return || input === 'q' || key.escape) onQuit();
  });
  const lines: { text: string; tone: Tone }[] = [
    { text: 'Both desks have finished.', tone: 'heading' },
    { text: '', tone: 'text' },
  ];
  for (const role of ['us', 'nato'] as const) {
    const v = game.view(role);
    lines.push({
      text: `${deskTitle(role, players)}: ${v.ending ? sanitize(v.ending.title) : 'the story ended'}`,
      tone: 'text',
    });
    for (const s of v.scorecard) lines.push({ text: `  [${s.met ? 'x' : ' '}] ${sanitize(s.label)}`, tone: 'text' });
  }
  if (game.cables.length)
    lines.push(
      { text: '', tone: 'text' },
      { text: `${game.cables.length} cable${game.cables.length === 1 ? '' : 's'} sent.`, tone: 'text' },
    );
  return <Page lines={lines} keys="Enter or q: leave" />;
}
