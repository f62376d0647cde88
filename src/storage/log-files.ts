/**
 * Finding the logs a report covers: files named on the command line, and every `.json` file
 * under a folder (a teacher's download of hand-ins often nests a folder per student). A path
 * that does not exist is a problem to list, not a reason to stop.
 */
import { type Dir, opendirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Deep enough for "class/student/attempt/file.json", shallow enough to stop at a stray link loop. */
const MAX_DEPTH = 6;

export interface LogFileSet {
  /** Candidate log files, in the order given; within a folder, by path. */
  files: string[];
  /** Paths that could not be read at all. */
  problems: { file: string; problem: string }[];
}

/** Names in the order a folder's entries are walked: the collation localeCompare uses, made once. */
const byName = new Intl.Collator().compare;

/**
 * A string of its own. A path joined from a name the folder reader gives is a slice of a larger
 * string and keeps all of it alive: 100,000 paths held 39 MB instead of 10.
 */
function ownCopy(text: string): string {
  return Buffer.from(text).toString();
}

/** A file found, with its real path when known without asking the system (null: ask). */
type Visit = (path: string, real: string | null) => void;

/**
 * Visits the log files under `dir` (whose real path is `realDir`), entries in name order, each
 * folder's files where the folder comes. The entries are read one at a time and only the names
 * kept, and the real path of a file that is no link is its folder's and its name: a folder of
 * 100,000 hand-ins read whole (readdirSync with types, a realpath each) left about 60 MB of
 * garbage behind.
 */
function walk(dir: string, realDir: string, depth: number, visit: Visit): void {
  if (depth > MAX_DEPTH) return;
  let handle: Dir;
  try {
    handle = opendirSync(dir);
  } catch {
    return;
  }
  const names: string[] = [];
  const folders = new Set<string>();
  const links = new Set<string>();
  try {
    for (let e = handle.readSync(); e !== null; e = handle.readSync()) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (e.isDirectory()) {
        folders.add(e.name);
        names.push(e.name);
      } else if ((e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.json')) {
        if (e.isSymbolicLink()) links.add(e.name);
        names.push(e.name);
      }
    }
  } catch {
    // A folder that stops being readable midway: what was read is walked.
  } finally {
    handle.closeSync();
  }
  names.sort(byName);
  for (const name of names) {
    const path = ownCopy(join(dir, name));
    // The same string when the folder was named by its real path, as it usually is.
    const real = realDir === dir ? path : join(realDir, name);
    if (folders.has(name)) walk(path, real, depth + 1, visit);
    else visit(path, links.has(name) ? null : real);
  }
}

export function collectLogFiles(paths: readonly string[]): LogFileSet {
  const files: string[] = [];
  const problems: LogFileSet['problems'] = [];
  const seen = new Set<string>();
  const realOf = (path: string) => {
    try {
      // The C library's realpath: one string, where Node's own lstat()s each part of the path.
      const real = realpathSync.native(path);
      return real === path ? path : real;
    } catch {
      // Listed anyway: reading it will say what is wrong.
      return path;
    }
  };
  const add: Visit = (file, known) => {
    const real = known ?? realOf(file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ file: p, problem: code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      continue;
    }
    if (isDir) walk(p, realOf(p), 0, add);
    else add(p, null);
  }
  return { files, problems };
}

/**
 * The size in bytes of the largest of `files` that can be read, capped at `limit` (a larger
 * file is refused unread, so it costs nothing): what a thread must hold to verify any of them.
 */
export function largestFileBytes(files: readonly string[], limit: number): number {
  let largest = 0;
  for (const file of files) {
    try {
      largest = Math.max(largest, Math.min(statSync(file).size, limit));
    } catch {
      // Reading it will say what is wrong.
    }
  }
  return largest;
}
