/**
 * `mandate export LOGS|DIR --out FILE.parquet|FILE.csv`: the research export, one row per
 * decision (docs/export.md). Unlike the class report, which lists a bad hand-in and goes on,
 * the export refuses input it cannot read whole: a data set that silently lacks some games
 * would bias whatever is computed from it. The logs are read and checked against the log
 * schema, not replayed: the export is of what the logs say (`replay --verify` checks them).
 */
import { extname } from 'node:path';
import { decisionRows, EXPORT_COLUMNS } from '../../engine/export/decision-rows.js';
import { EXPORT_FORMATS, type ExportFormat, openExportFile } from '../../storage/export-file.js';
import { collectLogFiles } from '../../storage/log-files.js';
import { LogReadError, readLog } from '../../storage/logs.js';
import { isFolder } from '../../storage/report-output.js';
import { UserError } from '../errors.js';

export interface ExportOptions {
  out?: string;
  format?: string;
}

/** The format `--format` names, else the one the extension of `--out` names. */
function exportFormat(out: string, explicit: string | undefined): ExportFormat {
  const named = explicit ?? extname(out).toLowerCase().slice(1);
  if ((EXPORT_FORMATS as readonly string[]).includes(named)) return named as ExportFormat;
  if (explicit !== undefined) throw new UserError(`unknown format "${explicit}": use parquet or csv`);
  if (isFolder(out)) throw new UserError(`--out ${out}: is a folder; --out needs a file name`);
  const what = named ? `".${named}" is not a format export writes` : 'it has no extension to tell the format by';
  throw new UserError(`--out ${out}: ${what}; name it .parquet or .csv, or give --format (parquet, csv)`);
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

export async function exportCommand(paths: string[], opts: ExportOptions): Promise<number> {
  if (!opts.out) throw new UserError('export needs --out FILE.parquet or --out FILE.csv');
  const out = opts.out;
  const format = exportFormat(out, opts.format);
  const { files, problems } = collectLogFiles(paths);
  const missing = problems[0];
  if (missing) throw new UserError(`${missing.file}: ${missing.problem}`);
  if (files.length === 0) throw new UserError(`no .json log files found in ${paths.join(', ')}`);
  const file = openExportFile(out, format, EXPORT_COLUMNS, files);
  let rows = 0;
  const tick = progress(files.length);
  try {
    files.forEach((path, i) => {
      let log: ReturnType<typeof readLog>;
      try {
        log = readLog(path);
      } catch (e) {
        if (e instanceof LogReadError) {
          throw new UserError(`${e.message} (nothing exported: fix or remove it and run export again)`);
        }
        throw e;
      }
      const decisions = decisionRows(path, log);
      file.add(decisions);
      rows += decisions.length;
      tick(i + 1);
    });
    file.finish();
  } catch (e) {
    file.abort();
    throw e;
  }
  process.stderr.write(
    `Exported ${rows.toLocaleString('en-US')} decisions from ${files.length.toLocaleString('en-US')} logs to ${out}\n`,
  );
  return 0;
}
