import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { cleanReason, type MemoRequest } from '../../engine/memo.js';
import { sanitize, truncate, wrapText } from '../format.js';
import { useTheme } from '../hooks/theme.js';
import { toneStyle } from '../theme.js';

interface Props {
  /** What the scenario asks, and whether it waits for an answer. */
  request: MemoRequest;
  /** The option the player picked, shown above the question. */
  choice: string;
  width: number;
  /** Rows the prompt may take (at least 4). */
  height: number;
  /** The reason as typed (cleaned by the caller's rules); '' for a skipped optional memo. */
  onSubmit(reason: string): void;
}

/** Rows the prompt takes at `width` within `height`: the option, the question, the input, a hint. */
export function memoPromptHeight(request: MemoRequest, width: number, height: number): number {
  return Math.min(height, 1 + wrapText(sanitize(request.prompt), width).length + 3);
}

/**
 * The memo: after picking an option, the player writes why, in a text field (@inkjs/ui's
 * TextInput, whose state is a reducer, so keys typed faster than the screen redraws all count).
 * Enter decides; Esc (handled by the screen's keys) goes back to the options. A required memo
 * does not take an empty answer. Long text keeps its last lines in view.
 */
export function MemoPrompt({ request, choice, width, height, onSubmit }: Props) {
  const theme = useTheme();
  const [nudge, setNudge] = useState(false);
  const question = wrapText(sanitize(request.prompt), width);
  // The keys themselves are in the footer; this line only says what the footer cannot.
  const hint = nudge
    ? 'A reason is needed before the game goes on.'
    : request.required
      ? ''
      : 'An empty answer skips the reason.';
  const inputRows = Math.max(1, height - 1 - question.length - (hint ? 1 : 0));
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      <Text wrap="truncate-end" {...toneStyle('selected', theme)}>
        {truncate(`› ${sanitize(choice)}`, width)}
      </Text>
      {question.map((line, i) => (
        <Text key={i} wrap="truncate-end" {...toneStyle('heading', theme)}>
          {line}
        </Text>
      ))}
      {/* Long text keeps its last lines, where the cursor is, in view. */}
      <Box height={inputRows} overflowY="hidden" flexDirection="column" justifyContent="flex-end">
        <Box flexShrink={0}>
          <Text>
            {'> '}
            <TextInput
              placeholder={request.required ? 'your reason' : 'your reason (optional)'}
              onChange={() => setNudge(false)}
              onSubmit={(typed) => {
                const reason = cleanReason(typed);
                if (request.required && !reason) setNudge(true);
                else onSubmit(reason);
              }}
            />
          </Text>
        </Box>
      </Box>
      {hint ? (
        <Text wrap="truncate-end" {...toneStyle(nudge ? 'warn' : 'dim', theme)}>
          {truncate(hint, width)}
        </Text>
      ) : null}
    </Box>
  );
}
