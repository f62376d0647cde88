/**
 * Verifies one log for a report or a debrief: replays it against the current story (see
 * replay.ts) and keeps what only the story knows, the ending's history lines and questions.
 * A log that does not replay is rejected with the replay's reason, naming the step.
 */
import type { DecisionLog } from '../log.js';
import { replayLog } from '../replay.js';
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
  const view = r.session.view();
  const ending = view.ending
    ? {
        id: view.ending.id,
        title: view.ending.title,
        history: [...view.ending.history],
        questions: [...view.ending.questions],
      }
    : null;
  return {
    ok: true,
    game: {
      file,
      log,
      ending,
      collapse: view.collapse,
      labels: view.labels,
      prompts: r.session.decisions.map((d) => d.prompt),
      scorecard: r.session.scorecard(),
      table: view.table,
    },
  };
}
