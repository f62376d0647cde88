/**
 * One playthrough through the real engine (GameSession with its handlers), so illegal track
 * moves and meters out of range fail exactly as they would for a player. Returns what happened
 * and the path of choices that led there; the caller reads coverage from the session's probe.
 */
import { decisionProblem, endingProblem, entriesProblem, storyInfoProblem } from '../log-limits.js';
import type { Scenario } from '../scenario.js';
import { GameSession, type Passage, type Role, type View } from '../session.js';
import { type ParsedStory, type StoryProbe, StoryRuntimeError, StoryStepsError } from '../story/runtime.js';
import type { SourceLocation } from './source-index.js';

/** One decision on a path: the 1-based number a player types in plain mode, and the text. */
export interface PathStep {
  choice: number;
  text: string;
}

export type Outcome =
  | { kind: 'ending'; id: string; title: string; history: number; questions: number }
  /**
   * The story stopped with no choices and no `# ending:` tag; `where` is where it stopped (or,
   * when that is not known, where its last line began: `exact` false).
   */
  | { kind: 'dead-end'; where: string | null; lastLine: string; exact: boolean }
  | {
      kind: 'error';
      category: 'track' | 'meter' | 'ink' | 'steps' | 'limit';
      message: string;
      where: string | null;
      loc: SourceLocation | null;
    }
  | { kind: 'loop'; where: string | null; loc?: null }
  /** end_turn() reported a collapse, yet the story offered choices instead of ending. */
  | { kind: 'collapse'; reason: string; where: string | null };

export interface Playthrough {
  outcome: Outcome;
  path: PathStep[];
  words: number;
  /** The session, when it started: its probe gives visit counts, its decisions the meters. */
  session: GameSession | null;
}

export interface PlayOptions {
  story: ParsedStory;
  /** '' leaves the role unset, so the story asks, as it does in Inky. */
  role: Role | '';
  scenario: Scenario;
  seed: number;
  /** A playthrough longer than this is reported as a loop. */
  maxDecisions: number;
  /** Chooses among the options on offer: returns an index into `keys`. */
  choose(keys: readonly string[], probe: StoryProbe, view: View): number;
}

function countWords(passage: Passage): number {
  let n = 0;
  for (const line of passage.lines) n += line.text.match(/\S+/g)?.length ?? 0;
  return n;
}

/** Sorts an engine error into the checker's categories by the message the engine gives it. */
function categorize(message: string): 'track' | 'meter' | 'ink' {
  if (/illegal track transition/.test(message)) return 'track';
  if (/meter out of range|must be a whole number/.test(message)) return 'meter';
  return 'ink';
}

/** Where a story that stopped without an ending stopped: exactly, when the runtime saw it. */
function deadEnd(probe: StoryProbe, lastLine: string): Outcome {
  const stop = probe.stopPosition();
  return { kind: 'dead-end', where: stop ?? probe.lastLinePosition(), lastLine, exact: stop !== null };
}

export function playOnce(opts: PlayOptions): Playthrough {
  const path: PathStep[] = [];
  let words = 0;
  let session: GameSession | null = null;
  let lastLine = '';
  try {
    session = GameSession.start({
      storyJson: opts.story,
      role: opts.role as Role,
      seed: opts.seed,
      scenario: opts.scenario,
      undo: false,
    });
    let view = session.view();
    words += countWords(view.passage);
    // What the game could not save, the checker reports: the log's limits, read from one place.
    const tooBig = (problem: string | null, where: string | null): Playthrough | null =>
      problem
        ? {
            outcome: {
              kind: 'error',
              category: 'limit',
              message: `a log cannot hold this: ${problem}`,
              where,
              loc: null,
            },
            path,
            words,
            session,
          }
        : null;
    const prelude = entriesProblem(view.prelude);
    const badStory = tooBig(
      storyInfoProblem(session.storyInfo()) ?? (prelude && `before the first decision: ${prelude}`),
      null,
    );
    if (badStory) return badStory;
    while (!view.ended) {
      if (path.length >= opts.maxDecisions) {
        return { outcome: { kind: 'loop', where: session.probe.position() }, path, words, session };
      }
      const keys = session.probe.choicePaths();
      if (view.collapse) {
        return { outcome: { kind: 'collapse', reason: view.collapse, where: keys[0] ?? null }, path, words, session };
      }
      const i = opts.choose(keys, session.probe, view);
      path.push({ choice: i + 1, text: view.choices[i]?.text ?? '' });
      // A decision point is named by its first option, so one story line gives one finding.
      const position = keys[0] ?? null;
      view = session.choose(i);
      words += countWords(view.passage);
      const badDecision = tooBig(decisionProblem(session.decisions.at(-1)!), position);
      if (badDecision) return badDecision;
    }
    lastLine = view.passage.lines.at(-1)?.text ?? '';
    if (view.ending) {
      const { id, title, history, questions } = view.ending;
      const badEnding = tooBig(endingProblem(view.ending), session.probe.stopPosition());
      if (badEnding) return badEnding;
      return {
        outcome: { kind: 'ending', id, title, history: history.length, questions: questions.length },
        path,
        words,
        session,
      };
    }
    return { outcome: deadEnd(session.probe, lastLine), path, words, session };
  } catch (e) {
    // Anything the story makes the engine or inkjs throw is a finding, not a crash of the checker.
    if (!(e instanceof Error)) throw e;
    const where = (e instanceof StoryRuntimeError ? e.path : null) ?? session?.probe.lastLinePosition() ?? null;
    const message = e instanceof StoryRuntimeError && e.path ? e.message.replace(/ \(at [^)]*\)$/, '') : e.message;
    // ink's "ran out of content" is a dead end reached without an `-> END`.
    if (/ran out of content/.test(message) && session) {
      return { outcome: deadEnd(session.probe, lastLine), path, words, session };
    }
    const loc = e instanceof StoryRuntimeError ? e.loc : null;
    const category = e instanceof StoryStepsError ? 'steps' : categorize(message);
    return { outcome: { kind: 'error', category, message, where, loc }, path, words, session };
  }
}
