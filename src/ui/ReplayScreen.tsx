/**
 * The replay screen: one decision of a saved game at a time, forward and back. Shows the
 * passage the player read, the options (the one taken marked), the meters before → after and
 * the tracks moved; the last page shows the ending, or where the log parts from the story.
 */
import { Box, render, Text, useApp, useInput, useStdin, useStdout } from 'ink';
import { useState } from 'react';
import type { ReplayStep, ReplayTranscript } from '../engine/replay-steps.js';
import type { Passage } from '../engine/session.js';
import { formatMonth, sanitize } from './format.js';
import { formatMeterChange, formatTrackChanges } from './replay-format.js';

export interface ReplayScreenProps {
  transcript: ReplayTranscript;
  /** First line: which file, who played. */
  title: string;
  /** 1-based decision to open at (default 1). */
  at?: number;
}

/** Rows a line takes once wrapped at `cols` (Ink wraps at word breaks: a little more, at worst). */
const rowsOf = (text: string, cols: number) => Math.max(1, Math.ceil((text.length + 1) / Math.max(cols - 4, 10)));

/**
 * The end of the passage, as much as fits in `rows` rows: the lines just before the decision
 * matter most. The frame must stay shorter than the terminal, or Ink redraws it all.
 */
function PassageLines({ passage, rows, cols }: { passage: Passage; rows: number; cols: number }) {
  const lines = [...passage.lines.map((l) => sanitize(l.text)), ...passage.notes.map((n) => `[note] ${sanitize(n)}`)];
  const shown: string[] = [];
  let used = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const need = rowsOf(lines[i]!, cols);
    if (used + need > rows - (i > 0 ? 1 : 0)) {
      shown.unshift('…');
      break;
    }
    shown.unshift(lines[i]!);
    used += need;
  }
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}

interface PageSize {
  /** Rows free for the page (the title and the key help are already counted). */
  rows: number;
  cols: number;
}

function StepPage({ step, total, rows, cols }: { step: ReplayStep; total: number } & PageSize) {
  const when = [step.turn ? `Turn ${step.turn}` : '', formatMonth(step.month)].filter(Boolean).join(' · ');
  const meters = formatMeterChange(step.before, step.after);
  const tracks = formatTrackChanges(step.tracksBefore, step.tracksAfter);
  const below = [...step.options.map((o) => `  1) ${o}  (chosen)`), meters, ...tracks];
  const passageRows = rows - 3 - below.reduce((n, line) => n + rowsOf(line, cols), 0);
  return (
    <Box flexDirection="column">
      <Text bold>
        Decision {step.step} of {total}
        {when ? ` · ${when}` : ''}
      </Text>
      <PassageLines passage={step.passage} rows={passageRows} cols={cols} />
      <Box flexDirection="column" marginTop={1}>
        {step.options.map((text, i) => (
          <Text key={i} bold={i === step.chosen} dimColor={i !== step.chosen}>
            {i === step.chosen ? '›' : ' '} {i + 1}) {sanitize(text)}
            {i === step.chosen ? '  (chosen)' : ''}
          </Text>
        ))}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text>{meters}</Text>
        {tracks.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Box>
    </Box>
  );
}

function LastPage({ transcript, rows, cols }: { transcript: ReplayTranscript } & PageSize) {
  const { divergence, final } = transcript;
  if (divergence) {
    return (
      <Box flexDirection="column">
        <Text bold>Decision {divergence.step}: the log and the story part ways</Text>
        <Text>{divergence.reason}</Text>
      </Box>
    );
  }
  if (!final) return null;
  return (
    <Box flexDirection="column">
      <Text bold>
        {transcript.steps.length ? `After decision ${transcript.steps.length}` : 'Before the first decision'}
      </Text>
      <PassageLines passage={final.passage} rows={rows - 3} cols={cols} />
      <Box marginTop={1}>
        <Text bold>
          {final.ended
            ? final.ending
              ? `Ending: ${sanitize(final.ending.title)} (${final.ending.id})`
              : 'The story ended.'
            : `Unfinished: ${final.options.length} options wait (mandate resume continues it).`}
        </Text>
      </Box>
    </Box>
  );
}

export function ReplayScreen({ transcript, title, at = 1 }: ReplayScreenProps) {
  const pages = transcript.steps.length + 1;
  const [page, setPage] = useState(() => Math.min(Math.max(at, 1), pages) - 1);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { stdout } = useStdout();
  // Title, blank line and key help take three rows; one more is kept free for the cursor.
  const size = { rows: Math.max(3, (stdout.rows || 24) - 4), cols: stdout.columns || 80 };
  useInput(
    (input, key) => {
      if (input === 'q' || key.escape || (key.ctrl && input === 'c')) exit();
      else if (key.rightArrow || input === 'j' || input === 'l') setPage((p) => Math.min(p + 1, pages - 1));
      else if (key.leftArrow || input === 'k' || input === 'h') setPage((p) => Math.max(p - 1, 0));
    },
    { isActive: isRawModeSupported },
  );
  const step = transcript.steps[page];
  return (
    <Box flexDirection="column">
      <Text dimColor>{title}</Text>
      {step ? (
        <StepPage step={step} total={transcript.total} {...size} />
      ) : (
        <LastPage transcript={transcript} {...size} />
      )}
      <Box marginTop={1}>
        <Text dimColor>←/→ or j/k: step · q: quit</Text>
      </Box>
    </Box>
  );
}

/** Shows the replay screen until the player quits. */
export async function runReplayUI(props: ReplayScreenProps): Promise<void> {
  const instance = render(<ReplayScreen {...props} />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
}
