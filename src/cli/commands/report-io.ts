/**
 * What `report` and `debrief` share: reading and verifying logs against the built-in story,
 * choosing a format, and writing the result to stdout or to `--out`.
 */
import { extname } from 'node:path';
import type { DecisionLog } from '../../engine/log.js';
import { type RejectedLog, type VerifiedGame, verifyGame, verifyPair } from '../../engine/report/index.js';
import { type AnyLog, LogReadError, readAnyLog, readLog } from '../../storage/logs.js';
import { existsAsNonFile, writeOutputFile, writeOutputFilePieces } from '../../storage/report-output.js';
import { UserError } from '../errors.js';
import { print } from '../output.js';

/** Why a log was left out: the problem alone, since the report names the file beside it. */
const reason = (e: unknown) => (e instanceof LogReadError ? e.problem : (e as Error).message);

/** Reads one log; a file that cannot be read or is not a log gives its problem instead. */
export function tryReadLog(file: string): { ok: true; log: DecisionLog } | { ok: false; rejected: RejectedLog } {
  try {
    return { ok: true, log: readLog(file) };
  } catch (e) {
    return { ok: false, rejected: { file, reason: reason(e) } };
  }
}

/**
 * Reads and verifies one log file against a story: a game's log gives one game, a pair log
 * two (one per desk, verified together).
 */
export function loadGames(
  file: string,
  storyJson: string | object,
): { ok: true; games: VerifiedGame[] } | { ok: false; rejected: RejectedLog } {
  let read: AnyLog;
  try {
    read = readAnyLog(file);
  } catch (e) {
    return { ok: false, rejected: { file, reason: reason(e) } };
  }
  if (read.kind === 'game') {
    const r = loadGame(file, storyJson, read.log);
    return r.ok ? { ok: true, games: [r.game] } : r;
  }
  const r = verifyPair(file, read.pair, storyJson);
  if (r.ok || !r.foreign) return r;
  return {
    ok: false,
    rejected: { file, reason: `${r.rejected.reason} (for logs of another story, add --story FILE)` },
  };
}

/** Reads and verifies one log against a story. */
export function loadGame(
  file: string,
  storyJson: string | object,
  known?: DecisionLog,
): { ok: true; game: VerifiedGame } | { ok: false; rejected: RejectedLog } {
  const read = known ? { ok: true as const, log: known } : tryReadLog(file);
  if (!read.ok) return read;
  const r = verifyGame(file, read.log, storyJson);
  if (r.ok || !r.foreign) return r;
  return {
    ok: false,
    rejected: { file, reason: `${r.rejected.reason} (for logs of another story, add --story FILE)` },
  };
}

const BY_EXTENSION: Record<string, string> = {
  htm: 'html',
  html: 'html',
  md: 'md',
  markdown: 'md',
  csv: 'csv',
  json: 'json',
  txt: 'table',
};

/**
 * The format named by `--format`; else the one the `--out` file's extension names, which must
 * be one of the command's formats (`--out report.pdf` would otherwise get a text table with a
 * .pdf name); else the default.
 */
export function pickFormat<F extends string>(
  formats: readonly F[],
  explicit: string | undefined,
  out: string | undefined,
  fallback: F,
): F {
  if (explicit !== undefined) {
    if ((formats as readonly string[]).includes(explicit)) return explicit as F;
    throw new UserError(`unknown format "${explicit}": use ${formats.join(', ')}`);
  }
  // A folder or a device is refused when the report is written, with its own reason.
  if (out === undefined || existsAsNonFile(out)) return fallback;
  const ext = extname(out).toLowerCase().slice(1);
  const format = BY_EXTENSION[ext];
  if (format && (formats as readonly string[]).includes(format)) return format as F;
  const endings = Object.entries(BY_EXTENSION)
    .filter(([e, f]) => (formats as readonly string[]).includes(f) && e !== 'htm' && e !== 'markdown')
    .map(([e]) => `.${e}`);
  const what = ext ? `".${ext}" is not a format this command writes` : 'it has no extension to tell the format by';
  throw new UserError(`--out ${out}: ${what}; name it ${endings.join(', ')} or give --format (${formats.join(', ')})`);
}

/** Writes to `--out` (atomically, never over a log) or to stdout. */
export function emit(text: string, out: string | undefined, inputs: readonly string[]): void {
  if (!out) {
    print(text);
    return;
  }
  writeOutputFile(out, text, inputs);
}

/** The same for a text made piece by piece, never whole in memory (renderJsonPieces). */
export function emitPieces(pieces: Iterable<string>, out: string | undefined, inputs: readonly string[]): void {
  if (!out) {
    for (const piece of pieces) print(piece);
    return;
  }
  writeOutputFilePieces(out, pieces, inputs);
}
