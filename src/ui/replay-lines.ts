/**
 * The replay screen's pages as lines: for a decision, the passage the player read, then the
 * options (the one taken marked) and what the choice changed; the last page shows where the
 * game ends, or where the log and the story part ways. Pure, so pages can be measured.
 */
import type { ReplayStep, ReplayTranscript } from '../engine/replay-steps.js';
import type { Passage } from '../engine/session.js';
import { formatMonth, sanitize, truncate, wrapHanging, wrapText } from './format.js';
import { formatMeterChange, formatTrackChanges } from './replay-format.js';
import type { StyledLine, Tone } from './theme.js';

export interface ReplayPage {
  heading: string;
  /** The passage, scrolled in the pane. */
  passage: StyledLine[];
  /** Under the passage: options and changes, or how the game ends. */
  below: StyledLine[];
}

const lines = (text: string, width: number, tone: Tone, prefix = ''): StyledLine[] =>
  (prefix ? wrapHanging(prefix, sanitize(text), width) : wrapText(sanitize(text), width)).map((t) => ({
    text: t,
    tone,
  }));

function passageLines(passage: Passage, width: number): StyledLine[] {
  return [
    ...passage.lines.flatMap((l) =>
      lines(l.text, width, l.kind === 'history' ? 'history' : l.kind === 'question' ? 'question' : 'text'),
    ),
    ...passage.notes.flatMap((n) => lines(n, width, 'note', '[note] ')),
  ];
}

function stepPage(step: ReplayStep, transcript: ReplayTranscript, width: number, maxBelow: number): ReplayPage {
  const { total, labels } = transcript;
  const when = [step.turn ? `Turn ${step.turn}` : '', formatMonth(step.month)].filter(Boolean).join(' · ');
  const option = (text: string, i: number) => {
    const chosen = i === step.chosen;
    return { prefix: `${chosen ? '›' : ' '} ${i + 1}) `, text: sanitize(text) + (chosen ? '  (chosen)' : ''), chosen };
  };
  const changes = [
    ...lines(formatMeterChange(step.before, step.after, transcript.capitalLabel), width, 'text'),
    ...formatTrackChanges(labels, step.tracksBefore, step.tracksAfter).flatMap((t) => lines(t, width, 'text')),
  ];
  const full = step.options
    .map(option)
    .flatMap((o) =>
      wrapHanging(o.prefix, o.text, width).map((text) => ({ text, tone: (o.chosen ? 'selected' : 'dim') as Tone })),
    );
  // Options one line each when they would crowd out the passage.
  const options =
    full.length + 1 + changes.length <= maxBelow
      ? full
      : step.options
          .map(option)
          .map((o) => ({ text: truncate(o.prefix + o.text, width), tone: (o.chosen ? 'selected' : 'dim') as Tone }));
  const reason = step.reason ? lines(step.reason, width, 'note', 'Reason: ') : [];
  return {
    heading: `Decision ${step.step} of ${total}${when ? ` · ${when}` : ''}`,
    passage: passageLines(step.passage, width),
    below: [...options, ...reason, { text: '', tone: 'text' }, ...changes],
  };
}

function lastPage(transcript: ReplayTranscript, width: number): ReplayPage {
  const { divergence, final } = transcript;
  if (divergence) {
    return {
      heading: `Decision ${divergence.step}: the log and the story part ways`,
      passage: lines(divergence.reason, width, 'error'),
      below: [],
    };
  }
  const n = transcript.steps.length;
  const heading = n ? `After decision ${n}` : 'Before the first decision';
  if (!final) return { heading, passage: [], below: [] };
  const end = final.ended
    ? final.ending
      ? `Ending: ${sanitize(final.ending.title)}`
      : 'The story ended.'
    : `Unfinished: ${final.options.length} options wait (mandate resume continues it).`;
  return { heading, passage: passageLines(final.passage, width), below: lines(end, width, 'heading') };
}

/** Page `index` (0-based; the last page follows the last decision). */
export function replayPage(transcript: ReplayTranscript, index: number, width: number, maxBelow: number): ReplayPage {
  const step = transcript.steps[index];
  return step ? stepPage(step, transcript, width, maxBelow) : lastPage(transcript, width);
}
