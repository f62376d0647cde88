/**
 * Finding the logs a report covers: files named on the command line, and every `.json` file
 * under a folder (a teacher's download of hand-ins often nests a folder per student). A path
 * that does not exist is a problem to list, not a reason to stop.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Deep enough for "class/student/attempt/file.json", shallow enough to stop at a stray link loop. */
const MAX_DEPTH = 6;

export interface LogFileSet {
  /** Candidate log files, in the order given; within a folder, by path. */
  files: string[];
  /** Paths that could not be read at all. */
  problems: { file: string; problem: string }[];
}

function walk(dir: string, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, depth + 1, out);
    else if ((e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.json')) out.push(path);
  }
}

export function collectLogFiles(paths: readonly string[]): LogFileSet {
  const files: string[] = [];
  const problems: LogFileSet['problems'] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // Listed anyway: reading it will say what is wrong.
    }
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
    if (!isDir) {
      add(p);
      continue;
    }
    const found: string[] = [];
    walk(p, 0, found);
    for (const f of found) add(f);
  }
  return { files, problems };
}
