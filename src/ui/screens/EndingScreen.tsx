import { useMemo } from 'react';
import { GameFrame } from '../components/GameFrame.js';
import { OverlayPanel } from '../components/OverlayPanel.js';
import { Rule } from '../components/Rule.js';
import { StoryPane } from '../components/StoryPane.js';
import { useTerminalSize } from '../hooks/terminal-size.js';
import { useGameKeys } from '../hooks/use-game-keys.js';
import { gameLayout, scrollLabel } from '../layout.js';
import { overlayContent } from '../panels.js';
import { useGameState } from '../state/game-context.js';
import { clampTop } from '../state/game-reducer.js';
import { endingLines } from '../transcript.js';

/** The ending: its debrief, charts of the meters by turn, and every decision with its cost. */
export function EndingScreen() {
  const { cols, rows } = useTerminalSize();
  const state = useGameState();
  const { view, overlay } = state;
  const layout = gameLayout(cols, rows);
  const doc = useMemo(() => endingLines(view, layout.text), [view, layout.text]);
  const height = layout.body - layout.compact - 1;
  const top = clampTop(state.scroll ?? 0, doc.length, height);
  const content = overlay ? overlayContent(overlay, view, 'ending', layout.main - 2) : null;
  const overlayHeight = height + 1;
  const overlayTop = content ? clampTop(state.overlayScroll, content.lines.length, overlayHeight - 2) : 0;
  const mode = overlay === 'quit' ? 'confirm' : overlay ? 'overlay' : 'ending';
  useGameKeys(mode, { total: doc.length, height }, { total: content?.lines.length ?? 0, height: overlayHeight - 2 });
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
        </>
      )}
    </GameFrame>
  );
}
