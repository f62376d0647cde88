/**
 * `mandate play --linked`: a linked game hot-seat, both desks on one terminal (in the terminal
 * UI, or line by line with --plain). The pair log is saved after every decision and cable, in
 * the pairs folder and to `--log FILE` when given (docs/log-format.md, "Pair logs").
 */
import { randomInt } from 'node:crypto';
import { LinkedGame } from '../../engine/linked/game.js';
import type { PairMeta } from '../../engine/linked/pair-log.js';
import { withMemos } from '../../engine/memo.js';
import type { Role } from '../../engine/session.js';
import { assertNewLogFile } from '../../storage/autosave.js';
import { createPairSaver, newPairPath } from '../../storage/pair-save.js';
import { sanitize } from '../../ui/format.js';
import { UserError } from '../errors.js';
import { playLinkedPlain } from '../linked-plain.js';
import { MAX_SEED } from '../options.js';
import { print } from '../output.js';
import { storyErrorToUser } from '../story-error.js';
import { builtInStorySource, playableStoryFile } from '../story-source.js';
import { type PlayOptions, resolveScenario, stdinIO, wantsPlain } from './play.js';

export async function playLinkedCommand(opts: PlayOptions): Promise<number> {
  if (opts.role) throw new UserError('--linked plays both desks: drop --role');
  if (opts.player) throw new UserError('--linked has two players: use --us-player and --nato-player');
  const source = opts.story ? await playableStoryFile(opts.story) : builtInStorySource();
  const scenario = withMemos(await resolveScenario(opts.scenario, source), opts.memos);
  const seed = opts.seed ?? randomInt(0, MAX_SEED);
  const name = (n: string | undefined) => (n ? sanitize(n).trim() || null : null);
  const players: Record<Role, string | null> = { us: name(opts.usPlayer), nato: name(opts.natoPlayer) };
  if (opts.log) assertNewLogFile(opts.log);
  let game: LinkedGame;
  try {
    game = new LinkedGame({ storyJson: source.parsed?.() ?? source.json, seed, scenario });
  } catch (e) {
    throw storyErrorToUser(e, source.label);
  }
  const now = new Date();
  const meta: PairMeta = { players, createdAt: now.toISOString() };
  const files = [newPairPath(players, now)];
  if (opts.log) files.push(opts.log);
  const saver = createPairSaver(files, source.json, meta);
  saver.save(game);
  const where = `The pair log is saved in ${files.join(' and ')}.\n`;
  if (!wantsPlain(opts.plain)) {
    const { runLinkedUI } = await import('../../ui/linked/run.js');
    await runLinkedUI({ game, players, labels: source.labels, onChange: (g) => saver.save(g) });
    print(where);
    return 0;
  }
  const io = stdinIO();
  try {
    io.write(`A linked game: the US desk and the NATO desk play one world, in turns (seed ${seed}).\n`);
    await playLinkedPlain(game, io, players, { onChange: (g) => saver.save(g) });
    io.write(where);
    return 0;
  } finally {
    io.close();
  }
}
