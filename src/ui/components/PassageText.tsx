import { Box, Text } from 'ink';
import type { Passage } from '../../engine/session.js';
import { sanitize } from '../format.js';

interface Props {
  passage: Passage;
}

/** The story text of one passage; debrief questions are marked so they stand out. */
export function PassageText({ passage }: Props) {
  return (
    <Box flexDirection="column">
      {passage.lines.map((line, i) => (
        <Text key={`${i}-${line.text}`} italic={line.kind === 'history'}>
          {line.kind === 'question' ? '? ' : ''}
          {sanitize(line.text)}
        </Text>
      ))}
    </Box>
  );
}
