import { Box } from 'ink';
import type { StyledLine } from '../theme.js';
import { Lines } from './Lines.js';

interface Props {
  /** Every line of the story so far (see transcript.ts). */
  lines: readonly StyledLine[];
  /** The first line shown. */
  top: number;
  height: number;
  width: number;
}

/** A window on the story: only the visible lines are drawn, however long the game. */
export function StoryPane({ lines, top, height, width }: Props) {
  return (
    <Box paddingLeft={1} width={width} height={height} flexShrink={0}>
      <Lines lines={lines.slice(top, top + height)} width={width - 1} height={height} />
    </Box>
  );
}
