/**
 * The replay of a pair log as two transcripts, one per desk (replay-steps.ts makes one for a
 * single game): for each desk's decision, the passage the player read, the options, the one
 * taken, and the meters and tracks before and after, in the linked world both desks played.
 */
import { finishedTranscript, type ReplayTranscript, replayStep } from '../replay-steps.js';
import type { Role, View } from '../session.js';
import { DEFAULT_LABELS } from '../story/labels.js';
import type { PairLog } from './pair-log.js';
import { replayPair } from './replay.js';

export function pairTranscripts(pair: PairLog, storyJson: string | object): Record<Role, ReplayTranscript> {
  const before: Record<Role, View[]> = { us: [], nato: [] };
  const r = replayPair(pair, storyJson, { onMove: (role, view) => before[role].push(view) });
  const transcript = (role: Role): ReplayTranscript => {
    const total = pair.desks[role].decisions.length;
    if (!r.ok) {
      const labels = r.game?.desks[role].labels ?? DEFAULT_LABELS;
      return { total, steps: [], final: null, divergence: r.divergence, labels, capitalLabel: labels.capital[role] };
    }
    const session = r.game.desks[role];
    const steps = session.decisions.map((d, i) => replayStep(i + 1, before[role][i]!, d, d.tracks));
    return finishedTranscript(total, steps, session.view());
  };
  return { us: transcript('us'), nato: transcript('nato') };
}
