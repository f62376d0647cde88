import { Box, Text } from 'ink';
import { memo } from 'react';
import { sanitize } from '../format.js';
import { useTheme } from '../hooks/theme.js';
import { type StyledLine, toneStyle } from '../theme.js';

interface Props {
  /** Lines already wrapped to `width`; anything longer is cut, never re-wrapped. */
  lines: readonly StyledLine[];
  width: number;
  /** Rows to fill; missing lines are left blank so the layout below does not move. */
  height?: number;
}

/** A block of pre-wrapped lines, one Ink Text per line. */
export const Lines = memo(function Lines({ lines, width, height }: Props) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      {(height === undefined ? lines : lines.slice(0, height)).map((line, i) => (
        <Text key={i} wrap="truncate-end" {...toneStyle(line.tone, theme)}>
          {sanitize(line.text) || ' '}
        </Text>
      ))}
    </Box>
  );
});
