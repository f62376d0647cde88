import { Box, Text, useApp, useInput } from 'ink';
import type { GameSession } from '../engine/session.js';
import { Choices } from './components/Choices.js';
import { PassageText } from './components/PassageText.js';
import { StatusLine } from './components/StatusLine.js';
import { sanitize } from './format.js';
import { useGame } from './hooks/use-game.js';

interface Props {
  session: GameSession;
  onDecision?(session: GameSession): void;
}

/** The game screen: passage, choices, status. */
export function App({ session, onDecision }: Props) {
  const { view, choose, undo } = useGame(session, onDecision);
  const { exit } = useApp();
  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) exit();
    else if (input === 'u' && view.canUndo) undo();
  });
  return (
    <Box flexDirection="column">
      <PassageText passage={view.passage} />
      <Box marginTop={1}>
        {view.ended ? (
          <Text bold>
            {view.ending ? `Ending: ${sanitize(view.ending.title)}  (${view.ending.id})` : 'The story has ended.'}
            {'  '}Press q to quit.
          </Text>
        ) : (
          <Choices key={view.decisions.length} options={view.choices.map((c) => c.text)} onChoose={choose} />
        )}
      </Box>
      <StatusLine view={view} />
    </Box>
  );
}
