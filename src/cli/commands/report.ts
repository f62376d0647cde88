/**
 * `mandate report LOG...|DIR`: the class report. Files that cannot be read or do not replay
 * against the story are listed in the report with the reason and left out; the command still
 * succeeds (exit 0) when every file is bad, because the list is exactly what the teacher needs
 * then. Only finding no files at all is an error (exit 2).
 */
import {
  buildClassReport,
  buildDebrief,
  type Debrief,
  type RejectedLog,
  storyBriefing,
  storyInfo,
  type VerifiedGame,
} from '../../engine/report/index.js';
import { collectLogFiles } from '../../storage/log-files.js';
import { UserError } from '../errors.js';
import { storyFor } from '../log-file.js';
import { REPORT_FORMATS, renderReport } from '../render/index.js';
import { emit, loadGames, pickFormat } from './report-io.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  /** Verify against this .ink or .json story instead of the built-in one. */
  story?: string;
  /** List who chose each option. */
  names?: boolean;
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
  return (done) => {
    if (done % 100 === 0 || done === total) {
      process.stderr.write(`\rreading logs: ${done}/${total}${done === total ? '\r\x1b[K' : ''}`);
    }
  };
}

export async function reportCommand(paths: string[], opts: ReportOptions): Promise<number> {
  const format = pickFormat(REPORT_FORMATS, opts.format, opts.out, 'table');
  const { files, problems } = collectLogFiles(paths);
  if (files.length === 0) {
    const first = problems[0];
    throw new UserError(first ? `${first.file}: ${first.problem}` : `no .json log files found in ${paths.join(', ')}`);
  }
  const story = (await storyFor(opts.story)).json;
  const games: VerifiedGame[] = [];
  const rejected: RejectedLog[] = problems.map((p) => ({ file: p.file, reason: p.problem }));
  const tick = progress(files.length);
  files.forEach((file, i) => {
    const r = loadGames(file, story);
    if (r.ok) games.push(...r.games);
    else rejected.push(r.rejected);
    tick(i + 1);
  });
  const info = storyInfo(story);
  const briefing = storyBriefing(story);
  const report = buildClassReport({
    games,
    rejected,
    story: info,
    timeline: briefing.timeline,
    glossary: briefing.terms,
    names: opts.names ?? false,
    now: new Date(),
  });
  let extras: Parameters<typeof renderReport>[3];
  if (format === 'html' && report.roster.length <= MAX_DEBRIEFS_IN_PAGE && games[0]) {
    const counted = new Set(report.roster.map((g) => g.file));
    const debriefs = new Map<string, Debrief>();
    for (const g of games) if (counted.has(g.file)) debriefs.set(g.file, buildDebrief(g, info));
    extras = { debriefs, labels: games[0].labels };
  }
  emit(renderReport(report, format, tableColumns(), extras), opts.out, files);
  if (opts.out) {
    process.stderr.write(
      `Report written to ${opts.out}: ${report.totals.verified} games counted, ${report.totals.rejected} left out\n`,
    );
  }
  return 0;
}
