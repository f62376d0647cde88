/**
 * The replay of a log as a list of steps, for the replay screen and the plain transcript:
 * for each decision, the passage the player read, the options, the one taken, and the meters
 * and tracks before and after. Pure: it replays the log against the story and reads views.
 */
import type { DecisionLog } from './log.js';
import { type ReplayDivergence, replayLog } from './replay.js';
import type { Decision, Ending, Passage, View } from './session.js';
import type { Meters } from './sim/meters.js';
import type { Tracks } from './sim/tracks.js';
import { DEFAULT_LABELS, type MeterLabel, type StoryLabels } from './story/labels.js';

export interface ReplayStep {
  /** 1-based number of the decision. */
  step: number;
  turn: number;
  month: string | null;
  /** The passage shown before the decision. */
  passage: Passage;
  /** Every option offered, in order. */
  options: string[];
  /** 0-based index of the option taken. */
  chosen: number;
  before: Meters;
  after: Meters;
  tracksBefore: Tracks;
  tracksAfter: Tracks;
  /** The player's reason for it, in their own words, when the game asked. */
  reason?: string;
}

/** Where the replay leaves the game: the ending, or the passage still waiting for a decision. */
export interface ReplayFinal {
  passage: Passage;
  ended: boolean;
  ending: Ending | null;
  /** Options waiting for the player when the game is unfinished. */
  options: string[];
  meters: Meters;
  tracks: Tracks;
}

export interface ReplayTranscript {
  /** How many decisions the log records. */
  total: number;
  /** The steps that replayed as logged (all of them unless the replay diverged). */
  steps: ReplayStep[];
  /** Where the game stands after the last step; null when the replay diverged. */
  final: ReplayFinal | null;
  /** Where the log and the story part ways, or null when the whole log replays. */
  divergence: ReplayDivergence | null;
  /** What the story calls its roles and tracks. */
  labels: StoryLabels;
  /** What the desk that played calls its capital meter (`Trust` for the campaign's NATO desk). */
  capitalLabel: MeterLabel;
}

export function replayTranscript(log: DecisionLog, storyJson: string | object): ReplayTranscript {
  const steps: ReplayStep[] = [];
  const result = replayLog(log, storyJson, {
    undo: false,
    onStep: ({ before, decision, after }) => steps.push(replayStep(steps.length + 1, before, decision, after.tracks)),
  });
  if (!result.ok) {
    const labels = result.session?.labels ?? DEFAULT_LABELS;
    return {
      total: log.decisions.length,
      steps,
      final: null,
      divergence: result.divergence,
      labels,
      capitalLabel: labels.capital[log.role],
    };
  }
  return finishedTranscript(log.decisions.length, steps, result.session.view());
}

/** Decision `step` (1-based) as the transcript shows it: `before` is the screen the player decided on. */
export function replayStep(step: number, before: View, decision: Decision, tracksAfter: Tracks): ReplayStep {
  return {
    step,
    turn: decision.turn,
    month: decision.month,
    passage: before.passage,
    options: decision.options,
    chosen: decision.index,
    before: decision.before,
    after: decision.meters,
    tracksBefore: before.tracks,
    tracksAfter,
    ...(decision.reason === undefined ? {} : { reason: decision.reason }),
  };
}

/** The transcript of a replay that went through: its steps, and `view`, where the game now stands. */
export function finishedTranscript(total: number, steps: ReplayStep[], view: View): ReplayTranscript {
  return {
    total,
    steps,
    final: {
      passage: view.passage,
      ended: view.ended,
      ending: view.ending,
      options: view.choices.map((c) => c.text),
      meters: view.meters,
      tracks: view.tracks,
    },
    divergence: null,
    labels: view.labels,
    capitalLabel: view.capitalLabel,
  };
}
