/**
 * The host's folder (`mandate host --folder DIR`): `class.mandate`, the class's settings, code,
 * teacher token and the games joined so far; and `games/ID.json`, each game's decision log as
 * its student last sent it. Every write is atomic (atomic.ts). File names are made from game
 * ids the host itself drew (12 letters and digits), never from anything a student sent, so
 * nothing is written outside the folder and no student names another's file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { seedSchema } from '../engine/log-schema.js';
import { writeAtomic, writeAtomicAsync } from './atomic.js';
import { BoundedReadError, readBoundedText } from './bounded-read.js';
import { lockLog } from './log-lock.js';
import { readLog } from './logs.js';

/** A game id: drawn by the host, the only part of a file name that varies. */
export const GAME_ID = /^[a-z0-9]{12}$/;

const gameEntry = z.strictObject({
  id: z.string().regex(GAME_ID),
  player: z.string().min(1).max(60),
  role: z.enum(['us', 'nato']),
  seed: seedSchema,
  /** sha256 of the game's secret, which only its student holds. */
  secretHash: z.string().regex(/^[0-9a-f]{64}$/),
  joinedAt: z.iso.datetime(),
});

/** A linked pair: two students, one per desk, who joined with the same pair name. */
const pairEntry = z.strictObject({
  id: z.string().regex(GAME_ID),
  name: z.string().min(1).max(60),
  seed: seedSchema,
  desks: z.strictObject({
    us: z
      .strictObject({ player: z.string().min(1).max(60), secretHash: z.string().regex(/^[0-9a-f]{64}$/) })
      .optional(),
    nato: z
      .strictObject({ player: z.string().min(1).max(60), secretHash: z.string().regex(/^[0-9a-f]{64}$/) })
      .optional(),
  }),
  joinedAt: z.iso.datetime(),
});

const classSchema = z.strictObject({
  format: z.literal('mandate-class'),
  version: z.literal(1),
  name: z.string().max(100),
  code: z.string().regex(/^[A-Z2-9]{6}$/),
  /** The teacher's token for the dashboard (the folder is the teacher's; a restarted host prints it again). */
  token: z.string().regex(/^[A-Za-z0-9_-]{24,64}$/),
  scenario: z.string().max(200),
  seed: seedSchema.nullable(),
  memos: z.enum(['off', 'optional', 'required']).nullable(),
  createdAt: z.iso.datetime(),
  games: z.array(gameEntry).max(10_000),
  pairs: z.array(pairEntry).max(5_000).default([]),
  /** `mandate host --pairs`: every student who joins is seated at a desk of a pair the host makes. */
  hostPairs: z.boolean().optional(),
});

export type ClassRecord = z.infer<typeof classSchema>;
export type GameEntry = z.infer<typeof gameEntry>;
export type PairEntry = z.infer<typeof pairEntry>;

export class ClassFolderError extends Error {}

/** Not a .json file: a report over the folder reads its .json files as logs. */
export const classFile = (folder: string) => join(folder, 'class.mandate');
export const gamesDir = (folder: string) => join(folder, 'games');

/** The log file of game `id`; refuses an id the host did not draw (so no path is ever made from input). */
export function gameLogFile(folder: string, id: string): string {
  if (!GAME_ID.test(id)) throw new ClassFolderError(`not a game id: ${JSON.stringify(id)}`);
  return join(gamesDir(folder), `${id}.json`);
}

/** The class kept in `folder`, or null when the folder holds none yet. */
export function readClass(folder: string): ClassRecord | null {
  let text: string;
  try {
    text = readBoundedText(classFile(folder), { limit: 20 * 1024 * 1024, what: 'a class file' });
  } catch (e) {
    if (e instanceof BoundedReadError && e.code === 'ENOENT') return null;
    if (e instanceof BoundedReadError) throw new ClassFolderError(`${classFile(folder)}: ${e.problem}`);
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ClassFolderError(`${classFile(folder)}: not valid JSON (the file looks damaged)`);
  }
  const r = classSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    throw new ClassFolderError(`${classFile(folder)}: not a Mandate class file (${where}: ${issue?.message})`);
  }
  return r.data;
}

export function writeClass(folder: string, record: ClassRecord): void {
  writeAtomic(classFile(folder), `${JSON.stringify(record, null, 2)}\n`);
}

/** The log text of game `id` as received; atomic. */
export function writeGameLog(folder: string, id: string, text: string): void {
  writeAtomic(gameLogFile(folder, id), text);
}

/** The same, in the background thread pool (the host serves others meanwhile). */
export function writeGameLogAsync(folder: string, id: string, text: string): Promise<void> {
  return writeAtomicAsync(gameLogFile(folder, id), text);
}

/**
 * Every game log in the folder that reads, by id (a damaged one is left out, and named). With
 * `ids`, the logs of those games only: the host reads its single games' logs here, and the pair
 * logs beside them (another format) in host/pairs.ts, so a pair's log is not called damaged.
 */
export function readGameLogs(
  folder: string,
  ids?: readonly string[],
): { logs: Map<string, ReturnType<typeof readLog>>; problems: string[] } {
  const logs = new Map<string, ReturnType<typeof readLog>>();
  const problems: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(gamesDir(folder));
  } catch {
    return { logs, problems };
  }
  const wanted = ids ? new Set(ids) : null;
  for (const name of names) {
    const id = name.replace(/\.json$/, '');
    if (!name.endsWith('.json') || !GAME_ID.test(id) || (wanted && !wanted.has(id))) continue;
    try {
      logs.set(id, readLog(join(gamesDir(folder), name)));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return { logs, problems };
}

/** Holds the folder for this host: a second host on the same folder is refused. */
export function lockClassFolder(folder: string): void {
  lockLog(classFile(folder));
}
