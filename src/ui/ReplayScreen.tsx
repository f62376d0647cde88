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

/** Lines the screen keeps for everything but the passage (title, options, meters, help). */
const CHROME_ROWS = 12;

function PassageLines({ passage, rows }: { passage: Passage; rows: number }) {
  const lines = [...passage.lines.map((l) => sanitize(l.text)), ...passage.notes.map((n) => `[note] ${sanitize(n)}`)];
  // Keep the frame shorter than the terminal: Ink redraws everything when it is taller.
  const shown = lines.length > rows ? ['…', ...lines.slice(lines.length - rows + 1)] : lines;
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}

function StepPage({ step, total, rows }: { step: ReplayStep; total: number; rows: number }) {
  const when = [step.turn ? `Turn ${step.turn}` : '', formatMonth(step.month)].filter(Boolean).join(' · ');
  return (
    <Box flexDirection="column">
      <Text bold>
        Decision {step.step} of {total}
        {when ? ` · ${when}` : ''}
      </Text>
      <PassageLines passage={step.passage} rows={rows} />
      <Box flexDirection="column" marginTop={1}>
        {step.options.map((text, i) => (
          <Text key={i} bold={i === step.chosen} dimColor={i !== step.chosen}>
            {i === step.chosen ? '›' : ' '} {i + 1}) {sanitize(text)}
            {i === step.chosen ? '  (chosen)' : ''}
          </Text>
        ))}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text>{formatMeterChange(step.before, step.after)}</Text>
        {formatTrackChanges(step.tracksBefore, step.tracksAfter).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Box>
    </Box>
  );
}

function LastPage({ transcript, rows }: { transcript: ReplayTranscript; rows: number }) {
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
      <PassageLines passage={final.passage} rows={rows} />
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
  const rows = Math.max(3, (stdout.rows || 24) - CHROME_ROWS);
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
        <StepPage step={step} total={transcript.total} rows={rows} />
      ) : (
        <LastPage transcript={transcript} rows={rows} />
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
