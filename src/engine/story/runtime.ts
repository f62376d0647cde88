/**
 * A thin wrapper over the inkjs runtime Story: loads compiled JSON, seeds it, binds the
 * contract's externals to the simulation, and turns ink's output into lines with parsed tags.
 * Knows nothing of meters or sessions; those are the caller's.
 */
import { Story as InkStory } from 'inkjs';
import type { Story } from 'inkjs/engine/Story';
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
  ) {
    super(path ? `${message} (at ${path})` : message);
    this.name = 'StoryRuntimeError';
  }
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

  constructor(json: string | object) {
    try {
      this.template = new StoryClass(typeof json === 'string' ? json : JSON.stringify(json));
    } catch (e) {
      throw new StoryContractError(`not a compiled ink story: ${(e as Error).message}`);
    }
  }

  /** The parsed story itself, for static analysis (the checker's contract and coverage). */
  get content(): Story {
    return this.template;
  }

  /** A fresh story over the shared content, in its initial state. */
  instantiate(): Story {
    const StoryFromContent = StoryClass as unknown as new (content: unknown, lists: unknown) => Story;
    const story = new StoryFromContent(this.template.mainContentContainer, this.template.listDefinitions?.lists ?? []);
    story.ResetState();
    return story;
  }
}

/** What the checker may read of a running story without changing it. */
export interface StoryProbe {
  /** Times a knot, stitch or choice (`knot`, `knot.stitch`, `knot.0.c-1`) has been visited. */
  visitCount(path: string): number;
  /** The path of each current choice's own content (`knot.0.c-1`): a choice's identity. */
  choicePaths(): string[];
  /** The path of the content being run, or the last run when the story has stopped. */
  position(): string | null;
  /** Where the last line the story printed began: all that is left once `-> END` has run. */
  lastLinePosition(): string | null;
  /** The value of a global VAR (undefined when the story has none of that name). */
  variable(name: string): unknown;
}

export interface StoryRuntimeOptions {
  seed: number;
  /** Variables set before the first line, such as role and scenario. */
  variables?: Record<string, string | number | boolean>;
  /** When absent, the ink fallbacks run (as in Inky). */
  handlers?: ExternalHandlers;
}

export class StoryRuntime implements StoryProbe {
  readonly story: Story;
  /** Kept because `-> END` clears the story's own pointers, and a dead end must say where it is. */
  private lastLineStart: { path: { toString(): string } | null } | null = null;
  /** The last content the story ran for that line: where its text and tags are written. */
  private lastLineEnd: { path: { toString(): string } | null } | null = null;

  /** @param json compiled story JSON (text or object), or a ParsedStory to share. */
  constructor(json: string | object, options: StoryRuntimeOptions) {
    try {
      this.story =
        json instanceof ParsedStory
          ? json.instantiate()
          : new StoryClass(typeof json === 'string' ? json : JSON.stringify(json));
    } catch (e) {
      throw new StoryContractError(`not a compiled ink story: ${(e as Error).message}`);
    }
    const story = this.story;
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message) => {
      throw new StoryRuntimeError(cleanInkError(message), this.position());
    };
    if (options.handlers) this.bind(options.handlers);
    const shared = json instanceof ParsedStory ? json : null;
    if (shared?.externalsValidated && options.handlers) {
      // Validation walks the whole story; with shared content and the engine's handlers the
      // answer cannot change, so tell inkjs it has been given (it would walk again on Continue).
      (story as unknown as { _hasValidatedExternals: boolean })._hasValidatedExternals = true;
    } else {
      try {
        story.ValidateExternalBindings();
      } catch (e) {
        throw new StoryContractError(cleanInkError((e as Error).message));
      }
      if (shared && options.handlers) shared.externalsValidated = true;
    }
    story.state.storySeed = options.seed;
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
   * the rest of the month does.
   */
  continuePassage(onLine?: (line: StoryLine) => void): StoryLine[] {
    const lines: StoryLine[] = [];
    while (this.story.canContinue) {
      this.lastLineStart = this.story.state.currentPointer;
      const text = this.story.Continue() ?? '';
      this.lastLineEnd = this.story.state.previousPointer;
      const line = { text: text.replace(/\n$/, ''), tags: (this.story.currentTags ?? []).map(parseTag) };
      onLine?.(line);
      lines.push(line);
    }
    return lines;
  }

  /** How deep the story is in tunnels and functions: the ledger ends an event's scope when it returns. */
  callDepth(): number {
    return this.story.state.callStack.depth;
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
    this.story.state.LoadJson(json);
  }
}

/** inkjs prefixes messages with "RUNTIME ERROR: 'file' line N: "; keep the useful part. */
export function cleanInkError(message: string): string {
  return message.replace(/^(RUNTIME )?ERROR:\s*/i, '').trim();
}
