/**
 * `replay --verify` for one log, as data: the line it prints and the exit code it stands for.
 * The command prints these in the order the logs were given, whether they were verified in
 * this thread or in workers (workers/worker.ts).
 */
import type { PairLog } from '../engine/linked/pair-log.js';
import { replayPair } from '../engine/linked/replay.js';
import { storyHash } from '../engine/log.js';
import { replayLog } from '../engine/replay.js';
import { sanitize } from '../ui/format.js';
import { EXIT, UserError } from './errors.js';
import { describeDivergence, isForeign, loadAnyLog } from './log-file.js';
import { ROLE_DESK } from './render/labels.js';

export interface Verdict {
  /** 0 matches, 1 diverges, 2 cannot be read or verified. */
  code: number;
  /** The line for stdout (ok, diverges), or for stderr (what is wrong with the file). */
  line: string;
}

/** Verifies `file` against `story`; a file that cannot be verified throws a UserError, as for one log. */
export function verifyLog(file: string, story: string | object): Verdict {
  const read = loadAnyLog(file);
  if (read.kind === 'pair') return verifyPairLog(file, read.pair, story);
  const log = read.log;
  const result = replayLog(log, story, { undo: false });
  const name = sanitize(file);
  if (!result.ok) {
    const d = result.divergence;
    if (isForeign(d)) throw new UserError(`${file}: cannot verify: ${describeDivergence(d)}`);
    return { code: EXIT.problems, line: `diverges: ${name} at step ${d.step}: ${d.reason}\n` };
  }
  const n = log.decisions.length;
  const where = log.ending ? `ending ${log.ending.id}` : log.status === 'ended' ? 'ended' : 'game in progress';
  // A newer story that plays this game the same way still verifies; say so.
  const since = storyHash(story) === log.story.hash ? '' : '; the story has changed since, but not for this game';
  return {
    code: EXIT.ok,
    line: `ok: ${name} matches the story (${n} decision${n === 1 ? '' : 's'}, ${sanitize(where)})${since}\n`,
  };
}

/** A pair log: both desks replayed together, one line for the pair. */
function verifyPairLog(file: string, pair: PairLog, story: string | object): Verdict {
  const result = replayPair(pair, story);
  const name = sanitize(file);
  if (!result.ok) {
    const d = result.divergence;
    if (isForeign(d)) throw new UserError(`${file}: cannot verify: ${describeDivergence(d)}`);
    return { code: EXIT.problems, line: `diverges: ${name} at move ${d.step}: ${d.reason}\n` };
  }
  const desk = (role: 'us' | 'nato') => {
    const log = pair.desks[role];
    const n = log.decisions.length;
    const where = log.ending ? `ending ${log.ending.id}` : log.status === 'ended' ? 'ended' : 'in progress';
    return `${ROLE_DESK[role]} ${n} decision${n === 1 ? '' : 's'}, ${sanitize(where)}`;
  };
  const since = storyHash(story) === pair.story.hash ? '' : '; the story has changed since, but not for this game';
  const cables = pair.cables.length;
  return {
    code: EXIT.ok,
    line: `ok: ${name} matches the story (pair: ${desk('us')}; ${desk('nato')}; ${cables} cable${cables === 1 ? '' : 's'})${since}\n`,
  };
}

/** verifyLog for one of many logs: a file that cannot be verified is a verdict too (exit 2). */
export function verifyOneOfMany(file: string, story: string | object): Verdict {
  try {
    return verifyLog(file, story);
  } catch (e) {
    if (e instanceof UserError) return { code: e.code, line: `mandate: ${e.message}\n` };
    throw e;
  }
}
