/**
 * A thin wrapper over the inkjs runtime Story: loads compiled JSON, seeds it, binds the
 * contract's externals to the simulation, and turns ink's output into lines with parsed tags.
 * Knows nothing of meters or sessions; those are the caller's.
 */
import { Story as InkStory } from 'inkjs';
import type { Story } from 'inkjs/engine/Story';
import { compiledStoryProblem } from './compiled-json.js';
import {
  catchingWarnings,
  currentLocation,
  type DebugLocation,
  installStepBudget,
  locationOfPath,
  markExternalsValidated,
  type StepBudget,
  StepBudgetExceeded,
  storyOverContent,
} from './ink-internals.js';
import { parseTag, type Tag } from './tags.js';

// The root export's types do not resolve under NodeNext; the engine's own .d.ts files do.
const StoryClass = InkStory as unknown as typeof Story;

/** The EXTERNAL functions a story may declare (docs/story-contract.md). */
export interface ExternalHandlers {
  capital(): number;
  us_troops(): number;
  allied_troops(): number;
  change_capital(delta: unknown): void;
  change_troops(usDelta: unknown, alliedDelta: unknown): void;
  track(name: unknown): string;
  move_track(name: unknown, state: unknown): void;
  end_turn(): string;
  event_on(name: unknown): boolean;
  max_turns(): number;
  /** The table (engine/table): a member's stance, and moves that bodies decide. */
  stance(body: unknown, member: unknown): number;
  move_stance(body: unknown, member: unknown, delta: unknown): void;
  propose(track: unknown, state: unknown): string;
  blockers(track: unknown, state: unknown): string;
  tally(body: unknown): string;
  /** Names the event whose consequences follow, for the ledger. */
  event(name: unknown): void;
}

export const EXTERNAL_NAMES: readonly (keyof ExternalHandlers)[] = [
  'capital',
  'us_troops',
  'allied_troops',
  'change_capital',
  'change_troops',
  'track',
  'move_track',
  'end_turn',
  'event_on',
  'max_turns',
  'stance',
  'move_stance',
  'propose',
  'blockers',
  'tally',
  'event',
];

/** Externals that only read: safe for ink to call while looking ahead. */
const LOOKAHEAD_SAFE = new Set([
  'capital',
  'us_troops',
  'allied_troops',
  'track',
  'event_on',
  'max_turns',
  'stance',
  'blockers',
  'tally',
]);

export interface StoryLine {
  text: string;
  tags: Tag[];
}

export interface StoryChoice {
  index: number;
  text: string;
  tags: Tag[];
}

/** A story that cannot be played under the contract: the message says what is missing. */
export class StoryContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryContractError';
  }
}

/** An error raised while the story ran, with where it happened. */
export class StoryRuntimeError extends Error {
  constructor(
    message: string,
    readonly path: string | null,
    /** Where in the source, when the story came from the compiler in this process. */
    readonly loc: DebugLocation | null = null,
  ) {
    super(path ? `${message} (at ${path})` : message);
    this.name = 'StoryRuntimeError';
  }
}

/** The story ran past its step budget (see STEP_BUDGET): a loop without choices, most likely. */
export class StoryStepsError extends StoryRuntimeError {
  constructor(message: string, path: string | null, loc: DebugLocation | null) {
    super(message, path, loc);
    this.name = 'StoryStepsError';
  }
}

/** Lines one passage may print: more is a loop printing text (no book has a page this long). */
export const MAX_PASSAGE_LINES = 10_000;

/**
 * Steps inkjs may take from one choice to the next (or from the start to the first choice).
 * The campaign's longest passage takes about 500 steps; 250,000 is a story that will never stop
 * (`-> loop` without a choice), and ends within a second with an error at its line instead of
 * running until the memory is gone. Deep recursion and runaway text stop sooner, by
 * MAX_CALL_DEPTH and MAX_PASSAGE_LINES.
 */
export const STEP_BUDGET = 250_000;

/** What went on too long, in the same words in play and in check. */
export function stepBudgetMessage(e: { steps: number; depth: number | null } | { lines: number }): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if ('lines' in e)
    return `the story printed ${n(e.lines)} lines without reaching a choice or an end: a loop without choices?`;
  if (e.depth !== null) {
    return `functions or tunnels called ${n(e.depth)} deep without returning: a function or tunnel that calls itself forever?`;
  }
  return `the story ran ${n(e.steps)} steps without reaching a choice or an end: a loop without choices?`;
}

