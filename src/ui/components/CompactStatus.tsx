import { Box, Text } from 'ink';
import { memo } from 'react';
import type { View } from '../../engine/session.js';
import { sanitize } from '../format.js';
import { useTheme } from '../hooks/theme.js';
import { compactStatusLines } from '../panels.js';
import { toneStyle } from '../theme.js';

interface Props {
  view: View;
  width: number;
}

/** Meters and tracks in two lines, above the story, for terminals too narrow for a panel. */
export const CompactStatus = memo(function CompactStatus({ view, width }: Props) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width} height={2} flexShrink={0}>
      {compactStatusLines(view, width - 1).map((segments, i) => (
        <Text key={i} wrap="truncate-end">
          {' '}
          {segments.map((s, j) => (
            <Text key={j} {...toneStyle(s.tone, theme)}>
              {sanitize(s.text)}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
});
