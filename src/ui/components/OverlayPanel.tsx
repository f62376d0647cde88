import { Box, Text } from 'ink';
import { sanitize } from '../format.js';
import { scrollLabel } from '../layout.js';
import type { StyledLine } from '../theme.js';
import { Lines } from './Lines.js';
import { Rule } from './Rule.js';

interface Props {
  title: string;
  lines: readonly StyledLine[];
  /** The first line shown. */
  top: number;
  width: number;
  height: number;
}

/** A titled panel that covers the story and the choices: help, history, notes, quit. */
export function OverlayPanel({ title, lines, top, width, height }: Props) {
  const inner = Math.max(1, height - 2);
  const more = scrollLabel(top, inner, lines.length);
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      <Text bold wrap="truncate-end">
        {` ${sanitize(title)}`}
      </Text>
      <Rule width={width} label={more} />
      <Box paddingLeft={1}>
        <Lines lines={lines.slice(top, top + inner)} width={width - 2} height={inner} />
      </Box>
    </Box>
  );
}
