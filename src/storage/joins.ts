/**
 * What a student's machine remembers of each class it joined (`joins/CODE_PLAYER.json` in the
 * data folder): the host's game id and secret, and the local save. A student whose laptop slept,
 * or whose game was closed, runs the same `mandate join` again and carries on the same game.
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

/** The record of an earlier join of this class by this player, or null (none, or unreadable). */
export function readJoin(code: string, player: string): JoinRecord | null {
  try {
    const r = joinSchema.safeParse(
      JSON.parse(readBoundedText(joinFile(code, player), { limit: 64 * 1024, what: 'a join record' })),
    );
    return r.success ? r.data : null;
  } catch (e) {
    if (e instanceof BoundedReadError || e instanceof SyntaxError) return null;
    throw e;
  }
}

export function writeJoin(record: JoinRecord): void {
  writeAtomic(joinFile(record.code, record.player), `${JSON.stringify(record, null, 2)}\n`);
}
