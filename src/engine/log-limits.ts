/**
 * How big each field of a decision log may be. The schema that reads logs (log-schema.ts), the
 * autosaver that writes them and `mandate check` all take the limits from here, so a story can
 * never write a log that the game then refuses to read: the writer refuses first, with the same
 * words, and `check` reports the story that would.
 */

export const LOG_LIMITS = {
  /** A player's name (`--player`). */
  player: 200,
  /** `# story:` and `# version:`. */
  storyId: 100,
  storyVersion: 100,
  /** `# ending:` and the ending's `# title:`. */
  endingId: 200,
  endingTitle: 500,
  /** The text of one option (the one taken and every one offered). */
  optionText: 2000,
  /** Options offered at one decision. */
  options: 100,
  /** `# turn:`, from 0. */
  turn: 1000,
  /** `# date:` (`2003-08`). */
  month: 20,
  /** Where the decision sits in the story (`us_oct.0`). */
  position: 500,
  /** Decisions in one game. */
  decisions: 10_000,
  /** The log a fork was made from. */
  forkFile: 4096,
  /** Version 2, the ledger: ids (bodies, tracks, events) and member names a story declares. */
  id: 100,
  name: 300,
  /** Members of one body: a vote's tally and its blockers. */
  members: 300,
  /** Ledger entries and votes of one decision (or of the prelude). */
  effects: 2000,
  votes: 100,
  /** A player's reason for a choice. */
  reason: 1000,
} as const;

const n = (x: number) => x.toLocaleString('en-US');
const tooLong = (what: string, length: number, limit: number) =>
  `${what} is ${n(length)} characters long (a decision log holds at most ${n(limit)})`;

/** The story's id and version as its global tags give them. */
export function storyInfoProblem(info: { id: string; version: string }): string | null {
  if (info.id.length > LOG_LIMITS.storyId)
    return tooLong('the story id (# story:)', info.id.length, LOG_LIMITS.storyId);
  if (info.version.length > LOG_LIMITS.storyVersion) {
    return tooLong('the story version (# version:)', info.version.length, LOG_LIMITS.storyVersion);
  }
  return null;
}

/** The ledger of a stretch of play (version 2): its entries and votes, with the names a story gave them. */
interface Entries {
  effects?: readonly Record<string, unknown>[];
  votes?: readonly (Record<string, unknown> & { blockers?: readonly string[] })[];
}

/** What a ledger holds past the log's limits: a story's long member name, too many votes. */
export function entriesProblem(e: Entries): string | null {
  if ((e.effects?.length ?? 0) > LOG_LIMITS.effects) {
    return `${n(e.effects!.length)} changes at once (a decision log holds at most ${n(LOG_LIMITS.effects)})`;
  }
  if ((e.votes?.length ?? 0) > LOG_LIMITS.votes) {
    return `${n(e.votes!.length)} votes at once (a decision log holds at most ${n(LOG_LIMITS.votes)})`;
  }
  for (const effect of e.effects ?? []) {
    for (const key of ['target', 'from', 'to', 'event'] as const) {
      const value = effect[key];
      const limit = effect.kind === 'stance' && key === 'target' ? LOG_LIMITS.name : LOG_LIMITS.id;
      if (typeof value === 'string' && value.length > limit) {
        return tooLong(`the name "${value.slice(0, 20)}…"`, value.length, limit);
      }
    }
  }
  for (const vote of e.votes ?? []) {
    for (const key of ['body', 'track', 'proposal', 'event'] as const) {
      const value = vote[key];
      if (typeof value === 'string' && value.length > LOG_LIMITS.id) {
        return tooLong(`the name "${value.slice(0, 20)}…"`, value.length, LOG_LIMITS.id);
      }
    }
    if ((vote.blockers?.length ?? 0) > LOG_LIMITS.members) {
      return `a vote with ${n(vote.blockers!.length)} members against (a decision log holds at most ${LOG_LIMITS.members})`;
    }
    const long = vote.blockers?.find((b) => b.length > LOG_LIMITS.id);
    if (long) return tooLong(`the member id "${long.slice(0, 20)}…"`, long.length, LOG_LIMITS.id);
  }
  return null;
}

/** One decision as the session records it. */
export function decisionProblem(
  d: {
    turn: number;
    month: string | null;
    position: string;
    text: string;
    options: readonly string[];
    reason?: string;
  } & Entries,
): string | null {
  if (d.options.length > LOG_LIMITS.options) {
    return `${n(d.options.length)} options are offered at once (a decision log holds at most ${LOG_LIMITS.options})`;
  }
  const long = d.options.findIndex((o) => o.length > LOG_LIMITS.optionText);
  if (long >= 0) return tooLong(`option ${long + 1}`, d.options[long]!.length, LOG_LIMITS.optionText);
  if (d.text.length > LOG_LIMITS.optionText) return tooLong('the option taken', d.text.length, LOG_LIMITS.optionText);
  if (!Number.isInteger(d.turn) || d.turn < 0 || d.turn > LOG_LIMITS.turn) {
    return `# turn: ${d.turn} is past the last turn a decision log holds (${n(LOG_LIMITS.turn)})`;
  }
  if (d.month !== null && d.month.length > LOG_LIMITS.month) {
    return tooLong('the month (# date:)', d.month.length, LOG_LIMITS.month);
  }
  if (d.position.length > LOG_LIMITS.position) {
    return tooLong('the choice position', d.position.length, LOG_LIMITS.position);
  }
  if (d.reason !== undefined && d.reason.length > LOG_LIMITS.reason) {
    return tooLong('the reason given', d.reason.length, LOG_LIMITS.reason);
  }
  return entriesProblem(d);
}

/** The ending the story reached. */
export function endingProblem(e: { id: string; title: string }): string | null {
  if (e.id.length > LOG_LIMITS.endingId) return tooLong('the ending id (# ending:)', e.id.length, LOG_LIMITS.endingId);
  if (e.title.length > LOG_LIMITS.endingTitle) {
    return tooLong('the ending title (# title:)', e.title.length, LOG_LIMITS.endingTitle);
  }
  return null;
}

/** Everything a log is about to hold; what the writer checks before every save. */
export function logProblem(log: {
  story: { id: string; version: string };
  player: string | null;
  ending: { id: string; title: string } | null;
  prelude?: Entries;
  decisions: readonly Parameters<typeof decisionProblem>[0][];
}): string | null {
  const story = storyInfoProblem(log.story);
  if (story) return story;
  if (log.player !== null && log.player.length > LOG_LIMITS.player) {
    return tooLong('the player name', log.player.length, LOG_LIMITS.player);
  }
  if (log.decisions.length > LOG_LIMITS.decisions) {
    return `the game has ${n(log.decisions.length)} decisions (a decision log holds at most ${n(LOG_LIMITS.decisions)})`;
  }
  for (let i = 0; i < log.decisions.length; i++) {
    const p = decisionProblem(log.decisions[i]!);
    if (p) return `decision ${i + 1}: ${p}`;
  }
  const prelude = log.prelude ? entriesProblem(log.prelude) : null;
  if (prelude) return `before the first decision: ${prelude}`;
  return log.ending ? endingProblem(log.ending) : null;
}
