/**
 * `mandate replay LOG [--plain] [--at N]`: step through a saved game in the terminal UI, or
 * print its transcript (`--plain`, or when there is no terminal).
 * `mandate replay --verify LOG`: one result line on stdout; exit 0 when the log matches the
 * story to its end, 1 when it diverges (naming the step and why), 2 when it cannot be read.
 * `mandate replay --verify LOG...`: a line for each log, in the order given (a file that cannot be
 * verified on stderr), then a count; the exit code is the worst of theirs. Many logs are
 * verified in worker threads, one per core unless `--jobs` says otherwise.
 */
import { DESKS } from '../../engine/linked/game.js';
import type { PairLog } from '../../engine/linked/pair-log.js';
import { pairTranscripts } from '../../engine/linked/transcript.js';
import { replayTranscript } from '../../engine/replay-steps.js';
import { deskFile } from '../../engine/report/verify.js';
import type { Role } from '../../engine/session.js';
import { sanitize } from '../../ui/format.js';
import type { ReplayOpen } from '../../ui/types.js';
import { EXIT, UserError } from '../errors.js';
import { describeDivergence, isForeign, loadAnyLog, loadLog } from '../log-file.js';
import { print } from '../output.js';
import { ROLE_DESK } from '../render/labels.js';
import { renderTranscript } from '../replay-plain.js';
import { replayTitle } from '../replay-title.js';
import { type StorySource, storyFor, storyText } from '../story-source.js';
import { type Verdict, verifyLog, verifyOneOfMany } from '../verify-log.js';
import { defaultJobs, runInWorkers } from '../workers/pool.js';

export interface ReplayOptions {
  plain?: boolean;
  verify?: boolean;
  /** 1-based decision to open at. */
  at?: number;
  /** Replay against this .ink or .json story instead of the built-in one. */
  story?: string;
  /** Worker threads for --verify over many logs (default: one per core). */
  jobs?: number;
  /** For a pair log: the desk to show. */
  desk?: Role;
}

export { parseDecisionCount, parseDecisionNumber } from '../options.js';

type Write = (text: string) => void;
const stdout: Write = print;

export function verifyCommand(file: string, source: StorySource, write: Write = stdout): number {
  const verdict = verifyLog(file, source.json);
  write(verdict.line);
  return verdict.code;
}

/** A saved log opened for the replay screen (the title screen's "Replay a log"). */
export function openReplay(file: string, source: StorySource): ReplayOpen {
  const log = loadLog(file);
  const transcript = replayTranscript(log, source.json);
  const d = transcript.divergence;
  if (d && isForeign(d)) throw new UserError(`${file}: cannot replay: ${describeDivergence(d)}`);
  return { transcript, title: replayTitle(file, log, transcript.labels) };
}

/** Logs per worker task: enough to make a message worth its cost, few enough to share out evenly. */
const LOGS_PER_TASK = 20;

/** `replay --verify` over many logs: every verdict in the order given, then a count. */
export async function verifyManyCommand(
  files: readonly string[],
  source: StorySource,
  jobs: number,
  write: Write = stdout,
  writeErr: Write = (t) => process.stderr.write(sanitize(t)),
): Promise<number> {
  let verdicts: Verdict[];
  if (jobs > 1 && files.length > 1) {
    const tasks: string[][] = [];
    for (let i = 0; i < files.length; i += LOGS_PER_TASK) tasks.push(files.slice(i, i + LOGS_PER_TASK));
    verdicts = (await runInWorkers('verify', tasks, { jobs, data: { story: storyText(source.json) } })).flat();
  } else {
    verdicts = files.map((file) => verifyOneOfMany(file, source.json));
  }
  let code: number = EXIT.ok;
  const count = { matched: 0, diverged: 0, unreadable: 0 };
  for (const v of verdicts) {
    if (v.code === EXIT.ok) count.matched++;
    else if (v.code === EXIT.problems) count.diverged++;
    else count.unreadable++;
    (v.code === EXIT.usage ? writeErr : write)(v.line);
    code = Math.max(code, v.code);
  }
  write(
    `${files.length} logs: ${count.matched} match, ${count.diverged} diverge, ${count.unreadable} cannot be verified\n`,
  );
  return code;
}

/**
 * A pair log: the plain transcript of each desk (or of `--desk`), one after the other; the
 * replay screen shows one desk, the US desk unless `--desk nato`.
 */
async function replayPairCommand(
  file: string,
  pair: PairLog,
  source: StorySource,
  opts: ReplayOptions,
  write: Write,
): Promise<number> {
  const transcripts = pairTranscripts(pair, source.json);
  const d = transcripts.us.divergence;
  if (d && isForeign(d)) throw new UserError(`${file}: cannot replay: ${describeDivergence(d)}`);
  const plain = opts.plain || !process.stdout.isTTY || !process.stdin.isTTY;
  const desks = opts.desk ? [opts.desk] : plain ? DESKS : (['us'] as const);
  for (const role of desks) {
    const n = pair.desks[role].decisions.length;
    if (opts.at !== undefined && opts.at > Math.max(n, 1)) {
      throw new UserError(`${file}: --at ${opts.at} is past the end (the ${role} desk has ${n} decisions)`);
    }
  }
  if (plain) {
    for (const role of desks) {
      write(
        renderTranscript(
          deskFile(file, role),
          pair.desks[role],
          transcripts[role],
          opts.at,
          source,
          'mandate play --linked',
        ),
      );
      write('\n');
    }
    const cables = pair.cables.map(
      (c) => `  ${c.month ?? `turn ${c.turn}`} · ${ROLE_DESK[c.from]}: ${sanitize(c.text)}`,
    );
    if (cables.length) write(`Cables\n${cables.join('\n')}\n`);
  } else {
    const role = desks[0]!;
    const { runReplayUI } = await import('../../ui/ReplayScreen.js');
    const transcript = transcripts[role];
    await runReplayUI({
      transcript,
      title: replayTitle(deskFile(file, role), pair.desks[role], transcript.labels),
      at: opts.at,
    });
  }
  if (d) throw new UserError(`${file}: ${describeDivergence(d)}`);
  return EXIT.ok;
}

export async function replayCommand(
  files: string | string[],
  opts: ReplayOptions,
  write: Write = stdout,
): Promise<number> {
  const paths = typeof files === 'string' ? [files] : files;
  if (opts.verify) {
    if (opts.at !== undefined) throw new UserError('--verify checks the whole log; drop --at');
    const source = await storyFor(opts.story);
    if (paths.length === 1) return verifyCommand(paths[0]!, source, write);
    return verifyManyCommand(paths, source, opts.jobs ?? defaultJobs(), write);
  }
  if (paths.length !== 1) throw new UserError('replay opens one log at a time; to verify many, add --verify');
  const file = paths[0]!;
  const read = loadAnyLog(file);
  const source = await storyFor(opts.story);
  if (read.kind === 'pair') return replayPairCommand(file, read.pair, source, opts, write);
  const log = read.log;
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
