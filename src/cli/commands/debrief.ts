/** `mandate debrief LOG`: a printable debrief of one game (see engine/report/debrief.ts). */
import { buildDebrief, storyInfo } from '../../engine/report/index.js';
import { UserError } from '../errors.js';
import { storyFor } from '../log-file.js';
import { DEBRIEF_FORMATS, renderDebrief } from '../render/index.js';
import { emit, loadGame, pickFormat } from './report-io.js';

export interface DebriefOptions {
  format?: string;
  out?: string;
  /** Verify against this .ink or .json story instead of the built-in one. */
  story?: string;
}

export async function debriefCommand(file: string, opts: DebriefOptions): Promise<number> {
  const format = pickFormat(DEBRIEF_FORMATS, opts.format, opts.out, 'md');
  const story = (await storyFor(opts.story)).json;
  const loaded = loadGame(file, story);
  // A debrief is of one game the student asked about: a log that fails is an input error.
  if (!loaded.ok) throw new UserError(`${loaded.rejected.file}: ${loaded.rejected.reason}`);
  const debrief = buildDebrief(loaded.game, storyInfo(story));
  emit(renderDebrief(debrief, format, loaded.game.labels), opts.out, [file]);
  if (opts.out) process.stderr.write(`Debrief written to ${opts.out}\n`);
  return 0;
}
