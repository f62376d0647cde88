/**
 * `mandate report LOG...|DIR`: the class report. Files that cannot be read or do not replay
 * against the story are listed in the report with the reason and left out; the command still
 * succeeds (exit 0) when every file is bad, because the list is exactly what the teacher needs
 * then. Only finding no files at all is an error (exit 2).
 */
import { buildClassReport, type RejectedLog, storyInfo, type VerifiedGame } from '../../engine/report/index.js';
import { collectLogFiles } from '../../storage/log-files.js';
import { UserError } from '../errors.js';
import { storyFor } from '../log-file.js';
import { REPORT_FORMATS, renderReport } from '../render/index.js';
import { emit, loadGame, pickFormat } from './report-io.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  /** Verify against this .ink or .json story instead of the built-in one. */
  story?: string;
}

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
    const r = loadGame(file, story);
    if (r.ok) games.push(r.game);
    else rejected.push(r.rejected);
    tick(i + 1);
  });
  const report = buildClassReport({ games, rejected, story: storyInfo(story), now: new Date() });
  emit(renderReport(report, format, tableColumns()), opts.out, files);
  if (opts.out) {
    process.stderr.write(
      `Report written to ${opts.out}: ${report.totals.verified} games counted, ${report.totals.rejected} left out\n`,
    );
  }
  return 0;
}