/**
 * A compiled story parsed once. Parsing the JSON is most of the cost of starting a runtime, so
 * the checker, which starts thousands, parses once and gives this to every session instead of
 * the JSON. The content tree is read-only while a story runs; each runtime gets its own state.
 */
export class ParsedStory {
  private readonly template: Story;
  /** Set once a runtime over this content has validated its externals with the engine's handlers. */
  externalsValidated = false;
  /** The same, for a runtime without handlers, whose externals all run their ink fallbacks. */
  fallbacksValidated = false;
  /** What inkjs warned while reading the story (an older ink format, say). */
  readonly loadWarnings: string[];
  private readonly source: string | object;

  /**
   * @param json the compiled JSON (text or parsed): what is hashed and saved
   * @param compiled the Story the compiler returned for that JSON, when compiled in this process:
   *   it is what plays (whole-number float literals stay floats, as in Inky, and its debug
   *   metadata gives FILE:LINE), since reading the JSON back would lose both
   */
  constructor(json: string | object, compiled?: Story) {
    this.source = json;
    try {
      if (compiled) {
        this.template = compiled;
        this.loadWarnings = [];
      } else {
        const data = typeof json === 'string' ? JSON.parse(json) : json;
        const problem = compiledStoryProblem(data);
        if (problem) throw new Error(problem);
        const { value, warnings } = catchingWarnings(() => new StoryClass(data));
        this.template = value;
        this.loadWarnings = warnings.map((w) => w.replace(/^WARNING:\s*/, ''));
      }
    } catch (e) {
      if (e instanceof StoryContractError) throw e;
      throw new StoryContractError(`not a compiled ink story: ${(e as Error).message}`);
    }
  }

  /** The story's JSON, as parsed: a ParsedStory hashes and serialises as the file it came from. */
  toJSON(): unknown {
    return typeof this.source === 'string' ? JSON.parse(this.source) : this.source;
  }

  /**
   * Where the content at a runtime path (`knot.0.c-1.4`) was written, from the compiler's debug
   * metadata; null for a story read from JSON, which carries none.
   */
  locate(path: string | null): DebugLocation | null {
    return locationOfPath(this.template, path);
  }

  /** The parsed story itself, for static analysis (the checker's contract and coverage). */
  get content(): Story {
    return this.template;
  }

  /** A fresh story over the shared content, in its initial state. */
  instantiate(): Story {
    return storyOverContent(this.template);
  }
}

const parsedObjects = new WeakMap<object, ParsedStory>();
let parsedText: { text: string; story: ParsedStory } | null = null;

/**
 * The compiled JSON a runtime is given, parsed (and checked) once and shared: the same text or
 * object again, as one game after another of the same story gives it, is not parsed again.
 * Each runtime still gets a story of its own over the shared content.
 */
function parsedOnce(json: string | object): ParsedStory {
  if (json instanceof ParsedStory) return json;
  if (typeof json === 'string') {
    if (parsedText?.text !== json) parsedText = { text: json, story: new ParsedStory(json) };
    return parsedText.story;
  }
  let parsed = parsedObjects.get(json);
  if (!parsed) {
    parsed = new ParsedStory(json);
    parsedObjects.set(json, parsed);
  }
  return parsed;
}

/** What the checker may read of a running story without changing it. */
export interface StoryProbe {
  /** Times a knot, stitch or choice (`knot`, `knot.stitch`, `knot.0.c-1`) has been visited. */
  visitCount(path: string): number;
  /** The path of each current choice's own content (`knot.0.c-1`): a choice's identity. */
  choicePaths(): string[];
  /** The path of the content being run, or the last run when the story has stopped. */
  position(): string | null;
  /** Where the last line the story printed began. */
  lastLinePosition(): string | null;
  /** Where the story last ran: the `-> END` or `-> DONE` it stopped at, once it has stopped. */
  stopPosition(): string | null;
  /** The value of a global VAR (undefined when the story has none of that name). */
  variable(name: string): unknown;
  /** Warnings inkjs raised while the story ran (they do not stop it). */
  runtimeWarnings(): readonly string[];
}

export interface StoryRuntimeOptions {
  seed: number;
  /** Variables set before the first line, such as role and scenario. */
  variables?: Record<string, string | number | boolean>;
  /** When absent, the ink fallbacks run (as in Inky). */
  handlers?: ExternalHandlers;
  /** Steps allowed from one choice to the next (default STEP_BUDGET). */
  stepBudget?: number;
  /** Other EXTERNAL functions to bind by name (the checker's stubs for a story of another game). */
  externals?: Record<string, (...args: unknown[]) => unknown>;
}

