import { Box, Text } from 'ink';
import type { View } from '../../engine/session.js';
import { formatMetersLine, formatMonth, formatTracksLine } from '../format.js';

interface Props {
  view: View;
}

/** Turn, month, meters with the last change, and the three tracks. */
export function StatusLine({ view }: Props) {
  return (
    <Box flexDirection="column" borderStyle="single" paddingX={1}>
      <Text>
        Turn {view.turn} · {formatMonth(view.month)} · {formatMetersLine(view.meters, view.delta)}
      </Text>
      <Text dimColor>{formatTracksLine(view.tracks)}</Text>
    </Box>
  );
}
