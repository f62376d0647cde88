import { Box } from 'ink';
import { useMemo } from 'react';
import { GameFrame } from '../components/GameFrame.js';
import { Lines } from '../components/Lines.js';
import { MemoPrompt, memoPromptHeight } from '../components/MemoPrompt.js';
import { OverlayPanel } from '../components/OverlayPanel.js';
import { Rule } from '../components/Rule.js';
import { StoryPane } from '../components/StoryPane.js';
import { useTerminalSize } from '../hooks/terminal-size.js';
import { useGameKeys } from '../hooks/use-game-keys.js';
import { choiceLines, gameLayout, scrollLabel } from '../layout.js';
import { overlayContent } from '../panels.js';
import { useGameActions, useGameState } from '../state/game-context.js';
import { clampTop } from '../state/game-reducer.js';
import { followTop, ledgerOf, resumedPreface, tablesOf, transcriptLines } from '../transcript.js';

/** The game: the story so far (scrollable), the options, the status, the keys. */
export function GameScreen() {
  const { cols, rows } = useTerminalSize();
  const state = useGameState();
  const { view, transcript, overlay } = state;
  const layout = gameLayout(cols, rows);
  const preface = useMemo(
    () => resumedPreface(view.decisions.slice(0, state.resumedAfter), layout.text),
    [state.resumedAfter, layout.text, view.decisions],
  );
  const ledger = useMemo(() => ledgerOf(view), [view]);
  const tables = useMemo(() => tablesOf(view), [view]);
  const story = useMemo(
    () => transcriptLines(transcript, view.passage, layout.text, preface, ledger, tables),
    [transcript, view.passage, layout.text, preface, ledger, tables],
  );
  // Rows for the story, the rule under it and the options.
  const room = layout.body - layout.compact - 1;
  const choices = choiceLines(view.choices, state.selected, layout.main - 2, Math.max(1, Math.floor(room / 2)));
  const { memo } = state;
  const memoHeight = memo ? memoPromptHeight(memo.request, layout.main - 2, Math.max(4, Math.floor(room / 2))) : 0;
  const storyHeight = Math.max(1, room - (memo ? memoHeight : choices.length));
  const total = story.lines.length;
  const top = clampTop(state.scroll ?? followTop(total, story.anchor, storyHeight), total, storyHeight);
  const content = overlay ? overlayContent(overlay, view, 'game', layout.main - 2) : null;
  const overlayHeight = room + 1;
  const overlayTop = content ? clampTop(state.overlayScroll, content.lines.length, overlayHeight - 2) : 0;
  const mode = overlay === 'quit' ? 'confirm' : overlay ? 'overlay' : memo ? 'memo' : 'game';
  const actions = useGameActions();
  useGameKeys(
    mode,
    { total, height: storyHeight, follow: followTop(total, story.anchor, storyHeight) },
    { total: content?.lines.length ?? 0, height: overlayHeight - 2 },
  );
  return (
    <GameFrame view={view} layout={layout} mode={mode} flash={state.flash}>
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
          <StoryPane lines={story.lines} top={top} height={storyHeight} width={layout.main} />
          <Rule width={layout.main} label={scrollLabel(top, storyHeight, total)} />
          <Box paddingLeft={1} flexShrink={0}>
            {memo ? (
              <MemoPrompt
                request={memo.request}
                choice={memo.choice}
                width={layout.main - 2}
                height={memoHeight}
                onSubmit={actions.decide}
              />
            ) : (
              <Lines lines={choices} width={layout.main - 2} height={choices.length} />
            )}
          </Box>
        </>
      )}
    </GameFrame>
  );
}
