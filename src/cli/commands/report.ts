/**
 * `mandate report LOG...|DIR`: the class report. Files that cannot be read or do not replay
 * against the story are listed in the report with the reason and left out; the command still
 * succeeds (exit 0) when every file is bad, because the list is exactly what the teacher needs
 * then. Only finding no files at all is an error (exit 2). The logs are verified in worker
 * threads, one per core unless `--jobs` says otherwise, and the report keeps only what it
 * prints of each (report-collect.ts): the same report for any number of threads.
 */
import { storyBriefing } from '../../engine/report/index.js';
import { storyMeta } from '../../engine/story/info.js';
import { collectLogFiles, largestFileBytes } from '../../storage/log-files.js';
import { MAX_LOG_BYTES } from '../../storage/logs.js';
import { garbageCollector } from '../collect-garbage.js';
import { UserError } from '../errors.js';
import { REPORT_FORMATS, renderReport } from '../render/index.js';
import { renderJsonPieces } from '../render/json.js';
import { collectReport, type ReportRunner } from '../report-collect.js';
import { identifyLogs, summarizeLogs } from '../report-games.js';
import { storyFor, storyText } from '../story-source.js';
import { defaultJobs, openPool } from '../workers/pool.js';
import { emit, emitPieces, pickFormat } from './report-io.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  /** Verify against this .ink or .json story instead of the built-in one. */
  story?: string;
  /** List who chose each option. */
  names?: boolean;
  /** Worker threads (default: one per core). */
  jobs?: number;
}

/** Above this many games the HTML page links no debriefs: it would grow too large to open. */
export const MAX_DEBRIEFS_IN_PAGE = 200;

/** Terminal width for the table: the terminal's own when narrower than 80, else 80. */
function tableColumns(): number {
  const cols = process.stdout.isTTY ? process.stdout.columns : undefined;
  return cols ? Math.max(40, Math.min(80, cols)) : 80;
}

/** A progress line on an interactive stderr only: scripts and pipes see nothing. */
function progress(total: number): (done: number) => void {
  if (!process.stderr.isTTY || total < 200) return () => {};
  let shown = 0;
  return (done) => {
    if (done - shown >= 100 || done === total) {
      shown = done;
      process.stderr.write(`\rreading logs: ${done}/${total}${done === total ? '\r\x1b[K' : ''}`);
    }
  };
}

/** A class this small is verified in this thread with `--jobs 1`: a thread would take longer to start. */
const IN_THREAD_MAX = 100;

/** Tasks in flight per thread: one running, the next ready, so no thread waits for the main one. */
const TASKS_PER_THREAD = 2;

/**
 * Each worker thread's heap, in MB. Left to itself, V8 lets a heap grow far past what it holds
 * (a thread replaying 10,000 games grew past 150 MB holding a story and one game); a young
 * generation of 2 MB (8 MB cost each thread about 10 MB more, and no speed) and a ceiling on
 * the old one make it collect instead. The ceiling is what a thread holds: its code and the
 * parsed story (the campaign's 0.36 MB of JSON takes about 6 MB; 24 per MB leaves room) and the
 * largest log it reads, whole and validated (a 4.9 MB log needed between 24 and 32 MB in all,
 * tests/jobs/thread-limits.test.ts: 8 per MB). Over the campaign's own logs, a few kB each, that
 * is 26 MB: about 10 MB less at the peak of a report over 10,000 logs than the 64 MB it was.
 */
export function threadLimits(storyChars: number, largestLogBytes: number) {
  const mb = (n: number) => n / (1024 * 1024);
  return {
    maxYoungGenerationSizeMb: 2,
    maxOldGenerationSizeMb: 16 + Math.ceil(mb(storyChars) * 24) + Math.ceil(mb(largestLogBytes) * 8),
  };
}

/** Games folded between two collections of the main thread's garbage (collect-garbage.ts). */
const COLLECT_EVERY = 500;

/**
 * The report's runner: worker threads (their heaps capped), or this thread alone for one job
 * and a class so small that a thread would take longer to start.
 */
function reportRunner(
  jobs: number,
  files: number,
  story: string | object,
  largestLog: number,
): ReportRunner & { close(): Promise<void> } {
  if (jobs === 1 && files <= IN_THREAD_MAX) {
    return {
      identify: async (f) => identifyLogs(f),
      summarize: async (task) => summarizeLogs(task, story),
      close: async () => {},
    };
  }
  const text = storyText(story);
  const pool = openPool(jobs, { story: text }, threadLimits(text.length, largestLog));
  return {
    identify: async (f) => (await pool.run('identify', [f]))[0]!,
    summarize: async (task) => (await pool.run('summarize', [task]))[0]!,
    close: () => pool.close(),
  };
}

export async function reportCommand(paths: string[], opts: ReportOptions): Promise<number> {
  const format = pickFormat(REPORT_FORMATS, opts.format, opts.out, 'table');
  const { files, problems } = collectLogFiles(paths);
  if (files.length === 0) {
    const first = problems[0];
    throw new UserError(first ? `${first.file}: ${first.problem}` : `no .json log files found in ${paths.join(', ')}`);
  }
  const source = await storyFor(opts.story);
  const story = source.json;
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), Math.ceil(files.length / 20)));
  const largest = largestFileBytes(files, MAX_LOG_BYTES);
  const collect = garbageCollector();
  // Listing a folder of 100,000 logs leaves garbage the size of the list: gone before the threads start.
  collect();
  const runner = reportRunner(jobs, files.length, story, largest);
  const shown = progress(files.length);
  let collected: Awaited<ReturnType<typeof collectReport>>;
  try {
    collected = await collectReport(files, runner, {
      names: opts.names ?? false,
      debriefsUpTo: format === 'html' ? MAX_DEBRIEFS_IN_PAGE : 0,
      inFlight: jobs * TASKS_PER_THREAD,
      progress: (done) => {
        shown(done);
        if (done % COLLECT_EVERY === 0) collect();
      },
      firstPassDone: collect,
    });
  } finally {
    await runner.close();
  }
  const { labels, ...info } = storyMeta(story);
  const briefing = storyBriefing(story);
  const report = collected.builder.result({
    rejected: [...problems.map((p) => ({ file: p.file, reason: p.problem })), ...collected.rejected],
    story: info,
    timeline: briefing.timeline,
    glossary: briefing.terms,
    capital: labels.capital,
    now: new Date(),
  });
  const extras =
    collected.debriefs && collected.labels ? { debriefs: collected.debriefs, labels: collected.labels } : undefined;
  // JSON, the format for tools and large classes, is written a piece at a time (render/json.ts).
  if (format === 'json') emitPieces(renderJsonPieces(report), opts.out, files);
  else emit(renderReport(report, format, tableColumns(), extras), opts.out, files);
  if (opts.out) {
    process.stderr.write(
      `Report written to ${opts.out}: ${report.totals.verified} games counted, ${report.totals.rejected} left out\n`,
    );
  }
  return 0;
}
