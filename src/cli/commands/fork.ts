/**
 * `mandate play --from LOG --at N`: a new game that keeps the first N decisions of LOG and
 * plays on, for "what if I had chosen otherwise?". LOG is only read; the fork is a new file
 * in the saves folder (and `--log FILE`) with `forkedFrom` naming LOG and N.
 */
import { resolve } from 'node:path';
import { forkLog } from '../../engine/fork.js';
import { withMemos } from '../../engine/memo.js';
import { assertNewLogFile, createAutosaver } from '../../storage/autosave.js';
import { recordCopies } from '../../storage/copies-record.js';
import { newSavePath } from '../../storage/logs.js';
import { sanitize } from '../../ui/format.js';
import { UserError } from '../errors.js';
import { loadLog } from '../log-file.js';
import { storyFor } from '../story-source.js';
import type { PlayOptions } from './play.js';
import { playOn } from './resume.js';

export interface ForkOptions extends PlayOptions {
  from?: string;
  at?: number;
}

export async function forkCommand(opts: ForkOptions): Promise<number> {
  if (opts.from === undefined) throw new UserError('--at needs --from LOG: the log to fork');
  const file = opts.from;
  if (opts.role || opts.seed !== undefined) {
    throw new UserError('--from takes the role, seed and scenario from the log; drop --role and --seed');
  }
  if (opts.log) assertNewLogFile(opts.log);
  // --memos switches reasons on or off for the new game; the kept decisions replay the same.
  const read = loadLog(file);
  const log = { ...read, scenario: withMemos(read.scenario, opts.memos) };
  const n = log.decisions.length;
  if (opts.at === undefined) throw new UserError(`--from needs --at N: how many decisions of ${file} to keep (0-${n})`);
  const source = await storyFor(opts.story);
  const fork = forkLog(log, source.json, opts.at, opts.undo === false ? false : undefined);
  if (!fork.ok) throw new UserError(`${file}: ${fork.problem}`);
  const player = opts.player ? sanitize(opts.player).trim() || null : log.player;
  const now = new Date();
  const files = [newSavePath(player, log.role, now)];
  if (opts.log) files.push(opts.log);
  const saver = createAutosaver(
    files,
    source.json,
    { player, createdAt: now.toISOString(), forkedFrom: { file: resolve(file), at: opts.at } },
    { create: files },
  );
  saver.save(fork.session);
  if (opts.log) recordCopies(files[0]!, [opts.log]);
  const intro = `A new game from ${file}, keeping its first ${opts.at} decision${opts.at === 1 ? '' : 's'}.\n\n`;
  return playOn(fork.session, saver, source, opts.plain, intro);
}
