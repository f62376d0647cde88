import { useInput, useStdin } from 'ink';
import { useRef } from 'react';
import { type Command, type Mode, matchesCommand, type ResolvedKey, resolveKey } from '../keys.js';

/**
 * Listens for keys and hands the commands they give in `mode` to `handler`. Ctrl+C is left
 * to the root (see App), so screens never see `interrupt`. Input is only read when the
 * terminal supports raw mode.
 */
export function useCommands(mode: Mode, handler: (key: ResolvedKey) => void, isActive = true): void {
  const { isRawModeSupported } = useStdin();
  const latest = useRef(handler);
  latest.current = handler;
  useInput(
    (input, key) => {
      const resolved = resolveKey(input, key, mode);
      if (resolved && resolved.command !== 'interrupt') latest.current(resolved);
    },
    { isActive: isActive && isRawModeSupported },
  );
}

/** Listens for one command in every mode (the root's Ctrl+C). */
export function useCommand(command: Command, handler: () => void): void {
  const { isRawModeSupported } = useStdin();
  const latest = useRef(handler);
  latest.current = handler;
  useInput(
    (input, key) => {
      if (matchesCommand(command, input, key)) latest.current();
    },
    { isActive: isRawModeSupported },
  );
}