/** What skipLeadingTags needs of inkjs's content: containers, control commands and strings. */
interface InkNode {
  content?: InkNode[];
  commandType?: number;
  value?: unknown;
}

// inkjs's ControlCommand.CommandType.BeginTag and EndTag (ink format 21: `#`, text, `/#`).
const BEGIN_TAG = 24;
const END_TAG = 25;

/**
 * Starts the story just past the tags that open it (its global tags) and returns them. inkjs
 * scans its whole output stream at every step, so tags pushed through it before the first line
 * of text cost time quadratic in their number: a story that declares a table in 120 global tags
 * spent about 10 ms on its first line alone. The caller gives them to the line ink would have
 * put them on (an empty line of their own, or the first line of text), so nothing changes.
 */
function skipLeadingTags(story: Story): { tags: string[]; ownLine: boolean } {
  let container = story.mainContentContainer as unknown as InkNode;
  while (container.content?.[0]?.content) container = container.content[0];
  const items = container.content ?? [];
  const tags: string[] = [];
  let i = 0;
  while (
    items[i]?.commandType === BEGIN_TAG &&
    typeof items[i + 1]?.value === 'string' &&
    items[i + 2]?.commandType === END_TAG
  ) {
    tags.push(
      String(items[i + 1]?.value)
        .replace(/[ \t]+/g, ' ')
        .trim(),
    );
    i += 3;
  }
  if (i === 0) return { tags, ownLine: false };
  const pointer = story.state.currentPointer.copy();
  (pointer as unknown as { container: unknown }).container = container;
  pointer.index = i;
  story.state.currentPointer = pointer;
  // Followed by a line break (as when INCLUDE lines come next), ink gives them a line of their own.
  return { tags, ownLine: items[i]?.value === '\n' };
}

export class StoryRuntime implements StoryProbe {
  readonly story: Story;
  /** The tags skipLeadingTags took off the story's start, for the first line (or one of their own). */
  private leadingTags: { tags: string[]; ownLine: boolean } = { tags: [], ownLine: false };
  /** Kept because `-> END` clears the story's own pointers, and a dead end must say where it is. */
  private lastLineStart: { path: { toString(): string } | null } | null = null;
  /** The last content the story ran for that line: where its text and tags are written. */
  private lastLineEnd: { path: { toString(): string } | null } | null = null;
  private readonly budget: StepBudget;
  private readonly warnings: string[] = [];

