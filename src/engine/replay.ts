/**
 * Replays a decision log against a story: the same role, seed and scenario, then each logged
 * choice in turn, checking at every step that what the story gives now (the option text, the
 * options offered, where and when the decision sits, the meters and tracks after it) is what
 * the log says. Used by resume, replay, verify, fork and the class report.
 */
import { type DecisionLog, type LoggedDecision, storyHash } from './log.js';
import { type Decision, GameSession, type View } from './session.js';
import type { Meters } from './sim/meters.js';
import type { Tracks } from './sim/tracks.js';
import { ParsedStory } from './story/runtime.js';

/**
 * Why a replay stopped: the story changed since the log was written (its hash differs), the
 * log was edited (same story, different record), the log belongs to another story, or the
 * story cannot even start.
 */
export type DivergenceKind = 'story-changed' | 'log-edited' | 'other-story' | 'no-start';

export interface ReplayDivergence {
  /** 1-based decision where the story and the log part ways; 0 before the first decision. */
  step: number;
  /** What differs, in words, ending with the cause in parentheses. */
  reason: string;
  /** Whether the story changed since the log was written (its hash differs). */
  storyChanged: boolean;
  kind: DivergenceKind;
}

export type ReplayResult =
  | { ok: true; session: GameSession }
  | { ok: false; divergence: ReplayDivergence; session: GameSession | null };

/** One decision that replayed as logged: the screen before it, the decision, the screen after. */
export interface ReplayedStep {
  before: View;
  decision: Decision;
  after: View;
}

export interface ReplayOptions {
  /** Stop after this many decisions (for forks and `replay --at`); skips the ending check. */
  upTo?: number;
  /** Allow undo in the replayed session (resume keeps playing it). Off is faster: no snapshots. */
  undo?: boolean;
  /** Called after each decision that matched the log (for the replay screen). */
  onStep?(step: ReplayedStep): void;
  /** The story's hash, when the caller knows it (hashing a campaign costs more than a replay). */
  storyHash?: string;
}

const METER_NAMES: readonly (keyof Meters)[] = ['capital', 'usTroops', 'alliedTroops'];
const TRACK_NAMES: readonly (keyof Tracks)[] = ['un', 'invitation', 'command'];

/** Field by field, in words: `capital 55 in the story, 50 in the log`; empty when equal. */
function differences<T extends object>(names: readonly (keyof T)[], story: T, log: T): string {
  const out: string[] = [];
  for (const n of names) {
    if (story[n] !== log[n]) out.push(`${String(n)} ${String(story[n])} in the story, ${String(log[n])} in the log`);
  }
  return out.join('; ');
}

/** JSON with object keys sorted: the same entries compare equal however a file ordered them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** What differs between the decision the story just recorded and the logged one, or null. */
export function compareDecision(rec: Decision, d: LoggedDecision): string | null {
  if (rec.options.length !== d.options.length) {
    return `the story offers ${rec.options.length} options, the log lists ${d.options.length}`;
  }
  for (let i = 0; i < rec.options.length; i++) {
    if (rec.options[i] !== d.options[i]) {
      return `option ${i + 1} is now ${quote(rec.options[i]!)}, the log says ${quote(d.options[i]!)}`;
    }
  }
  const meters = differences(METER_NAMES, rec.meters, d.meters);
  if (meters) return `meters differ after the choice: ${meters}`;
  const tracks = differences(TRACK_NAMES, rec.tracks, d.tracks);
  if (tracks) return `tracks differ after the choice: ${tracks}`;
  if (rec.turn !== d.turn) return `the decision falls in turn ${rec.turn}, the log says turn ${d.turn}`;
  if (rec.month !== d.month) return `the decision falls in ${rec.month ?? 'no month'}, the log says ${d.month}`;
  if (rec.position !== d.position) return `the decision sits at ${rec.position}, the log says ${d.position}`;
  // A version-1 log has no ledger to compare.
  if (d.effects !== undefined && canonical(rec.effects) !== canonical(d.effects)) {
    return 'the ledger of the decision differs (what changed, or why)';
  }
  if (d.votes !== undefined && canonical(rec.votes) !== canonical(d.votes)) {
    return 'the votes after the decision differ';
  }
  return null;
}

/**
 * How a replay names where it parts from the log: by default the cause is the story's hash
 * (changed since the log was written) or else an edit of the log, said after what went wrong;
 * a divergence of another kind (another story, a story that does not start) says what alone.
 */
