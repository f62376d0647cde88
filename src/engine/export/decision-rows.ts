/**
 * The research export's table (`mandate export`): one row per decision, every column a plain
 * value, so that DuckDB, pandas, R or Spark read the file as one tidy table. Pure: the command
 * reads the logs and writes the file; this only says what a row of a log holds. The columns are
 * documented in docs/export.md, in this order.
 */
import { createHash } from 'node:crypto';
import { type DecisionLog, gameIdentity } from '../log.js';
import { ledgerOf } from '../report/ledger-words.js';
import { meterChange } from '../table/ledger.js';

/** The type of a column's values, as the file formats need to know it. */
export type ColumnType = 'string' | 'int' | 'json';

export interface ExportColumn {
  name: string;
  type: ColumnType;
  /** Whether a row may leave it empty (null in Parquet, an empty field in CSV). */
  nullable: boolean;
}

const col = (name: string, type: ColumnType, nullable = false): ExportColumn => ({ name, type, nullable });

/** Every column, in the order of the file. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  col('game_id', 'string'),
  col('file', 'string'),
  col('player', 'string', true),
  col('desk', 'string'),
  col('scenario', 'string'),
  col('seed', 'int'),
  col('story', 'string'),
  col('story_version', 'string'),
  col('status', 'string'),
  col('step', 'int'),
  col('turn', 'int'),
  col('month', 'string', true),
  col('decision_point', 'string'),
  col('option', 'string'),
  col('option_index', 'int'),
  col('options_offered', 'int'),
  col('capital', 'int'),
  col('us_troops', 'int'),
  col('allied_troops', 'int'),
  col('capital_change', 'int', true),
  col('us_troops_change', 'int', true),
  col('allied_troops_change', 'int', true),
  col('effects', 'json', true),
  col('votes', 'json', true),
  col('reason', 'string', true),
  col('ending_id', 'string', true),
  col('ending_title', 'string', true),
];

/** A cell: text, a whole number, a `json` column's list (written as JSON text), or empty. */
export type ExportValue = string | number | readonly object[] | null;
/** One decision's values, in the order of EXPORT_COLUMNS. */
export type ExportRow = ExportValue[];

/**
 * A short, stable id for a game: the same for every copy of one game (its autosave and its
 * `--log` copy), different for another game or a fork. The first 16 hex digits of the sha256
 * of what makes two logs the same game (log.ts, gameIdentity).
 */
export function gameId(log: DecisionLog): string {
  return createHash('sha256').update(gameIdentity(log)).digest('hex').slice(0, 16);
}

/** The rows of one log, one per decision, in the order they were made. */
export function decisionRows(file: string, log: DecisionLog): ExportRow[] {
  const id = gameId(log);
  return log.decisions.map((d) => {
    // Each meter's change over the decision's ledger; null for a version-1 log, which has none.
    const change = d.effects === undefined ? null : meterChange(ledgerOf(d));
    return [
      id,
      file,
      log.player,
      log.role,
      log.scenario.id,
      log.seed,
      log.story.id,
      log.story.version,
      log.status,
      d.step,
      d.turn,
      d.month,
      d.position,
      d.text,
      d.index,
      d.options.length,
      d.meters.capital,
      d.meters.usTroops,
      d.meters.alliedTroops,
      change?.capital ?? null,
      change?.usTroops ?? null,
      change?.alliedTroops ?? null,
      d.effects ?? null,
      d.votes ?? null,
      d.reason ?? null,
      log.ending?.id ?? null,
      log.ending?.title ?? null,
    ];
  });
}
