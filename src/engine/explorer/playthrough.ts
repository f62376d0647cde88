/**
 * One playthrough through the real engine (GameSession with its handlers), so illegal track
 * moves and meters out of range fail exactly as they would for a player. Returns what happened
 * and the path of choices that led there; the caller reads coverage from the session's probe.
 */
import type { Scenario } from '../scenario.js';
import { GameSession, type Passage, type Role, type View } from '../session.js';
import { type ParsedStory, type StoryProbe, StoryRuntimeError } from '../story/runtime.js';

/** One decision on a path: the 1-based number a player types in plain mode, and the text. */
export interface PathStep {
  choice: number;
  text: string;
}

export type Outcome =
  | { kind: 'ending'; id: string; title: string; history: number; questions: number }
  /** The story stopped with no choices and no `# ending:` tag; `where` is the last line's path. */
  | { kind: 'dead-end'; where: string | null; lastLine: string }
  | { kind: 'error'; category: 'track' | 'meter' | 'ink'; message: string; where: string | null }
  | { kind: 'loop'; where: string | null }
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
      view = session.choose(i);
      words += countWords(view.passage);
    }
    lastLine = view.passage.lines.at(-1)?.text ?? '';
    if (view.ending) {
      const { id, title, history, questions } = view.ending;
      return {
        outcome: { kind: 'ending', id, title, history: history.length, questions: questions.length },
        path,
        words,
        session,
      };
    }
    return { outcome: { kind: 'dead-end', where: session.probe.lastLinePosition(), lastLine }, path, words, session };
  } catch (e) {
    // Anything the story makes the engine or inkjs throw is a finding, not a crash of the checker.
    if (!(e instanceof Error)) throw e;
    const where = (e instanceof StoryRuntimeError ? e.path : null) ?? session?.probe.lastLinePosition() ?? null;
    const message = e instanceof StoryRuntimeError && e.path ? e.message.replace(/ \(at [^)]*\)$/, '') : e.message;
    // ink's "ran out of content" is a dead end reached without an `-> END`.
    if (/ran out of content/.test(message)) {
      return { outcome: { kind: 'dead-end', where, lastLine }, path, words, session };
    }
    return { outcome: { kind: 'error', category: categorize(message), message, where }, path, words, session };
  }
}
