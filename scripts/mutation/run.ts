/**
 * `npm run test:mutation`: Stryker over the core (stryker.config.mjs), incremental, then the
 * score per file (printed, and written into docs/testing.md).
 *
 *   npm run test:mutation                     every core file (mutants reused when unchanged)
 *   npm run test:mutation -- FILE...          only these files; the others keep their results
 *   npm run test:mutation:changed [-- BASE]   only the core files changed since BASE (default
 *                                             main), committed or not
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

/** Files changed since the merge base with `base`, staged, unstaged and new, that still exist. */
export function changedFiles(base: string): string[] {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
  const mergeBase = git('merge-base', 'HEAD', base)[0]!;
  const files = new Set([
    ...git('diff', '--name-only', '--diff-filter=d', mergeBase),
    ...git('ls-files', '--others', '--exclude-standard'),
  ]);
  return [...files].sort();
}

function main(argv: string[]): number {
  let files: string[] = [];
  if (argv[0] === '--changed') {
    const base = argv[1] ?? 'main';
    files = changedFiles(base).filter((f) => isCore(f));
    if (files.length === 0) {
      process.stdout.write(`No core file changed since ${base}: nothing to mutate.\n`);
      return 0;
    }
    process.stdout.write(`Core files changed since ${base}: ${files.join(', ')}\n`);
  } else files = argv;
  const args = ['stryker', 'run', ...(files.length ? ['--mutate', files.join(',')] : [])];
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) return run.status ?? 1;
  publishScores();
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
