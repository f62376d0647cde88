/**
 * What a student's machine remembers of each class it joined (`joins/CODE_PLAYER.json` in the
 * data folder): the host's game id and secret, and the local save. A student whose laptop slept,
 * or whose game was closed, runs the same `mandate join` again and carries on the same game.
 * A desk of a linked pair (`joins/CODE_PLAYER_pair-NAME.json`) keeps the pair's id and the
 * desk's secret only: the host holds the pair's game, and gives it back to that secret.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from './atomic.js';
import { BoundedReadError, readBoundedText } from './bounded-read.js';
import { dataDir, safeFilePart } from './paths.js';

const joinSchema = z.strictObject({
  code: z.string().max(20),
  player: z.string().max(60),
  id: z.string().regex(/^[a-z0-9]{12}$/),
  secret: z.string().max(100),
  file: z.string().max(4096),
});

export type JoinRecord = z.infer<typeof joinSchema>;

export function joinFile(code: string, player: string): string {
  return join(dataDir(), 'joins', `${safeFilePart(code.toUpperCase(), 'class')}_${safeFilePart(player)}.json`);
}

const pairJoinSchema = z.strictObject({
  code: z.string().max(20),
  player: z.string().max(60),
  pair: z.string().max(60),
  id: z.string().regex(/^[a-z0-9]{12}$/),
  secret: z.string().max(100),
});

export type PairJoinRecord = z.infer<typeof pairJoinSchema>;

export function pairJoinFile(code: string, player: string, pair: string): string {
  return join(
    dataDir(),
    'joins',
    `${safeFilePart(code.toUpperCase(), 'class')}_${safeFilePart(player)}_pair-${safeFilePart(pair, 'pair')}.json`,
  );
}

/** A record file's JSON if it passes `schema`; null when there is none or it is unreadable. */
function readRecord<T>(file: string, schema: z.ZodType<T>): T | null {
  try {
    const r = schema.safeParse(JSON.parse(readBoundedText(file, { limit: 64 * 1024, what: 'a join record' })));
    return r.success ? r.data : null;
  } catch (e) {
    if (e instanceof BoundedReadError || e instanceof SyntaxError) return null;
    throw e;
  }
}

/** The record of an earlier join of this class by this player, or null (none, or unreadable). */
export function readJoin(code: string, player: string): JoinRecord | null {
  return readRecord(joinFile(code, player), joinSchema);
}

export function writeJoin(record: JoinRecord): void {
  writeAtomic(joinFile(record.code, record.player), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The record of this player's desk in the pair `pair` of this class, or null. Two names that
 * make the same file name ("table 4", "table-4") are told apart by the names kept inside.
 */
export function readPairJoin(code: string, player: string, pair: string): PairJoinRecord | null {
  const r = readRecord(pairJoinFile(code, player, pair), pairJoinSchema);
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  return r && same(r.code, code) && same(r.player, player) && same(r.pair, pair) ? r : null;
}

export function writePairJoin(record: PairJoinRecord): void {
  writeAtomic(pairJoinFile(record.code, record.player, record.pair), `${JSON.stringify(record, null, 2)}\n`);
}
