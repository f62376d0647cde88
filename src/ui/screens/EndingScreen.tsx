import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { GameFrame } from '../components/GameFrame.js';
import { Lines } from '../components/Lines.js';
import { OverlayPanel } from '../components/OverlayPanel.js';
import { Rule } from '../components/Rule.js';
import { StoryPane } from '../components/StoryPane.js';
import { endingLines } from '../ending.js';
import { wrapText } from '../format.js';
import { useTerminalSize } from '../hooks/terminal-size.js';
import { useGameKeys } from '../hooks/use-game-keys.js';
import { choiceLines, gameLayout, scrollLabel } from '../layout.js';
import { overlayContent } from '../panels.js';
import { useGameState } from '../state/game-context.js';
import { clampTop } from '../state/game-reducer.js';

/** What the player can do once the game has ended. */
export type EndingChoice = 'new' | 'replay' | 'title' | 'quit';

export interface EndingMenu {
  items: readonly { id: EndingChoice; label: string }[];
  /** Where the game's log was saved, named under the menu. */
  saved: readonly string[];
  onChoose(choice: EndingChoice): void;
}

interface Props {
  menu: EndingMenu;
}

/**
 * The ending: its debrief (scrollable) and, under it, what to do next: a new game, a replay of
 * this one, the title screen, or quit; the saved log is named, so nothing is left behind.
 */
export function EndingScreen({ menu }: Props) {
  const { cols, rows } = useTerminalSize();
  const state = useGameState();
  const { view, overlay } = state;
  const layout = gameLayout(cols, rows);
  const [selected, setSelected] = useState(0);
  const doc = useMemo(() => endingLines(view, layout.text), [view, layout.text]);
  const options = menu.items.map((item, i) => ({ index: i, text: item.label }));
  const choices = choiceLines(options, selected, layout.main - 2, menu.items.length + 2);
  // The log's full path, wrapped rather than cut: the player may need to type it.
  const saved = menu.saved.length > 0 ? wrapText(`Saved in ${menu.saved.join(' and ')}`, layout.main - 2) : [];
  const height = Math.max(1, layout.body - layout.compact - 1 - choices.length - saved.length);
  const top = clampTop(state.scroll ?? 0, doc.length, height);
  const content = overlay ? overlayContent(overlay, view, 'ending', layout.main - 2) : null;
  const overlayHeight = layout.body - layout.compact;
  const overlayTop = content ? clampTop(state.overlayScroll, content.lines.length, overlayHeight - 2) : 0;
  const mode = overlay === 'quit' ? 'confirm' : overlay ? 'overlay' : 'ending';
  useGameKeys(
    mode,
    { total: doc.length, height },
    { total: content?.lines.length ?? 0, height: overlayHeight - 2 },
    0,
    {
      count: menu.items.length,
      select: (delta) => setSelected((s) => (s + delta + menu.items.length) % menu.items.length),
      choose: (index) => {
        const item = menu.items[index ?? selected];
        if (item) menu.onChoose(item.id);
      },
    },
  );
  return (
    <GameFrame view={view} layout={layout} mode={mode} flash={state.flash} right="THE END">
      {content ? (
        <OverlayPanel
          title={content.title}
          lines={content.lines}
          top={overlayTop}
          width={layout.main}
          height={overlayHeight}
        />
      ) : (
        <>
          <StoryPane lines={doc} top={top} height={height} width={layout.main} />
          <Rule width={layout.main} label={scrollLabel(top, height, doc.length) ?? 'the end'} />
          <Box paddingLeft={1} flexShrink={0}>
            <Lines lines={choices} width={layout.main - 2} height={choices.length} />
          </Box>
          {saved.map((line, i) => (
            <Text key={String(i)} dimColor wrap="truncate-end">
              {` ${line}`}
            </Text>
          ))}
        </>
      )}
    </GameFrame>
  );
}
