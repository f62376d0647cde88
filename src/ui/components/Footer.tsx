import { Text } from 'ink';
import { sanitize, truncate } from '../format.js';
import { useTheme } from '../hooks/theme.js';
import { type FooterItem, footerLine } from '../keys.js';
import type { Flash } from '../state/game-reducer.js';
import { toneStyle } from '../theme.js';

interface Props {
  /** The keys that work here, from the key table. */
  items: readonly FooterItem[];
  /** A message shown instead of the keys until the next key. */
  flash?: Flash | null;
  width: number;
}

/** The bottom line: the keys of this screen, or a message. */
export function Footer({ items, flash, width }: Props) {
  const theme = useTheme();
  if (flash) {
    return (
      <Text wrap="truncate-end" {...toneStyle(flash.tone === 'error' ? 'error' : 'heading', theme)}>
        {truncate(` ${sanitize(flash.text)}`, width)}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end" dimColor>
      {` ${footerLine(items, width - 2)}`}
    </Text>
  );
}
