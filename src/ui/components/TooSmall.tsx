import { Box, Text } from 'ink';
import { frameHeight, MIN_COLS, MIN_ROWS } from '../layout.js';

interface Props {
  cols: number;
  rows: number;
}

/** Asks for a larger window; the game underneath waits and comes back when there is room. */
export function TooSmall({ cols, rows }: Props) {
  return (
    <Box
      flexDirection="column"
      width={cols}
      height={frameHeight(rows)}
      overflowY="hidden"
      justifyContent="center"
      alignItems="center"
    >
      <Text bold wrap="wrap">
        Please make this window larger.
      </Text>
      <Text wrap="wrap">
        Mandate needs {MIN_COLS}×{MIN_ROWS}; this one is {cols}×{rows}.
      </Text>
      <Text dimColor wrap="wrap">
        The game resumes when it fits. Ctrl+C saves and quits.
      </Text>
    </Box>
  );
}
