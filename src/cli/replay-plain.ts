/**
 * The plain transcript of a replayed log (`mandate replay --plain`, and whenever stdout is not
 * a terminal): a header naming the game, then every decision with the passage read, the
 * options (the one taken marked), the meters before → after and the tracks moved, then the
 * ending or where the game stands. Text only, so it pipes, prints and reads aloud.
 */
import type { DecisionLog } from '../engine/log.js';
import type { ReplayStep, ReplayTranscript } from '../engine/replay-steps.js';
import type { Passage } from '../engine/session.js';
import type { StoryLabels } from '../engine/story/labels.js';
import { formatMonth, sanitize } from '../ui/format.js';
import { formatMeterChange, formatTrackChanges } from '../ui/replay-format.js';
import { resumeCommand } from './game-handle.js';
import { describeDivergence } from './log-file.js';
import { builtInStorySource, type StorySource } from './story-source.js';

function passageLines(passage: Passage): string[] {
  const out = passage.lines.map((l) => (l.kind === 'question' ? `  ? ${sanitize(l.text)}` : sanitize(l.text)));
  for (const note of passage.notes) out.push(`  [note] ${sanitize(note)}`);
  return out;
}

function heading(text: string): string {
  return `── ${text} ──`;
}

/** Who played what: `US official · seed 42 · scenario short · player Ann · 12 decisions`. */
export function describeGame(log: DecisionLog, labels: StoryLabels): string {
  const parts = [labels.roles[log.role].label, `seed ${log.seed}`, `scenario ${log.scenario.id}`];
  if (log.player) parts.push(`player ${sanitize(log.player)}`);
  parts.push(`${log.decisions.length} decision${log.decisions.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function renderStep(s: ReplayStep, t: ReplayTranscript): string[] {
  const { total, labels } = t;
  const when = [s.turn ? `Turn ${s.turn}` : '', formatMonth(s.month)].filter(Boolean).join(' · ');
  const out = [heading(`Decision ${s.step} of ${total}${when ? ` · ${when}` : ''}`), ...passageLines(s.passage), ''];
  s.options.forEach((text, i) => {
    out.push(i === s.chosen ? `> ${i + 1}) ${sanitize(text)}  (chosen)` : `  ${i + 1}) ${sanitize(text)}`);
  });
  if (s.reason) out.push(`  Reason: ${sanitize(s.reason)}`);
  out.push(
    '',
    formatMeterChange(s.before, s.after, t.capitalLabel),
    ...formatTrackChanges(labels, s.tracksBefore, s.tracksAfter),
    '',
  );
  return out;
}

/**
 * The whole transcript from decision `from` (1-based) on. A diverging log is shown up to the
 * step where it parts from the story, with that step named at the end.
 */
export function renderTranscript(
  file: string,
  log: DecisionLog,
  t: ReplayTranscript,
  from = 1,
  source: StorySource = builtInStorySource(),
  /** What continues an unfinished game; by default `mandate resume FILE`. */
  continueWith: string = resumeCommand(file, source),
): string {
  const out = [`Replay of ${sanitize(file)}`, describeGame(log, t.labels)];
  if (log.forkedFrom) out.push(`Forked from ${sanitize(log.forkedFrom.file)} after decision ${log.forkedFrom.at}`);
  out.push('');
  const total = t.total;
  for (const s of t.steps) if (s.step >= from) out.push(...renderStep(s, t));
  if (t.divergence) {
    out.push(heading(`Decision ${t.divergence.step}: the log and the story part ways`));
    out.push(describeDivergence(t.divergence), '');
  } else if (t.final) {
    out.push(
      heading(total ? `After decision ${total}` : 'Before the first decision'),
      ...passageLines(t.final.passage),
    );
    out.push('');
    if (t.final.ended) {
      out.push(
        t.final.ending ? `Ending: ${sanitize(t.final.ending.title)} (${t.final.ending.id})` : 'The story ended.',
      );
    } else {
      out.push(`Unfinished: ${t.final.options.length} options wait. Continue with: ${sanitize(continueWith)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
