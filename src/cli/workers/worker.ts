/**
 * What a worker thread of pool.ts runs: verifying logs, summarizing them for the class report,
 * and playing a part of a check. Each
 * thread parses the story once (from workerData) and keeps it for every task it is given.
 */
import { workerData as data } from 'node:worker_threads';
import type { SourceIndex } from '../../engine/explorer/source-index.js';
import { type ExplorationPart, explorePart, type PartResult } from '../../engine/explorer/split.js';
import { readStoryTree } from '../../engine/explorer/story-tree.js';
import type { Mode } from '../../engine/explorer/strategy.js';
import { attachDebugMetadata, type DebugEntry } from '../../engine/story/ink-internals.js';
import { ParsedStory } from '../../engine/story/runtime.js';
import { identifyLogs, type ReportItem, type SummarizeTask, summarizeLogs } from '../report-games.js';
import { type Verdict, verifyOneOfMany } from '../verify-log.js';

/** What every task of one pool shares. */
export interface WorkerData {
  /**
   * The compiled story as JSON text, the built-in one too (story-source.ts, storyText): a
   * thread that imported the built-in story's module would hold it twice, as an object and parsed.
   */
  story: string;
  /** For a check: where things are written, and how to play. */
  index?: SourceIndex | null;
  mode?: Mode;
  maxDecisions?: number;
  /** Set for a check: parse the story and read what guided play asks of it as soon as the thread starts. */
  explore?: boolean;
  /**
   * The compiler's debug metadata of a story compiled by the main thread: JSON carries none,
   * and without it a worker would report no FILE:LINE, or other words, than one thread does.
   */
  debug?: DebugEntry[];
}

const shared = data as WorkerData;
const story = () => shared.story;
let parsed: ParsedStory | null = null;

/** The story parsed once for this thread, with the main thread's debug metadata put back. */
function parsedStory(): ParsedStory {
  if (!parsed) {
    parsed = new ParsedStory(story());
    if (shared.debug) attachDebugMetadata(parsed.content, shared.debug);
  }
  return parsed;
}

if (shared.explore) {
  // While the main thread checks the story's contract: every part's Exploration shares this
  // parse and its tree, and the first playthrough asks for every flow's gates.
  const tree = readStoryTree(parsedStory().content);
  for (const flow of tree.flows) tree.gates(flow.path);
}

/** Verifies each of `files`, in order. */
export function verify(files: string[]): Verdict[] {
  const json = story();
  return files.map((file) => verifyOneOfMany(file, json));
}

/** Plays one part of a check. */
export function explore(part: ExplorationPart): PartResult {
  return explorePart(
    { json: parsedStory(), index: shared.index, mode: shared.mode, maxDecisions: shared.maxDecisions },
    part,
  );
}

/** The class report's first pass: the identity of each file's game. */
export function identify(files: string[]): (string | null)[] {
  return identifyLogs(files);
}

/** The class report's second pass: each log verified and summarized. */
export function summarize(task: SummarizeTask): ReportItem[] {
  return summarizeLogs(task, story());
}

export interface WorkerTasks {
  verify: typeof verify;
  explore: typeof explore;
  identify: typeof identify;
  summarize: typeof summarize;
}
