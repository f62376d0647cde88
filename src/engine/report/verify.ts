/**
 * Verifies one log for a report or a debrief: replays it against the current story (see
 * replay.ts) and keeps what only the story knows, the ending's history lines and questions.
 * A log that does not replay is rejected with the replay's reason, naming the step.
 */
import type { PairLog } from '../linked/pair-log.js';
import { replayPair } from '../linked/replay.js';
import type { DecisionLog } from '../log.js';
import { replayLog } from '../replay.js';
import type { GameSession, Role } from '../session.js';
import type { RejectedLog, VerifiedGame } from './types.js';

export type VerifyResult =
  | { ok: true; game: VerifiedGame }
  /** `foreign`: the log is of another story altogether, not an edited or outdated one. */
  | { ok: false; rejected: RejectedLog; foreign: boolean };

export function verifyGame(file: string, log: DecisionLog, storyJson: string | object): VerifyResult {
  const r = replayLog(log, storyJson, { undo: false });
  if (!r.ok) {
    const { step, reason } = r.divergence;
    const where = step > 0 ? `does not replay at decision ${step}: ` : 'does not replay: ';
    return { ok: false, rejected: { file, reason: `${where}${reason}` }, foreign: r.divergence.kind === 'other-story' };
  }
  return { ok: true, game: verifiedGame(file, log, r.session) };
}

/** A desk of a pair log as the report counts it: a game of its own, named `FILE#us` or `FILE#nato`. */
export const deskFile = (file: string, role: Role) => `${file}#${role}`;

export type PairVerifyResult =
  | { ok: true; games: VerifiedGame[] }
  | { ok: false; rejected: RejectedLog; foreign: boolean };

/** Verifies a pair log: both desks replayed together; each desk is a game of the report. */
export function verifyPair(file: string, pair: PairLog, storyJson: string | object): PairVerifyResult {
  const r = replayPair(pair, storyJson);
  if (!r.ok) {
    const { step, reason } = r.divergence;
    const where = step > 0 ? `does not replay at move ${step}: ` : 'does not replay: ';
    return { ok: false, rejected: { file, reason: `${where}${reason}` }, foreign: r.divergence.kind === 'other-story' };
  }
  return {
    ok: true,
    games: (['us', 'nato'] as const).map((role) =>
      verifiedGame(deskFile(file, role), pair.desks[role], r.game.desks[role]),
    ),
  };
}

function verifiedGame(file: string, log: DecisionLog, session: GameSession): VerifiedGame {
  const view = session.view();
  const ending = view.ending
    ? {
        id: view.ending.id,
        title: view.ending.title,
        history: [...view.ending.history],
        questions: [...view.ending.questions],
      }
    : null;
  return {
    file,
    log,
    ending,
    collapse: view.collapse,
    labels: view.labels,
    prompts: session.decisions.map((d) => d.prompt),
    scorecard: session.scorecard(),
    table: view.table,
  };
}
