import type { ReactNode } from 'react';
import { useTerminalSize } from '../hooks/terminal-size.js';
import { isTooSmall } from '../layout.js';
import { TooSmall } from './TooSmall.js';

interface Props {
  children: ReactNode;
}

/** Draws its children when the terminal is large enough, and asks for room when it is not. */
export function SizeGate({ children }: Props) {
  const { cols, rows } = useTerminalSize();
  return isTooSmall(cols, rows) ? <TooSmall cols={cols} rows={rows} /> : children;
}
