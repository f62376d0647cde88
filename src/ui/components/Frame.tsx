import { Box } from 'ink';
import type { ReactNode } from 'react';

interface Props {
  width: number;
  /** Rows of the whole frame (see layout.frameHeight). */
  height: number;
  header: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}

/** A full-screen frame: header line, body, footer line; nothing outside `width` × `height`. */
export function Frame({ width, height, header, footer, children }: Props) {
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Box height={1} flexShrink={0}>
        {header}
      </Box>
      <Box flexGrow={1} flexDirection="column" overflowY="hidden">
        {children}
      </Box>
      <Box height={1} flexShrink={0}>
        {footer}
      </Box>
    </Box>
  );
}
