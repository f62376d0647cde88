/** Which story to play: the built-in campaign, or an author's .ink or .json file. */
import { extname } from 'node:path';
import builtInInfo from '../../story/build/info.json' with { type: 'json' };
import builtInStory from '../../story/build/mandate.json' with { type: 'json' };
import type { SourceIndex } from '../engine/explorer/source-index.js';
import type { CompileMessage } from '../engine/story/compiler.js';
import { storyMeta } from '../engine/story/info.js';
import type { StoryLabels } from '../engine/story/labels.js';
import { ParsedStory, StoryContractError, StoryRuntimeError } from '../engine/story/runtime.js';
import { UserError } from './errors.js';

export interface StorySource {
  /** The compiled story (JSON text or parsed object). */
  json: string | object;
  /** Where it came from, for messages: `built-in` or the file path. */
  label: string;
  /** The `--story` file as given, so that hints can repeat it; absent for the built-in story. */
  file?: string;
  /** The story's id (`# story:`), as its logs record it. */
  id: string;
  /** What the story calls its roles and tracks, read from its global tags. */
  labels: StoryLabels;
  /** The optional events the story asks about: the names a scenario file may switch. */
  events: readonly string[];
  /** The story parsed once and shared by every game this process starts (the built-in story). */
  parsed?(): ParsedStory;
}

/** A story read for checking: it may not have compiled, and may come with its source index. */
export interface LoadedStory {
  /** Null when the .ink did not compile. */
  json: string | object | null;
  label: string;
  messages: CompileMessage[];
  index: SourceIndex | null;
}

let builtInParsed: ParsedStory | null = null;

/**
 * The built-in story parsed: once per process, or once at build time when the program starts
 * from its start-up snapshot (src/cli/snapshot.ts), which then holds it already parsed.
 */
export function parsedBuiltInStory(): ParsedStory {
  builtInParsed ??= new ParsedStory(builtInStory);
  return builtInParsed;
}

/** The story a log is replayed against: the built-in campaign, or `--story FILE`. */
export function storyFor(file: string | undefined): Promise<StorySource> {
  return file ? playableStoryFile(file) : Promise.resolve(builtInStorySource());
}

/**
 * The compiled story as JSON text, as worker threads are given it: a thread that parses the
 * text never loads the built-in story's module, whose object the main thread already holds.
 */
export function storyText(json: string | object): string {
  return typeof json === 'string' ? json : JSON.stringify(json);
}

export function builtInStorySource(): StorySource {
  // Id and labels were read from the story's global tags at build time (scripts/compile-story.ts),
  // so the title screen shows them without parsing the story first.
  return {
    json: builtInStory,
    label: 'built-in',
    id: builtInInfo.id,
    labels: builtInInfo.labels as StoryLabels,
    events: builtInInfo.events,
    parsed: parsedBuiltInStory,
  };
}

const formatMessage = (m: CompileMessage) =>
  `${m.line === null ? m.file : `${m.file}:${m.line}`}: ${m.severity === 'warning' ? 'warning: ' : ''}${m.message}`;

/**
 * Reads `--story FILE`: a .ink is compiled on the fly, a .json read as it is. The compiler and
 * the file code load only now (dynamic import), so a plain `mandate play` never pays for them.
 */
export async function loadStoryFile(path: string): Promise<LoadedStory> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.ink' && ext !== '.json') {
    throw new UserError(`--story takes an .ink file or a compiled .json story, not "${path}"`);
  }
  const files = await import('../storage/story-files.js');
  const label = files.displayPath(path);
  try {
    if (ext === '.json') {
      return { json: new ParsedStory(files.readStoryJson(path)), label, messages: [], index: null };
    }
    const result = files.compileStoryFile(path, { index: true });
    // The compiler's own Story plays (see CompileResult.story); the JSON is what logs hash.
    const json = result.json ? new ParsedStory(result.json, result.story) : null;
    return { json, label, messages: result.messages, index: result.index ?? null };
  } catch (e) {
    if (e instanceof files.StoryFileError) throw new UserError(e.message);
    if (e instanceof StoryContractError) throw new UserError(`${label}: ${e.message}`);
    throw e;
  }
}

/**
 * The story `mandate check` looks at by default: the shipped campaign's ink source when it is
 * installed beside the program (so problems come with FILE:LINE), else the built-in JSON.
 */
export async function defaultCheckStory(): Promise<LoadedStory> {
  const files = await import('../storage/story-files.js');
  const main = files.builtInStoryMain();
  if (!main) return { json: builtInStory, label: 'built-in', messages: [], index: null };
  return loadStoryFile(main);
}

/**
 * `--story FILE` for play: compiles or reads it, then checks the contract, so a story that
 * cannot run in the engine stops here with one line naming what is missing.
 */
export async function playableStoryFile(path: string): Promise<StorySource> {
  const loaded = await loadStoryFile(path);
  const errors = loaded.messages.filter((m) => m.severity === 'error');
  if (!loaded.json || errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; see mandate check --story ${path})` : '';
    throw new UserError(`${errors[0] ? formatMessage(errors[0]) : `${loaded.label}: does not compile`}${more}`);
  }
  const { storyContractErrors } = await import('../engine/explorer/contract.js');
  try {
    const problem = storyContractErrors(loaded.json, loaded.index)[0];
    if (problem)
      throw new UserError(
        `${problem.loc ? `${problem.loc.file}:${problem.loc.line}` : loaded.label}: ${problem.message}`,
      );
    const { id, labels } = storyMeta(loaded.json);
    const { storyEventNames } = await import('../engine/explorer/event-names.js');
    return { json: loaded.json, label: loaded.label, file: path, id, labels, events: storyEventNames(loaded.json) };
  } catch (e) {
    if (e instanceof StoryContractError || e instanceof StoryRuntimeError) {
      throw new UserError(`${loaded.label}: ${e.message}`);
    }
    throw e;
  }
}
