/**
 * What a worker thread of pool.ts runs: verifying logs, and playing a part of a check. Each
 * thread parses the story once (from workerData) and keeps it for every task it is given.
 */
import { workerData as data } from 'node:worker_threads';
import type { SourceIndex } from '../../engine/explorer/source-index.js';
import { type ExplorationPart, explorePart, type PartResult } from '../../engine/explorer/split.js';
import { readStoryTree } from '../../engine/explorer/story-tree.js';
import type { Mode } from '../../engine/explorer/strategy.js';
import { ParsedStory } from '../../engine/story/runtime.js';
import { builtInStorySource } from '../story-source.js';
import { type Verdict, verifyOneOfMany } from '../verify-log.js';

/** What every task of one pool shares. */
export interface WorkerData {
  /** The compiled story as JSON text, or null for the built-in one. */
  story: string | null;
  /** For a check: where things are written, and how to play. */
  index?: SourceIndex | null;
  mode?: Mode;
  maxDecisions?: number;
  /** Set for a check: parse the story and read what guided play asks of it as soon as the thread starts. */
  explore?: boolean;
}

const shared = data as WorkerData;
const story = () => shared.story ?? builtInStorySource().json;
let parsed: ParsedStory | null = null;

if (shared.explore) {
  // While the main thread checks the story's contract: every part's Exploration shares this
  // parse and its tree, and the first playthrough asks for every flow's gates.
  parsed = new ParsedStory(story());
  const tree = readStoryTree(parsed.content);
  for (const flow of tree.flows) tree.gates(flow.path);
}

/** Verifies each of `files`, in order. */
export function verify(files: string[]): Verdict[] {
  const json = story();
  return files.map((file) => verifyOneOfMany(file, json));
}

/** Plays one part of a check. */
export function explore(part: ExplorationPart): PartResult {
  parsed ??= new ParsedStory(story());
  return explorePart({ json: parsed, index: shared.index, mode: shared.mode, maxDecisions: shared.maxDecisions }, part);
}

export interface WorkerTasks {
  verify: typeof verify;
  explore: typeof explore;
}
