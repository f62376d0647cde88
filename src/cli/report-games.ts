/**
 * What the class report asks of each log, in this thread or a worker's (workers/worker.ts):
 * first the identity of every game (read and parsed, nothing more), so that copies of one game
 * are known before any is counted; then each log read, verified against the story and cut down
 * to what the report keeps of it (engine/report/summary.ts). A worker sends back summaries,
 * never logs: the report's memory then grows with what it prints, not with the logs it reads.
 */
import { createHash } from 'node:crypto';
import { gameIdentity } from '../engine/log.js';
import {
  buildDebrief,
  type Debrief,
  type GameSummary,
  type RejectedLog,
  storyInfo,
  summarizeGame,
} from '../engine/report/index.js';
import type { StoryLabels } from '../engine/story/labels.js';
import { BoundedReadError, readBoundedText } from '../storage/bounded-read.js';
import { MAX_LOG_BYTES } from '../storage/logs.js';
import { loadGames } from './commands/report-io.js';

/** A short digest of a game's identity (log.ts, gameIdentity): the same for every copy of one game. */
export function identityDigest(identity: string): string {
  return createHash('sha256').update(identity).digest('base64');
}

/**
 * The identity digest of each file's game, or null for a file that is not a log at all. Only
 * parsed, not validated: a file whose game turns out not to verify simply has no copy counted.
 */
export function identifyLogs(files: readonly string[]): (string | null)[] {
  return files.map((file) => {
    let data: unknown;
    try {
      data = JSON.parse(readBoundedText(file, { limit: MAX_LOG_BYTES, what: 'a log' }));
    } catch (e) {
      if (e instanceof BoundedReadError || e instanceof SyntaxError) return null;
      throw e;
    }
    if (typeof data !== 'object' || data === null) return null;
    const log = data as Parameters<typeof gameIdentity>[0];
    if (
      typeof log.story !== 'object' ||
      log.story === null ||
      typeof log.scenario !== 'object' ||
      log.scenario === null
    ) {
      return null;
    }
    return identityDigest(gameIdentity(log));
  });
}

/** One game's part in the report. */
export interface ReportGame {
  summary: GameSummary;
  /** The game's identity (log.ts, gameIdentity), to tell copies of one game apart. */
  identity: string;
  /** With `debriefs`: the game's debrief for the HTML page, and the story's words for it. */
  debrief?: Debrief;
  labels?: StoryLabels;
}

/** One file's part in the report: its games (one, or a pair log's two desks), or why it is left out. */
export type ReportItem = { ok: true; games: ReportGame[] } | { ok: false; rejected: RejectedLog };

export interface SummarizeTask {
  files: string[];
  /** Make each game's debrief too (an HTML report of up to 200 games links them). */
  debriefs: boolean;
}

/** Reads, verifies and summarizes each file of the task, in order. */
export function summarizeLogs(task: SummarizeTask, storyJson: string | object): ReportItem[] {
  return task.files.map((file): ReportItem => {
    const r = loadGames(file, storyJson);
    if (!r.ok) return r;
    const games = r.games.map((game): ReportGame => {
      const item: ReportGame = { summary: summarizeGame(game), identity: gameIdentity(game.log) };
      if (task.debriefs) {
        item.debrief = buildDebrief(game, storyInfo(storyJson));
        item.labels = game.labels;
      }
      return item;
    });
    return { ok: true, games };
  });
}
