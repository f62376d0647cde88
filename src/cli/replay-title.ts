/**
 * The replay header's words, apart from the replay command: the game's handle (loaded with
 * every game) needs them, and must not load the log reader, its schema or the worker pool.
 */
import { basename } from 'node:path';
import type { DecisionLog } from '../engine/log.js';
import type { StoryLabels } from '../engine/story/labels.js';
import { sanitize } from '../ui/format.js';

/**
 * The replay header's left side: the desk and the decisions first, then who played (or the
 * file's name, which at 80 columns may be cut: it is the part a reader needs least).
 */
export function replayTitle(file: string, log: DecisionLog, labels: StoryLabels): string {
  const who = sanitize(log.player ?? basename(file));
  const n = log.decisions.length;
  return `Replay · ${labels.roles[log.role].label} · ${n} decision${n === 1 ? '' : 's'} · ${who}`;
}