  /** @param json compiled story JSON (text or object), or a ParsedStory to share. */
  constructor(json: string | object, options: StoryRuntimeOptions) {
    this.story = parsedOnce(json).instantiate();
    const story = this.story;
    this.budget = installStepBudget(story, options.stepBudget ?? STEP_BUDGET);
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message, type) => {
      // ErrorType.Warning (1): inkjs carries on, and so does the game; the checker lists them.
      if (type === 1) {
        this.warnings.push(cleanInkError(message));
        return;
      }
      throw new StoryRuntimeError(cleanInkError(message), this.position(), currentLocation(story));
    };
    if (options.handlers) this.bind(options.handlers);
    for (const [name, fn] of Object.entries(options.externals ?? {})) story.BindExternalFunction(name, fn, true);
    // Stubs bound by name change what validation finds, so a runtime with them validates afresh.
    const shared = json instanceof ParsedStory && !options.externals ? json : null;
    const validated = options.handlers ? shared?.externalsValidated : shared?.fallbacksValidated;
    if (validated) {
      // Validation walks the whole story; with shared content and the engine's handlers the
      // answer cannot change, so tell inkjs it has been given (it would walk again on Continue).
      markExternalsValidated(story);
    } else {
      try {
        story.ValidateExternalBindings();
      } catch (e) {
        throw new StoryContractError(cleanInkError((e as Error).message));
      }
      if (shared && options.handlers) shared.externalsValidated = true;
      else if (shared) shared.fallbacksValidated = true;
    }
    story.state.storySeed = options.seed;
    this.leadingTags = skipLeadingTags(story);
    for (const [name, value] of Object.entries(options.variables ?? {})) {
      try {
        story.variablesState.$(name, value);
      } catch {
        throw new StoryContractError(`the story does not declare VAR ${name}`);
      }
    }
  }

  private bind(handlers: ExternalHandlers): void {
    // Binding a name the story never declares is harmless in inkjs, so bind them all.
    for (const name of EXTERNAL_NAMES) {
      const fn = handlers[name] as (...args: unknown[]) => unknown;
      this.story.BindExternalFunction(name, (...args: unknown[]) => fn(...args), LOOKAHEAD_SAFE.has(name));
    }
  }

  /** The story's global tags (`# story: id`, `# version: x`) as a map. */
  globalTags(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const raw of this.story.globalTags ?? []) {
      const t = parseTag(raw);
      out[t.key] = t.value;
    }
    return out;
  }

  /** The story's global tags, raw and in order (a tag such as `# member:` may repeat). */
  globalTagList(): string[] {
    return [...(this.story.globalTags ?? [])];
  }

  /**
   * The tags at the start of a knot, raw and in order, read without playing it; none when the
   * story has no such knot. A story keeps data it never plays this way (the `briefing` knot):
   * global tags would be run through at the start of every game.
   */
  knotTags(name: string): string[] {
    if (!this.story.KnotContainerWithName(name)) return [];
    return [...(this.story.TagsForContentAtPath(name) ?? [])];
  }

  /**
   * Runs until the next choice or the end; returns the lines produced. `onLine` sees each line
   * as soon as it is produced, before the story runs on: a `# date:` tag must count for what
   * the rest of the month does. Throws StoryStepsError when the passage runs past its budget
   * (see STEP_BUDGET).
   */
  continuePassage(onLine?: (line: StoryLine) => void): StoryLine[] {
    const lines: StoryLine[] = [];
    const leading = this.leadingTags;
    this.leadingTags = { tags: [], ownLine: false };
    if (leading.ownLine) {
      const line = { text: '', tags: leading.tags.map(parseTag) };
      onLine?.(line);
      lines.push(line);
    }
    let first = leading.ownLine ? [] : leading.tags;
    this.budget.reset();
    try {
      while (this.story.canContinue) {
        if (lines.length >= MAX_PASSAGE_LINES) {
          throw new StoryStepsError(
            stepBudgetMessage({ lines: MAX_PASSAGE_LINES }),
            this.position(),
            currentLocation(this.story),
          );
        }
        this.lastLineStart = this.story.state.currentPointer;
        const text = this.story.Continue() ?? '';
        this.lastLineEnd = this.story.state.previousPointer;
        const line = {
          text: text.replace(/\n$/, ''),
          tags: [...first, ...(this.story.currentTags ?? [])].map(parseTag),
        };
        first = [];
        onLine?.(line);
        lines.push(line);
      }
    } catch (e) {
      if (!(e instanceof StepBudgetExceeded)) throw e;
      throw new StoryStepsError(stepBudgetMessage(e), this.position(), currentLocation(this.story));
    }
    return lines;
  }

  /** How deep the story is in tunnels and functions: the ledger ends an event's scope when it returns. */
  callDepth(): number {
    return this.story.state.callStack.depth;
  }

  runtimeWarnings(): readonly string[] {
    return this.warnings;
  }

  choices(): StoryChoice[] {
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      tags: (c.tags ?? []).map(parseTag),
    }));
  }

  /**
   * Where the current choice set sits in the story (for example `us_oct.0`), stable across
   * playthroughs: logs and reports identify a decision point by it.
   */
  choicePosition(): string {
    const first = this.story.currentChoices[0];
    if (!first) return '';
    return first.pathStringOnChoice.replace(/\.c-\d+$/, '');
  }

  choicePaths(): string[] {
    return this.story.currentChoices.map((c) => c.pathStringOnChoice);
  }

  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /** The path of the content being run, for error messages. */
  position(): string | null {
    try {
      return this.story.state.currentPathString ?? this.story.state.previousPointer?.path?.toString() ?? null;
    } catch {
      return null;
    }
  }

  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  stopPosition(): string | null {
    const last = this.budget.last;
    if (!last || (last as { isNull?: boolean }).isNull) return null;
    return last.path?.toString() ?? null;
  }

  lastLinePosition(): string | null {
    return this.lastLineStart?.path?.toString() ?? null;
  }

  /** Where the last line's own text was written (its end), else where it began. */
  lastLineTextPosition(): string | null {
    return this.lastLineEnd?.path?.toString() ?? this.lastLinePosition();
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.leadingTags = { tags: [], ownLine: false };
    this.story.state.LoadJson(json);
  }
}

/** inkjs prefixes messages with "RUNTIME ERROR: 'file' line N: " (or WARNING); keep the useful part. */
export function cleanInkError(message: string): string {
  return message.replace(/^(RUNTIME )?(ERROR|WARNING):\s*/i, '').trim();
}
