/**
 * `npm run test:mutation`: Stryker over the core (stryker.config.mjs), incremental, then the
 * score per file (printed, and written into docs/testing.md).
 *
 *   npm run test:mutation                     every core file (mutants reused when unchanged)
 *   npm run test:mutation -- FILE...          only these files; the others keep their results
 *   npm run test:mutation:changed [-- BASE]   only the core lines changed since BASE (default
 *                                             main), committed or not: what CI would run
 */
import { execFileSync, spawnSync } from 'node:child_process';
import CORE from './core.json' with { type: 'json' };
import { publishScores } from './scores.js';

/** Whether a path matches one of the config's patterns (`dir/*.ts`, a file, `!negation`). */
export function isCore(path: string, patterns: readonly string[] = CORE): boolean {
  const toRegex = (glob: string) =>
    new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  let matched = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (toRegex(p.slice(1)).test(path)) matched = false;
    } else if (toRegex(p).test(path)) matched = true;
  }
  return matched;
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

/**
 * The lines of each file changed since the merge base with `base` (committed, staged or not),
 * as Stryker's mutate ranges (`src/file.ts:12-14`); a new file is changed whole.
 */
export function changedRanges(base: string): string[] {
  const mergeBase = git('merge-base', 'HEAD', base).trim();
  const out: string[] = [];
  let file: string | null = null;
  for (const line of git('diff', '-U0', '--no-color', '--no-ext-diff', mergeBase).split('\n')) {
    const name = /^\+\+\+ b\/(.+)$/.exec(line);
    if (name) file = name[1]!;
    else if (line.startsWith('+++ ')) file = null; // a deleted file
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file) {
      const from = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) out.push(`${file}:${from}-${from + count - 1}`);
    }
  }
  for (const f of git('ls-files', '--others', '--exclude-standard').split('\n').filter(Boolean)) out.push(f);
  return out;
}

function main(argv: string[]): number {
  let files: string[] = [];
  if (argv[0] === '--changed') {
    const base = argv[1] ?? 'main';
    files = changedRanges(base).filter((range) => isCore(range.replace(/:\d+-\d+$/, '')));
    if (files.length === 0) {
      process.stdout.write(`No line of the core changed since ${base}: nothing to mutate.\n`);
      return 0;
    }
    process.stdout.write(`Core lines changed since ${base}: ${files.join(', ')}\n`);
  } else files = argv;
  const args = ['stryker', 'run', ...(files.length ? ['--mutate', files.join(',')] : [])];
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) return run.status ?? 1;
  // A range (`FILE:12-14`, as --changed gives) scores some lines, not the file: not written.
  const ranged = files.some((f) => /:\d+-\d+$/.test(f));
  publishScores(90, !ranged);
  if (ranged) {
    process.stdout.write(
      "\nSome lines only: docs/testing.md is left as it was. To count them in a file's score, copy\n" +
        'plan.json and live.jsonl of a whole run to a folder and run\n' +
        '  npx tsx scripts/mutation/live-scores.ts --write --earlier FOLDER\n',
    );
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
