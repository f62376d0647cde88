/**
 * `mandate saves [--json]`: the saved games, newest first, then the files that could not be
 * read, each with its problem. An unreadable file never stops the list.
 */
import { basename } from 'node:path';
import type { DecisionLog } from '../../engine/log.js';
import { listSaves } from '../../storage/logs.js';
import { savesDir } from '../../storage/paths.js';
import { sanitize } from '../../ui/format.js';
import { print } from '../output.js';

export interface SavesOptions {
  json?: boolean;
}

/** What one row says about a game; the JSON output has the same fields. */
function summary(file: string, log: DecisionLog) {
  return {
    file,
    player: log.player,
    /** The story's id: the campaign's, or an author's (whose games resume with --story). */
    story: log.story.id,
    role: log.role,
    scenario: log.scenario.id,
    /** The turn of the latest decision (0 before the first). */
    turn: log.decisions.at(-1)?.turn ?? 0,
    decisions: log.decisions.length,
    status: log.status,
    ending: log.ending?.id ?? null,
    updatedAt: log.updatedAt,
    createdAt: log.createdAt,
    forkedFrom: log.forkedFrom,
  };
}

/** `2024-05-01 14:03`, in local time: when the player last played. */
function formatDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** One line per cell, whatever a player typed as their name. */
const cell = (text: string) => sanitize(text).replace(/\s+/g, ' ');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((text, c) => text.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function savesCommand(opts: SavesOptions, write: (text: string) => void = print) {
  const dir = savesDir();
  const { saves, problems } = listSaves(dir);
  const rows = saves.map((s) => summary(s.file, s.log));
  if (opts.json) {
    write(`${JSON.stringify({ dir, saves: rows, problems }, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) write(`No saved games in ${dir}\n`);
  else {
    const header = ['date', 'player', 'story', 'role', 'scenario', 'turn', 'status', 'ending', 'file'];
    const body = rows.map((r) => [
      formatDate(r.updatedAt),
      cell(r.player ?? '-'),
      cell(r.story),
      r.role,
      r.scenario,
      String(r.turn),
      r.status,
      cell(r.ending ?? '-'),
      basename(r.file),
    ]);
    write(`Saved games in ${dir}, newest first:\n${table([header, ...body])}\n`);
  }
  if (problems.length) {
    write(`\nCould not read ${problems.length} file${problems.length === 1 ? '' : 's'}:\n`);
    for (const p of problems) write(`  ${basename(p.file)}: ${cell(p.problem)}\n`);
  }
  return 0;
}
