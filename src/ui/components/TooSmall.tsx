import { Box, Text } from 'ink';
import { frameHeight, MIN_COLS, MIN_ROWS } from '../layout.js';

interface Props {
  cols: number;
  rows: number;
}

/** Below this the three-part message cannot fit, so it is said in one sentence. */
const COMPACT_ROWS = 9;
const COMPACT_COLS = 40;

/** Asks for a larger window; the game underneath waits and comes back when there is room. */
export function TooSmall({ cols, rows }: Props) {
  if (rows < COMPACT_ROWS || cols < COMPACT_COLS) {
    return (
      <Box width={cols} height={frameHeight(rows)} overflowY="hidden">
        <Text wrap="wrap">
          <Text bold>Make the window larger:</Text> {cols}×{rows}, needs {MIN_COLS}×{MIN_ROWS}. Ctrl+C saves and quits.
        </Text>
      </Box>
    );
  }
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