export function divergenceOf(storyChanged: boolean) {
  const kind: DivergenceKind = storyChanged ? 'story-changed' : 'log-edited';
  const cause = storyChanged ? 'the story has changed since the log was written' : 'the log was edited';
  return (step: number, what: string, k: DivergenceKind = kind): ReplayDivergence => ({
    step,
    reason: k === kind ? `${what} (${cause})` : what,
    storyChanged,
    kind: k,
  });
}

const parsedObjects = new WeakMap<object, ParsedStory>();
let parsedText: { text: string; story: ParsedStory } | null = null;

/**
 * The story parsed once and shared by every replay of it: parsing a full campaign costs more
 * than replaying a game, and verifying a class's logs replays the same story again and again.
 */
export function sharedStory(json: string | object): ParsedStory {
  if (json instanceof ParsedStory) return json;
  if (typeof json === 'object') {
    let parsed = parsedObjects.get(json);
    if (!parsed) {
      parsed = new ParsedStory(json);
      parsedObjects.set(json, parsed);
    }
    return parsed;
  }
  if (parsedText?.text !== json) parsedText = { text: json, story: new ParsedStory(json) };
  return parsedText.story;
}

/**
 * @param storyJson the compiled story (text or parsed JSON; each is parsed once and reused),
 *   or a ParsedStory (which hashes as the JSON it was read from; `options.storyHash` saves the work)
 */
export function replayLog(log: DecisionLog, storyJson: string | object, options: ReplayOptions = {}): ReplayResult {
  const divergence = divergenceOf((options.storyHash ?? storyHash(storyJson)) !== log.story.hash);
  const diverge = (step: number, what: string, session: GameSession | null, k?: DivergenceKind): ReplayResult => ({
    ok: false,
    divergence: divergence(step, what, k),
    session,
  });
  let session: GameSession;
  try {
    session = GameSession.start({
      storyJson: sharedStory(storyJson),
      role: log.role,
      seed: log.seed,
      scenario: log.scenario,
      undo: options.undo ?? log.scenario.undo,
    });
  } catch (e) {
    return diverge(0, `the story does not start: ${(e as Error).message}`, null, 'no-start');
  }
  const story = session.storyInfo();
  if (story.id !== log.story.id) {
    return diverge(0, `the log is of the story "${log.story.id}", not "${story.id}"`, null, 'other-story');
  }
  const last = Math.min(options.upTo ?? log.decisions.length, log.decisions.length);
  for (let i = 0; i < last; i++) {
    const d = log.decisions[i]!;
    const before = session.view();
    if (before.ended) return diverge(d.step, 'the story has already ended here', session);
    const offered = before.choices[d.index];
    if (!offered) {
      return diverge(d.step, `choice ${d.index + 1} is not on offer (${before.choices.length} options)`, session);
    }
    if (offered.text !== d.text) {
      return diverge(d.step, `the option is now ${quote(offered.text)}, the log says ${quote(d.text)}`, session);
    }
    try {
      session.choose(d.index);
    } catch (e) {
      return diverge(d.step, `the story fails: ${(e as Error).message}`, session);
    }
    const rec = session.decisions.at(-1)!;
    const problem = compareDecision(rec, d);
    if (problem) return diverge(d.step, problem, session);
    if (d.reason !== undefined) session.annotate(d.step, d.reason);
    options.onStep?.({ before, decision: rec, after: session.view() });
  }
  if (options.upTo === undefined) {
    const view = session.view();
    const n = log.decisions.length;
    if (log.status === 'ended' && !view.ended) {
      return diverge(n, `the log says the game ended after decision ${n}, but the story goes on`, session);
    }
    if (log.status === 'playing' && view.ended) {
      return diverge(n, 'the log says the game goes on, but the story has ended', session);
    }
    if (log.status === 'ended') {
      const ending = view.ending ? { id: view.ending.id, title: view.ending.title } : null;
      if (ending?.id !== log.ending?.id || ending?.title !== log.ending?.title) {
        const name = (e: { id: string } | null | undefined) => (e ? `"${e.id}"` : 'no ending');
        const what =
          ending?.id === log.ending?.id
            ? `the ending is now titled ${quote(ending?.title ?? '')}, the log says ${quote(log.ending?.title ?? '')}`
            : `the log ends with ${name(log.ending)}, the story with ${name(ending)}`;
        return diverge(n, what, session);
      }
    }
  }
  return { ok: true, session };
}
