/**
 * Feeding the class report from many logs, on worker threads or in this one, in bounded
 * memory. Two passes over the files: the first reads each game's identity, so that copies of
 * one game (a student's autosave and `--log` copy) are known before any game is counted; the
 * second verifies each log and folds its summary into the report as soon as it comes back, in
 * whatever order the threads finish. Each game carries its place in the order of the files, so
 * the report is the same, byte for byte, for any number of threads (tests/jobs): it is the
 * report buildClassReport makes of the same games (engine/report/class-report.ts).
 */
import { ClassReportBuilder, type Debrief, type GameSummary, type RejectedLog } from '../engine/report/index.js';
import type { StoryLabels } from '../engine/story/labels.js';
import { identityDigest, type ReportItem, type SummarizeTask } from './report-games.js';

/** Runs the two passes' tasks: in worker threads, or in this thread for one job. */
export interface ReportRunner {
  identify(files: string[]): Promise<(string | null)[]>;
  summarize(task: SummarizeTask): Promise<ReportItem[]>;
}

/** Games a file may hold (a pair log: one per desk), for the place of each in the report's order. */
const GAMES_PER_FILE = 2;

/** Files per task of the first pass (cheap: read and parse) and of the second (a replay each). */
const FILES_PER_IDENTIFY = 200;
const FILES_PER_SUMMARY = 20;

/** The HTML page links a debrief for each game up to this many games. */
export interface CollectOptions {
  names: boolean;
  /** Collect debriefs while the games counted may still be at most this many (HTML); 0 for none. */
  debriefsUpTo: number;
  /** Tasks in flight at once: enough to keep every thread busy, few enough to bound memory. */
  inFlight: number;
  /** Called with the number of files done so far. */
  progress?: (done: number) => void;
  /** Called when the first pass is done and its garbage (every file's identity) can go. */
  firstPassDone?: () => void;
}

export interface Collected {
  builder: ClassReportBuilder;
  /** Files left out, in the order of the files, then the copies of games counted once. */
  rejected: RejectedLog[];
  /** The debriefs of the games counted, when they were asked for and are few enough. */
  debriefs: Map<string, Debrief> | null;
  /** The story's words, from the first game verified (for the debriefs). */
  labels: StoryLabels | null;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** A game verified, waiting for its copies before one of them is counted. */
interface Held {
  index: number;
  summary: GameSummary;
  debrief?: Debrief;
}

/**
 * Pass 1: the identity digests of the games that appear in more than one file. Every file's
 * digest is garbage once this returns (100,000 of them are about 10 MB).
 */
async function copiedGames(files: readonly string[], runner: ReportRunner): Promise<Set<string>> {
  const digests = (await Promise.all(chunks(files, FILES_PER_IDENTIFY).map((c) => runner.identify(c)))).flat();
  const seen = new Set<string>();
  const copied = new Set<string>();
  for (const d of digests) {
    if (d === null) continue;
    if (seen.has(d)) copied.add(d);
    else seen.add(d);
  }
  return copied;
}

export async function collectReport(
  files: readonly string[],
  runner: ReportRunner,
  options: CollectOptions,
): Promise<Collected> {
  const copied = await copiedGames(files, runner);
  options.firstPassDone?.();

  // Pass 2: verify and fold, as the tasks come back.
  const builder = new ClassReportBuilder(options.names);
  const rejected: { index: number; rejected: RejectedLog }[] = [];
  const held = new Map<string, Held[]>();
  let debriefs: Map<string, Debrief> | null = options.debriefsUpTo > 0 ? new Map() : null;
  let labels: { index: number; labels: StoryLabels } | null = null;
  /** Games counted for sure (no copies elsewhere): once past the limit, no debriefs are linked. */
  let counted = 0;
  let done = 0;

  const take = (start: number, items: ReportItem[]) => {
    items.forEach((item, i) => {
      const file = start + i;
      if (!item.ok) {
        rejected.push({ index: file, rejected: item.rejected });
        return;
      }
      // A pair log holds two games (its desks): each has a place of its own after the file's.
      item.games.forEach((game, k) => {
        const index = file * GAMES_PER_FILE + k;
        // The path a thread sends back is a copy: the report keeps the one it already holds.
        if (game.summary.file === files[file]) game.summary.file = files[file];
        if (game.labels && (!labels || index < labels.index)) labels = { index, labels: game.labels };
        if (copied.has(identityDigest(game.identity))) {
          const copies = held.get(game.identity) ?? [];
          copies.push({ index, summary: game.summary, debrief: game.debrief });
          held.set(game.identity, copies);
          return;
        }
        builder.add(game.summary, index);
        counted++;
        if (debriefs && game.debrief) debriefs.set(game.summary.file, game.debrief);
        if (counted > options.debriefsUpTo) debriefs = null;
      });
    });
    done += items.length;
    options.progress?.(done);
  };

  const tasks = chunks(files, FILES_PER_SUMMARY).map((c, i) => ({ start: i * FILES_PER_SUMMARY, files: c }));
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      take(task.start, await runner.summarize({ files: task.files, debriefs: debriefs !== null }));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.inFlight) }, worker));

  // The copies: of each game, the copy with the most decisions is counted (the first of equals),
  // in the place of the game's first copy; the others are left out (engine/report/dedupe.ts).
  const copies: RejectedLog[] = [];
  const groups = [...held.values()]
    .map((g) => g.sort((a, b) => a.index - b.index))
    .sort((a, b) => a[0]!.index - b[0]!.index);
  for (const group of groups) {
    let keep = group[0]!;
    for (const g of group) if (g.summary.decisions.length > keep.summary.decisions.length) keep = g;
    builder.add(keep.summary, group[0]!.index);
    counted++;
    if (debriefs && keep.debrief) debriefs.set(keep.summary.file, keep.debrief);
    for (const g of group) {
      if (g !== keep) {
        copies.push({
          file: g.summary.file,
          reason: `a copy of the same game as ${keep.summary.file} (that one is counted)`,
        });
      }
    }
  }
  if (counted > options.debriefsUpTo) debriefs = null;
  rejected.sort((a, b) => a.index - b.index);
  const held0 = labels as { index: number; labels: StoryLabels } | null;
  return {
    builder,
    rejected: [...rejected.map((r) => r.rejected), ...copies],
    debriefs,
    labels: held0?.labels ?? null,
  };
}
