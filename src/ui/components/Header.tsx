import { Text } from 'ink';
import { sanitize, textWidth, truncate } from '../format.js';

interface Props {
  /** Text on the left: the game and where the player is. */
  left: string;
  /** Text on the right, dropped first when the line is short. */
  right?: string;
  width: number;
}

/** The top line, in reverse video so it reads as a bar without colour. */
export function Header({ left: rawLeft, right: rawRight = '', width }: Props) {
  // The story's title and role names came from a file: cleaned before anything is measured.
  const [left, right] = [sanitize(rawLeft), sanitize(rawRight)];
  const room = width - textWidth(left) - textWidth(right) - 2;
  const line = room >= 1 ? ` ${left}${' '.repeat(room)}${right} ` : ` ${truncate(left, width - 2)} `;
  return (
    <Text inverse bold wrap="truncate-end">
      {line.padEnd(width)}
    </Text>
  );
}
