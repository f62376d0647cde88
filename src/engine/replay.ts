/**
 * Replays a decision log against a story: the same role, seed and scenario, then each logged
 * choice in turn, checking at every step that the option text and the meters and tracks after
 * it are what the log says. Used by resume, replay, verify, fork and the class report.
 */
import { type DecisionLog, storyHash } from './log.js';
import { GameSession } from './session.js';

export interface ReplayDivergence {
  /** 1-based decision where the story and the log part ways. */
  step: number;
  /** What differs, in words. */
  reason: string;
  /** Whether the story changed since the log was written (its hash differs). */
  storyChanged: boolean;
}

export type ReplayResult =
  | { ok: true; session: GameSession }
  | { ok: false; divergence: ReplayDivergence; session: GameSession | null };

export interface ReplayOptions {
  /** Stop after this many decisions (for forks and `replay --at`). */
  upTo?: number;
  /** Allow undo in the replayed session (resume keeps playing it). */
  undo?: boolean;
}

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export function replayLog(log: DecisionLog, storyJson: string | object, options: ReplayOptions = {}): ReplayResult {
  const storyChanged = storyHash(storyJson) !== log.story.hash;
  const cause = storyChanged ? 'the story has changed since the log was written' : 'the log was edited';
  const diverge = (step: number, what: string, session: GameSession | null): ReplayResult => ({
    ok: false,
    divergence: { step, reason: `${what} (${cause})`, storyChanged },
    session,
  });
  let session: GameSession;
  try {
    session = GameSession.start({
      storyJson,
      role: log.role,
      seed: log.seed,
      scenario: log.scenario,
      undo: options.undo ?? log.scenario.undo,
    });
  } catch (e) {
    return diverge(0, `the story does not start: ${(e as Error).message}`, null);
  }
  const last = Math.min(options.upTo ?? log.decisions.length, log.decisions.length);
  for (let i = 0; i < last; i++) {
    const d = log.decisions[i]!;
    const view = session.view();
    const offered = view.choices[d.index];
    if (!offered) {
      return diverge(d.step, `choice ${d.index + 1} is not on offer (${view.choices.length} options)`, session);
    }
    if (offered.text !== d.text) {
      return diverge(d.step, `the option is now "${offered.text}", the log says "${d.text}"`, session);
    }
    let after: ReturnType<GameSession['choose']>;
    try {
      after = session.choose(d.index);
    } catch (e) {
      return diverge(d.step, `the story fails: ${(e as Error).message}`, session);
    }
    if (!same(after.meters, d.meters)) {
      return diverge(
        d.step,
        `meters differ: story gives ${JSON.stringify(after.meters)}, log says ${JSON.stringify(d.meters)}`,
        session,
      );
    }
    if (!same(after.tracks, d.tracks)) {
      return diverge(
        d.step,
        `tracks differ: story gives ${JSON.stringify(after.tracks)}, log says ${JSON.stringify(d.tracks)}`,
        session,
      );
    }
  }
  if (options.upTo === undefined) {
    const view = session.view();
    const ending = view.ending?.id ?? null;
    if (log.status === 'ended' && (!view.ended || ending !== (log.ending?.id ?? null))) {
      return diverge(
        log.decisions.length,
        `the log ends with "${log.ending?.id ?? 'no ending'}", the story with "${ending ?? 'no ending yet'}"`,
        session,
      );
    }
    if (log.status === 'playing' && view.ended) {
      return diverge(log.decisions.length, 'the log says the game goes on, but the story has ended', session);
    }
  }
  return { ok: true, session };
}
