/**
 * `mandate replay LOG [--plain] [--at N]`: step through a saved game in the terminal UI, or
 * print its transcript (`--plain`, or when there is no terminal).
 * `mandate replay --verify LOG`: one result line on stdout; exit 0 when the log matches the
 * story to its end, 1 when it diverges (naming the step and why), 2 when it cannot be read.
 */
import { basename } from 'node:path';
import { type DecisionLog, storyHash } from '../../engine/log.js';
import { replayLog } from '../../engine/replay.js';
import { replayTranscript } from '../../engine/replay-steps.js';
import type { StoryLabels } from '../../engine/story/labels.js';
import { sanitize } from '../../ui/format.js';
import type { ReplayOpen } from '../../ui/types.js';
import { EXIT, UserError } from '../errors.js';
import { describeDivergence, isForeign, loadLog, storyFor } from '../log-file.js';
import { print } from '../output.js';
import { renderTranscript } from '../replay-plain.js';
import type { StorySource } from '../story-source.js';

export interface ReplayOptions {
  plain?: boolean;
  verify?: boolean;
  /** 1-based decision to open at. */
  at?: number;
  /** Replay against this .ink or .json story instead of the built-in one. */
  story?: string;
}

export { parseDecisionCount, parseDecisionNumber } from '../options.js';

type Write = (text: string) => void;
const stdout: Write = print;

export function verifyCommand(file: string, source: StorySource, write: Write = stdout): number {
  const log = loadLog(file);
  const story = source.json;
  const result = replayLog(log, story, { undo: false });
  const name = sanitize(file);
  if (!result.ok) {
    const d = result.divergence;
    if (isForeign(d)) throw new UserError(`${file}: cannot verify: ${describeDivergence(d)}`);
    write(`diverges: ${name} at step ${d.step}: ${d.reason}\n`);
    return EXIT.problems;
  }
  const n = log.decisions.length;
  const where = log.ending ? `ending ${log.ending.id}` : log.status === 'ended' ? 'ended' : 'game in progress';
  // A newer story that plays this game the same way still verifies; say so.
  const since = storyHash(story) === log.story.hash ? '' : '; the story has changed since, but not for this game';
  write(`ok: ${name} matches the story (${n} decision${n === 1 ? '' : 's'}, ${sanitize(where)})${since}\n`);
  return EXIT.ok;
}

/**
 * The replay header's left side: the desk and the decisions first, then who played (or the
 * file's name, which at 80 columns may be cut: it is the part a reader needs least).
 */
export function replayTitle(file: string, log: DecisionLog, labels: StoryLabels): string {
  const who = sanitize(log.player ?? basename(file));
  const n = log.decisions.length;
  return `Replay · ${labels.roles[log.role].label} · ${n} decision${n === 1 ? '' : 's'} · ${who}`;
}

/** A saved log opened for the replay screen (the title screen's "Replay a log"). */
export function openReplay(file: string, source: StorySource): ReplayOpen {
  const log = loadLog(file);
  const transcript = replayTranscript(log, source.json);
  const d = transcript.divergence;
  if (d && isForeign(d)) throw new UserError(`${file}: cannot replay: ${describeDivergence(d)}`);
  return { transcript, title: replayTitle(file, log, transcript.labels) };
}

export async function replayCommand(file: string, opts: ReplayOptions, write: Write = stdout): Promise<number> {
  if (opts.verify) {
    if (opts.at !== undefined) throw new UserError('--verify checks the whole log; drop --at');
    return verifyCommand(file, await storyFor(opts.story), write);
  }
  const log = loadLog(file);
  const source = await storyFor(opts.story);
  const transcript = replayTranscript(log, source.json);
  const d = transcript.divergence;
  if (d && isForeign(d)) throw new UserError(`${file}: cannot replay: ${describeDivergence(d)}`);
  const n = log.decisions.length;
  if (opts.at !== undefined && opts.at > Math.max(n, 1)) {
    throw new UserError(`${file}: --at ${opts.at} is past the end (the log has ${n} decisions)`);
  }
  const plain = opts.plain || !process.stdout.isTTY || !process.stdin.isTTY;
  if (plain) write(renderTranscript(file, log, transcript, opts.at, source));
  else {
    const { runReplayUI } = await import('../../ui/ReplayScreen.js');
    await runReplayUI({
      transcript,
      title: replayTitle(file, log, transcript.labels),
      at: opts.at,
    });
  }
  // The steps that match were shown; the exit code still says the log does not replay whole.
  if (d) throw new UserError(`${file}: ${describeDivergence(d)}`);
  return EXIT.ok;
}
