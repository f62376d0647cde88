import { Box } from 'ink';
import { memo } from 'react';
import type { View } from '../../engine/session.js';
import { statusLines } from '../panels.js';
import { Lines } from './Lines.js';

interface Props {
  view: View;
  width: number;
  height: number;
}

/** The panel beside the story: meters as bars with the last change, and the three tracks. */
export const StatusPanel = memo(function StatusPanel({ view, width, height }: Props) {
  const inner = Math.max(1, width - 4);
  const rows = Math.max(1, height - 2);
  return (
    <Box borderStyle="round" borderDimColor paddingX={1} width={width} height={height} flexShrink={0}>
      <Lines lines={statusLines(view, inner, rows)} width={inner} height={rows} />
    </Box>
  );
});
