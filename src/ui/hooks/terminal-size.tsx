import { useStdout } from 'ink';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

export interface TerminalSize {
  cols: number;
  rows: number;
}

/** Size used when the output stream does not say (a test stream, a pipe). */
export const DEFAULT_SIZE: TerminalSize = { cols: 80, rows: 24 };

const SizeContext = createContext<TerminalSize | null>(null);

const CLEAR_SCREEN = '\u001B[2J\u001B[H';

interface Props {
  /**
   * Whether the app owns the whole screen (the alternate screen): then a resize clears it, so
   * the next frame is drawn on a clean screen instead of over the reflowed old one.
   */
  fullScreen?: boolean;
  children: ReactNode;
}

/** Publishes the terminal's columns and rows, and follows resizes. */
export function TerminalSizeProvider({ fullScreen = false, children }: Props) {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({
    cols: stdout.columns || DEFAULT_SIZE.cols,
    rows: stdout.rows || DEFAULT_SIZE.rows,
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => {
      const next = { cols: stdout.columns || DEFAULT_SIZE.cols, rows: stdout.rows || DEFAULT_SIZE.rows };
      setSize((prev) => {
        if (prev.cols === next.cols && prev.rows === next.rows) return prev;
        if (fullScreen) stdout.write(CLEAR_SCREEN);
        return next;
      });
    };
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fullScreen]);
  return <SizeContext.Provider value={size}>{children}</SizeContext.Provider>;
}

export function useTerminalSize(): TerminalSize {
  const size = useContext(SizeContext);
  if (!size) throw new Error('useTerminalSize must be used inside <TerminalSizeProvider>');
  return size;
}

/** Gives the screens below fewer rows than the terminal has (a bar above them takes the rest). */
export function TerminalRowsLess({ rows, children }: { rows: number; children: ReactNode }) {
  const size = useTerminalSize();
  return <SizeContext.Provider value={{ cols: size.cols, rows: size.rows - rows }}>{children}</SizeContext.Provider>;
}
