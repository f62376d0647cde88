import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { sanitize } from '../format.js';

interface Props {
  /** Option texts, in order. */
  options: readonly string[];
  onChoose(index: number): void;
  /** Whether this list takes keys (false while an overlay is open). */
  isActive?: boolean;
}

/** Numbered options: arrows move, Enter takes the highlighted one, a digit takes that one. */
export function Choices({ options, onChoose, isActive = true }: Props) {
  const [selected, setSelected] = useState(0);
  const current = Math.min(selected, options.length - 1);
  useInput(
    (input, key) => {
      if (key.upArrow) setSelected((s) => (s - 1 + options.length) % options.length);
      else if (key.downArrow) setSelected((s) => (s + 1) % options.length);
      else if (key.return) {
        setSelected(0);
        onChoose(current);
      } else if (/^[1-9]$/.test(input) && Number(input) <= options.length) {
        setSelected(0);
        onChoose(Number(input) - 1);
      }
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      {options.map((text, i) => (
        <Text key={`${i}-${text}`} color={i === current ? 'cyan' : undefined} bold={i === current}>
          {i === current ? '›' : ' '} {i + 1}) {sanitize(text)}
        </Text>
      ))}
    </Box>
  );
}
