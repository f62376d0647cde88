import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { sanitize, truncate, wrapHanging } from '../format.js';
import { useTheme } from '../hooks/theme.js';
import { useCommands } from '../hooks/use-commands.js';
import { MENU_DETAIL_INDENT } from '../layout.js';
import { toneStyle } from '../theme.js';

export interface MenuItem {
  label: string;
  /** A line under the label: what the option means. */
  detail?: string;
  /** Shown, but skipped by the highlight and not chosen. */
  disabled?: boolean;
}

interface Props {
  items: readonly MenuItem[];
  width: number;
  onChoose(index: number): void;
  /** `title` on the first screen (q quits), `menu` after it (q goes back). */
  mode?: 'title' | 'menu';
  /** q or Esc: go back, or quit on the title screen. */
  onBack(): void;
  /** `?` */
  onHelp?(): void;
  /** Whether this menu takes keys (false while something covers it). */
  isActive?: boolean;
  /** Leaves out the details, for short terminals. */
  compact?: boolean;
  /** The item highlighted first (when enabled); the first enabled item otherwise. */
  initial?: number;
}

/** A vertical list: arrows move, Enter or a digit chooses, q goes back. */
export function Menu({
  items,
  width,
  mode = 'menu',
  onChoose,
  onBack,
  onHelp,
  isActive = true,
  compact = false,
  initial,
}: Props) {
  const theme = useTheme();
  const enabled = items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);
  const [selected, setSelectedState] = useState(
    initial !== undefined && enabled.includes(initial) ? initial : (enabled[0] ?? 0),
  );
  // Ahead of the render: Down then Enter may arrive before React draws the highlight.
  const live = useRef(selected);
  const setSelected = (i: number) => {
    live.current = i;
    setSelectedState(i);
  };
  const move = (delta: number) => {
    const at = enabled.indexOf(live.current);
    const next = enabled[(((at + delta) % enabled.length) + enabled.length) % enabled.length];
    if (next !== undefined) setSelected(next);
  };
  useCommands(
    mode,
    ({ command, index }) => {
      const current = live.current;
      if (command === 'prev') move(-1);
      else if (command === 'next') move(1);
      else if (command === 'choose' && !items[current]?.disabled) onChoose(current);
      else if (command === 'pick' && index !== undefined && items[index] && !items[index].disabled) onChoose(index);
      else if (command === 'quit' || command === 'back') onBack();
      else if (command === 'help') onHelp?.();
    },
    isActive,
  );
  return (
    <Box flexDirection="column" width={width}>
      {items.map((item, i) => {
        const on = i === selected;
        const style = item.disabled ? toneStyle('dim', theme) : toneStyle(on ? 'selected' : 'text', theme);
        return (
          <Box key={item.label} flexDirection="column" flexShrink={0} marginBottom={item.detail && !compact ? 1 : 0}>
            <Text wrap="truncate-end" {...style}>
              {truncate(`${on ? '›' : ' '} ${i + 1}) ${sanitize(item.label)}`, width)}
            </Text>
            {item.detail && !compact
              ? wrapHanging(MENU_DETAIL_INDENT, sanitize(item.detail), width).map((line) => (
                  <Text key={line} wrap="truncate-end" dimColor>
                    {line}
                  </Text>
                ))
              : null}
          </Box>
        );
      })}
    </Box>
  );
}
