/**
 * `mandate debrief LOG`: a printable debrief of one game (see engine/report/debrief.ts).
 * A pair log (two linked desks) gives both desks' debriefs, or the one `--desk` names.
 * `mandate debrief DIR --out FOLDER`: one debrief per log of a class, and an index. A log that
 * does not read or replay is listed on stderr and in the index and left out (exit 1); the
 * others are written all the same.
 */
import { join } from 'node:path';
import { buildDebrief, type RejectedLog, storyBriefing, storyInfo } from '../../engine/report/index.js';
import { collectLogFiles } from '../../storage/log-files.js';
import { isFolder, prepareOutputFolder } from '../../storage/report-output.js';
import { EXIT, UserError } from '../errors.js';
import { type IndexEntry, renderDebriefIndex } from '../render/debrief-index.js';
import { DEBRIEF_FORMATS, type DebriefFormat, renderDebrief } from '../render/index.js';
import { clean } from '../render/text.js';
import { storyFor } from '../story-source.js';
import { debriefNamer } from './debrief-names.js';
import { emit, loadGames, pickFormat } from './report-io.js';

export interface DebriefOptions {
  format?: string;
  out?: string;
  /** Verify against this .ink or .json story instead of the built-in one. */
  story?: string;
  /** For a pair log: the desk to debrief (default both). */
  desk?: 'us' | 'nato';
}

export async function debriefCommand(file: string, opts: DebriefOptions): Promise<number> {
  if (isFolder(file)) return classDebriefs(file, opts);
  const format = pickFormat(DEBRIEF_FORMATS, opts.format, opts.out, 'md');
  const story = (await storyFor(opts.story)).json;
  const loaded = loadGames(file, story);
  // A debrief is of one game the student asked about: a log that fails is an input error.
  if (!loaded.ok) throw new UserError(`${loaded.rejected.file}: ${loaded.rejected.reason}`);
  // A pair log holds two games: both desks, or the one `--desk` names.
  const games = opts.desk ? loaded.games.filter((g) => g.log.role === opts.desk) : loaded.games;
  const info = storyInfo(story);
  const terms = storyBriefing(story).terms;
  const texts = games.map((g) => renderDebrief(buildDebrief(g, info, terms), format, g.labels));
  if (texts.length > 1 && format === 'html') {
    throw new UserError(`${file} is a pair log: add --desk us or --desk nato for an HTML debrief (one page per desk)`);
  }
  const text =
    texts.length === 1
      ? texts[0]!
      : format === 'json'
        ? `${JSON.stringify(
            texts.map((t) => JSON.parse(t)),
            null,
            2,
          )}\n`
        : texts.join('\n\n');
  emit(text, opts.out, [file]);
  if (opts.out) process.stderr.write(`Debrief written to ${opts.out}\n`);
  return 0;
}

async function classDebriefs(dir: string, opts: DebriefOptions): Promise<number> {
  if (!opts.out) throw new UserError(`${dir} is a folder: add --out FOLDER to write one debrief per log there`);
  const format: DebriefFormat = opts.format ? pickFormat(DEBRIEF_FORMATS, opts.format, undefined, 'md') : 'md';
  const { files, problems } = collectLogFiles([dir]);
  if (files.length === 0) throw new UserError(`no .json log files found in ${dir}`);
  prepareOutputFolder(opts.out, format === 'json' ? [dir] : []);
  const story = (await storyFor(opts.story)).json;
  const info = storyInfo(story);
  const { terms } = storyBriefing(story);
  const name = debriefNamer(dir, format);
  const entries: IndexEntry[] = [];
  const left: RejectedLog[] = problems.map((p) => ({ file: p.file, reason: p.problem }));
  for (const file of files) {
    const loaded = loadGames(file, story);
    if (!loaded.ok) {
      left.push(loaded.rejected);
      continue;
    }
    for (const game of loaded.games) {
      const debrief = buildDebrief(game, info, terms);
      // A desk of a pair log (`pair.json#us`) gets a file of its own (`pair-us.html`).
      const target = name(game.file.replace(/\.json#(us|nato)$/i, '-$1.json'));
      emit(renderDebrief(debrief, format, game.labels), join(opts.out, target), files);
      entries.push({ debrief, name: target, log: game.file, problem: null });
    }
  }
  for (const r of left) entries.push({ debrief: null, name: null, log: r.file, problem: r.reason });
  const index = join(opts.out, `index.${format}`);
  emit(renderDebriefIndex(entries, format, info), index, files);
  const written = entries.length - left.length;
  process.stderr.write(
    `Wrote ${written} debrief${written === 1 ? '' : 's'} to ${clean(opts.out)} (list: ${clean(index)})${left.length ? `; ${left.length} left out:` : ''}\n`,
  );
  for (const r of left) process.stderr.write(`  ${clean(r.file)}: ${clean(r.reason)}\n`);
  return left.length ? EXIT.problems : EXIT.ok;
}
