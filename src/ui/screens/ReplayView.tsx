import { Box, Text, useApp } from 'ink';
import { useMemo, useRef, useState } from 'react';
import type { ReplayTranscript } from '../../engine/replay-steps.js';
import { Footer } from '../components/Footer.js';
import { Frame } from '../components/Frame.js';
import { Header } from '../components/Header.js';
import { Lines } from '../components/Lines.js';
import { Rule } from '../components/Rule.js';
import { SizeGate } from '../components/SizeGate.js';
import { sanitize } from '../format.js';
import type { InterruptRef } from '../full-screen.js';
import { useTerminalSize } from '../hooks/terminal-size.js';
import { useCommand, useCommands } from '../hooks/use-commands.js';
import { footerItems, type Mode } from '../keys.js';
import { frameHeight, scrollLabel } from '../layout.js';
import { helpLines } from '../panels.js';
import { replayPage } from '../replay-lines.js';
import { clampTop, type ScrollMove, scrollTop } from '../state/game-reducer.js';

interface Props {
  transcript: ReplayTranscript;
  /** Left of the header: which file, who played. */
  title: string;
  /** 1-based decision to open at (default 1). */
  at?: number;
  interruptRef?: InterruptRef;
  /** Esc or q: back to where the replay was opened from (the log list, the ending); quits when absent. */
  onBack?(): void;
}

const MOVES = new Set<string>(['lineUp', 'lineDown', 'pageUp', 'pageDown', 'top', 'bottom']);

/**
 * A saved game, one decision per page: the passage (scrollable, opening on its last lines,
 * which lead to the decision), the options with the one taken, and what it changed.
 */
export function ReplayView({ transcript, title, at = 1, interruptRef, onBack }: Props) {
  const { cols, rows } = useTerminalSize();
  const { exit } = useApp();
  const pages = transcript.steps.length + 1;
  const [page, setPageState] = useState(() => Math.min(Math.max(at, 1), pages) - 1);
  // Null follows the end of the passage; a number is the top line the reader scrolled to.
  const [scroll, setScroll] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  // Ahead of the render, as in the game: several keys may arrive before React draws.
  const live = useRef(page);
  const helpOn = useRef(help);
  const setPage = (p: number) => {
    live.current = p;
    setPageState(p);
    setScroll(null);
  };
  const height = frameHeight(rows);
  const body = height - 2;
  const view = useMemo(
    () => replayPage(transcript, page, cols - 1, Math.floor(body / 2)),
    [transcript, page, cols, body],
  );
  const paneHeight = Math.max(1, body - 2 - view.below.length);
  const total = help ? helpLines('replay', new Set(), cols - 2).length : view.passage.length;
  const top = clampTop(scroll ?? total, total, paneHeight);
  if (interruptRef) interruptRef.current = () => exit();
  useCommand('interrupt', () => exit());
  // The help opens at its first row; closing it, the passage opens again on its last lines.
  const showHelp = (on: boolean) => {
    helpOn.current = on;
    setHelp(on);
    setScroll(on ? 0 : null);
  };
  const mode: Mode = 'replay';
  useCommands(mode, ({ command }) => {
    if (command === 'stepOn') setPage(Math.min(live.current + 1, pages - 1));
    else if (command === 'stepBack') setPage(Math.max(live.current - 1, 0));
    else if (command === 'back') {
      if (helpOn.current) showHelp(false);
      else if (onBack) onBack();
      else exit();
    } else if (command === 'help') showHelp(!helpOn.current);
    else if (MOVES.has(command)) {
      const box = { total, height: paneHeight };
      setScroll((s) => scrollTop(clampTop(s ?? total, total, paneHeight), command as ScrollMove, box));
    }
  });
  const pane = help ? helpLines('replay', new Set(), cols - 2) : view.passage;
  return (
    <SizeGate>
      <Frame
        width={cols}
        height={height}
        header={<Header left={title} right="replay" width={cols} />}
        footer={<Footer items={footerItems(mode)} width={cols} />}
      >
        <Text bold wrap="truncate-end">
          {` ${help ? 'Keys' : sanitize(view.heading)}`}
        </Text>
        <Box paddingLeft={1} flexShrink={0}>
          <Lines lines={pane.slice(top, top + paneHeight)} width={cols - 1} height={paneHeight} />
        </Box>
        <Rule width={cols} label={scrollLabel(top, paneHeight, total)} />
        <Lines lines={view.below} width={cols} height={view.below.length} />
      </Frame>
    </SizeGate>
  );
}
