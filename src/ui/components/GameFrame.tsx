import { Box } from 'ink';
import type { ReactNode } from 'react';
import type { View } from '../../engine/session.js';
import { formatGameHeader } from '../format.js';
import { footerItems, type Mode, unavailableFor } from '../keys.js';
import type { GameLayout } from '../layout.js';
import type { Flash } from '../state/game-reducer.js';
import { CompactStatus } from './CompactStatus.js';
import { Footer } from './Footer.js';
import { Frame } from './Frame.js';
import { Header } from './Header.js';
import { StatusPanel } from './StatusPanel.js';

interface Props {
  view: View;
  layout: GameLayout;
  /** Decides the footer's keys. */
  mode: Mode;
  flash: Flash | null;
  /** Right side of the header. */
  right?: string;
  /** The main column under the status: story and choices, an ending, or an overlay. */
  children: ReactNode;
}

/** Header, status (side panel or three lines on top), main column and footer of a game. */
export function GameFrame({ view, layout, mode, flash, right = '? help', children }: Props) {
  return (
    <Frame
      width={layout.width}
      height={layout.height}
      header={<Header left={formatGameHeader(view)} right={right} width={layout.width} />}
      footer={<Footer items={footerItems(mode, unavailableFor(view))} flash={flash} width={layout.width} />}
    >
      <Box flexDirection="row" height={layout.body}>
        <Box flexDirection="column" width={layout.main} height={layout.body}>
          {layout.compact ? <CompactStatus view={view} width={layout.main} /> : null}
          {children}
        </Box>
        {layout.side ? <StatusPanel view={view} width={layout.side} height={layout.body} /> : null}
      </Box>
    </Frame>
  );
}
