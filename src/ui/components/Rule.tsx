import { Text } from 'ink';
import { textWidth } from '../format.js';

interface Props {
  width: number;
  /** Words set into the rule's right end, such as how much there is to scroll. */
  label?: string;
}

/** A horizontal line across the column. */
export function Rule({ width, label }: Props) {
  const text = label ? ` ${label} ` : '';
  const left = Math.max(0, width - textWidth(text) - 2);
  return (
    <Text dimColor wrap="truncate-end">
      {`${'─'.repeat(left)}${text}${'─'.repeat(Math.max(0, width - left - textWidth(text)))}`}
    </Text>
  );
}
