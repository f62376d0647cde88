import { Box } from 'ink';
import { useState } from 'react';
import { wrapText } from '../format.js';
import { useTerminalSize } from '../hooks/terminal-size.js';
import { footerItems } from '../keys.js';
import { frameHeight, menuLayout } from '../layout.js';
import { helpLines } from '../panels.js';
import type { StyledLine } from '../theme.js';
import { Footer } from './Footer.js';
import { Frame } from './Frame.js';
import { Header } from './Header.js';
import { Lines } from './Lines.js';
import { Menu, type MenuItem } from './Menu.js';

interface Props {
  /** Left of the header. */
  heading: string;
  /** Paragraphs above the menu; they are wrapped to the width here. */
  intro: readonly StyledLine[];
  items: readonly MenuItem[];
  /** `title` on the first screen (q quits), `menu` after it (q goes back). */
  mode: 'title' | 'menu';
  onChoose(index: number): void;
  onBack(): void;
  /** A line under the menu, such as why Continue failed. */
  message?: StyledLine | null;
  /** The item highlighted first. */
  initial?: number;
}

/** A full-screen menu: header, some lines of introduction, the options, the keys. */
export function MenuScreen({ heading, intro, items, mode, onChoose, onBack, message, initial }: Props) {
  const { cols, rows } = useTerminalSize();
  const [help, setHelp] = useState(false);
  const width = Math.min(cols - 4, 76);
  // Rows between header and footer, less the blank row on top.
  const body = frameHeight(rows) - 3;
  const messageLines = message ? wrapText(message.text, width).map((text) => ({ text, tone: message.tone })) : [];
  const fit = menuLayout(help ? helpLines(mode, new Set(), width) : intro, items, messageLines.length, width, body);
  return (
    <Frame
      width={cols}
      height={frameHeight(rows)}
      header={<Header left={heading} right="? help" width={cols} />}
      footer={<Footer items={footerItems(mode)} width={cols} />}
    >
      <Box flexDirection="column" paddingX={2} paddingTop={1} overflowY="hidden">
        <Lines lines={fit.intro} width={width} />
        <Box marginTop={fit.intro.length > 0 ? 1 : 0} flexDirection="column" flexShrink={0}>
          <Menu
            items={items}
            width={width}
            mode={mode}
            compact={fit.compact}
            initial={initial}
            onChoose={onChoose}
            onBack={help ? () => setHelp(false) : onBack}
            onHelp={() => setHelp((h) => !h)}
          />
        </Box>
        {messageLines.length > 0 ? <Lines lines={messageLines} width={width} /> : null}
      </Box>
    </Frame>
  );
}
