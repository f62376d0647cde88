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
import { choiceLines, gameLayout, readOn, scrollLabel, storyWindow, tallestChoices } from '../layout.js';
import { overlayContent } from '../panels.js';
import { useGameActions, useGameState } from '../state/game-context.js';
import { clampTop } from '../state/game-reducer.js';
import { preludeLedgerOf, resumedPreface, tablesOf, transcriptLines } from '../transcript.js';

/**
 * The game: the story so far (scrollable), the options, the status, the keys. Reading comes
 * first: while text remains below, the story takes every row and Enter reads on; the options
 * appear under the end of the passage.
 */
export function GameScreen() {
  const { cols, rows } = useTerminalSize();
  const state = useGameState();
  const { view, transcript, overlay } = state;
  const layout = gameLayout(cols, rows);
  const preface = useMemo(
    () => resumedPreface(view.decisions.slice(0, state.resumedAfter), layout.text),
    [state.resumedAfter, layout.text, view.decisions],
  );
  const opening = useMemo(() => (transcript.length === 0 ? preludeLedgerOf(view) : ''), [transcript.length, view]);
  const tables = useMemo(() => tablesOf(view), [view]);
  const story = useMemo(
    () => transcriptLines(transcript, view.passage, layout.text, preface, opening, tables),
    [transcript, view.passage, layout.text, preface, opening, tables],
  );
  // Rows for the story, the rule under it and the options.
  const room = layout.body - layout.compact - 1;
  const choiceRows = Math.max(1, Math.floor(room / 2));
  const choices = choiceLines(view.choices, state.selected, layout.main - 2, choiceRows);
  // Reading is judged against the options at their tallest: the highlight never changes it.
  const options = useMemo(
    () => tallestChoices(view.choices, layout.main - 2, choiceRows),
    [view.choices, layout.main, choiceRows],
  );
  // The option waiting for its reason, and what the scenario asks.
  const memoChoice = state.memo === null ? undefined : view.choices[state.memo];
  const memo = memoChoice && view.memo ? { choice: memoChoice.text, request: view.memo } : null;
  const memoHeight = memo ? memoPromptHeight(memo.request, layout.main - 2, Math.max(4, Math.floor(room / 2))) : 0;
  const below = memo ? memoHeight : choices.length;
  const total = story.lines.length;
  const win = storyWindow(total, story.anchor, state.scroll, room, options, below, Boolean(memo));
  // The help lists the keys of the screen beneath it: reading or choosing.
  const content = overlay ? overlayContent(overlay, view, win.reading ? 'reading' : 'game', layout.main - 2) : null;
  const overlayHeight = room + 1;
  const overlayTop = content ? clampTop(state.overlayScroll, content.lines.length, overlayHeight - 2) : 0;
  const mode = overlay === 'quit' ? 'confirm' : overlay ? 'overlay' : memo ? 'memo' : win.reading ? 'reading' : 'game';
  const actions = useGameActions();
  useGameKeys(
    mode,
    { total, height: win.height, follow: win.top },
    { total: content?.lines.length ?? 0, height: overlayHeight - 2 },
    readOn(win, total, room, options),
  );
  const label = win.reading
    ? win.below > 0
      ? `↓${win.below} Enter: read on`
      : 'Enter: the options'
    : scrollLabel(win.top, win.height, total);
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
          <StoryPane lines={story.lines} top={win.top} height={win.height} width={layout.main} />
          <Rule width={layout.main} label={label} />
          {memo ? (
            <Box paddingLeft={1} flexShrink={0}>
              <MemoPrompt
                request={memo.request}
                choice={memo.choice}
                width={layout.main - 2}
                height={memoHeight}
                onSubmit={actions.decide}
              />
            </Box>
          ) : win.reading ? null : (
            <Box paddingLeft={1} flexShrink={0}>
              <Lines lines={choices} width={layout.main - 2} height={choices.length} />
            </Box>
          )}
        </>
      )}
    </GameFrame>
  );
}
