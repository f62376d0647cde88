/**
 * Every use the engine makes of inkjs beyond its documented API, in one place, for the one
 * version package.json pins (tests/hardening/inkjs-internals.test.ts proves each still holds):
 *
 * - `new Story(container, lists)`: a second story over already-parsed content (the checker
 *   starts thousands; parsing the JSON each time would cost more than playing);
 * - `_hasValidatedExternals`: validation walks the whole story, and shared content with the
 *   engine's handlers cannot change the answer;
 * - `Step()`, wrapped per story to count steps, so a loop without choices or an unbounded
 *   recursion ends with an error instead of running until the memory is gone;
 * - `Container.visitsShouldBeCounted`, set on a story compiled without visit counts, so the
 *   checker can still see what was reached;
 * - debug metadata on runtime objects (only on a story the compiler made in this process:
 *   compiled JSON carries none), for FILE:LINE;
 * - the version warning inkjs prints with console.warn, caught instead of leaked to stderr.
 */
import type { Story } from 'inkjs/engine/Story';

/**
 * inkjs's ControlCommand.CommandType numbers the checker reads in compiled content (the
 * `inkjs` bundle does not export the enum; the test compares these with inkjs/engine's).
 */
export const COMMAND = {
  EvalStart: 0,
  EvalEnd: 2,
  BeginString: 7,
  EndString: 8,
  Done: 19,
  End: 20,
  BeginTag: 24,
  EndTag: 25,
} as const;

/** inkjs's Value.ValueType numbers (as COMMAND, compared with inkjs/engine's in a test). */
export const VALUE_TYPE = { DivertTarget: 4 } as const;

/** inkjs's PushPopType numbers. */
export const PUSH_POP = { Tunnel: 0, Function: 1 } as const;

/** Where a runtime object was written, from the compiler's debug metadata. */
export interface DebugLocation {
  file: string;
  line: number;
}

interface InkObject {
  content?: InkObject[];
  namedContent?: Map<string, InkObject>;
  debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
  visitsShouldBeCounted?: boolean;
  name?: string | null;
}

type StoryConstructor = new (content: unknown, lists: unknown) => Story;

/** A new story, in its initial state, over the content of `template` (same inkjs copy as it). */
export function storyOverContent(template: Story): Story {
  const StoryOfTemplate = template.constructor as unknown as StoryConstructor;
  const story = new StoryOfTemplate(template.mainContentContainer, template.listDefinitions?.lists ?? []);
  story.ResetState();
  return story;
}

/** Tells inkjs its externals were validated (see the note at the top). */
export function markExternalsValidated(story: Story): void {
  (story as unknown as { _hasValidatedExternals: boolean })._hasValidatedExternals = true;
}

/**
 * Thrown from inside inkjs when a story runs past its budget: too many steps, or calls (of
 * functions and tunnels) nested too deep. inkjs lets it through.
 */
export class StepBudgetExceeded extends Error {
  constructor(
    readonly steps: number,
    readonly depth: number | null = null,
  ) {
    super(depth === null ? `step budget of ${steps} exceeded` : `call depth of ${depth} exceeded`);
    this.name = 'StepBudgetExceeded';
  }
}

/**
 * Calls nested deeper than this are a function or tunnel that never returns. Each one costs
 * inkjs more than the last (it copies the call stack), so recursion is stopped by depth long
 * before the step budget would.
 */
export const MAX_CALL_DEPTH = 2_000;

/** A counter of inkjs steps: `reset()` before running, and `Step()` throws past the limit. */
export interface StepBudget {
  readonly limit: number;
  /** Steps taken since the last reset. */
  readonly used: number;
  /**
   * Where the last step ran: once `-> END` has run, inkjs has cleared its own pointers, and
   * this is the one record of where the story stopped.
   */
  readonly last: { path: { toString(): string } | null } | null;
  reset(): void;
}

/** Wraps this story's `Step()` so that the `limit + 1`-th step since a reset throws StepBudgetExceeded. */
export function installStepBudget(story: Story, limit: number): StepBudget {
  const target = story as unknown as { Step(): void };
  const step = target.Step.bind(story);
  const budget: StepBudget & { used: number; last: StepBudget['last'] } = {
    limit,
    used: 0,
    last: null,
    reset() {
      budget.used = 0;
    },
  };
  const callStack = () => story.state.callStack as unknown as { depth: number };
  target.Step = () => {
    budget.used += 1;
    if (budget.used > limit) throw new StepBudgetExceeded(limit);
    if ((budget.used & 63) === 0 && callStack().depth > MAX_CALL_DEPTH) {
      throw new StepBudgetExceeded(limit, MAX_CALL_DEPTH);
    }
    // inkjs replaces its pointer at every move rather than changing it, so keeping it is safe.
    budget.last = story.state.currentPointer as unknown as StepBudget['last'];
    step();
  };
  return budget;
}

/** Runs `fn` with console.warn caught; returns its result and what it warned. */
export function catchingWarnings<T>(fn: () => T): { value: T; warnings: string[] } {
  const warnings: string[] = [];
  // biome-ignore lint/suspicious/noConsole: catching what inkjs prints is the point
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    return { value: fn(), warnings };
  } finally {
    console.warn = original;
  }
}

/**
 * What lies at a path such as `knot.0.c-1.4` below `root` (a number is an index into content, a
 * name a key of namedContent), or null. The empty path names nothing here.
 */
export function contentAt<T extends { content?: T[]; namedContent?: Map<string, T> }>(root: T, path: string): T | null {
  let node: T | undefined = root;
  for (const part of path.split('.')) {
    if (!node) return null;
    node = /^\d+$/.test(part) ? node.content?.[Number(part)] : node.namedContent?.get(part);
  }
  return node ?? null;
}

/** The runtime object at a path such as `knot.0.c-1.4` (the root for the empty path), or null. */
function objectAt(story: Story, path: string): InkObject | null {
  const root = story.mainContentContainer as unknown as InkObject;
  return path === '' ? root : contentAt(root, path);
}

/**
 * Where the content at a runtime path was written, or null (no such path, or no debug
 * metadata). A container the compiler gave no line of its own (a choice's, a gather's) is where
 * its first line is.
 */
export function locationOfPath(story: Story, path: string | null): DebugLocation | null {
  if (path === null) return null;
  const obj = objectAt(story, path);
  if (!obj) return null;
  const own = (obj as { ownDebugMetadata?: InkObject['debugMetadata'] }).ownDebugMetadata;
  return toLocation(own) ?? toLocation(firstMetadata(obj)) ?? toLocation(obj.debugMetadata);
}

/** The debug metadata of a container's first content that has some. */
function firstMetadata(node: InkObject): InkObject['debugMetadata'] | null {
  for (const child of node.content ?? []) {
    const own = (child as { ownDebugMetadata?: InkObject['debugMetadata'] }).ownDebugMetadata;
    if (own?.fileName) return own;
    if (Array.isArray(child.content)) {
      const inner = firstMetadata(child);
      if (inner) return inner;
    }
  }
  return null;
}

/** Where the story is now (or was, when it stopped), as inkjs itself reports runtime errors. */
export function currentLocation(story: Story): DebugLocation | null {
  try {
    return toLocation((story as unknown as { currentDebugMetadata: InkObject['debugMetadata'] }).currentDebugMetadata);
  } catch {
    return null;
  }
}

function toLocation(dm: InkObject['debugMetadata'] | undefined): DebugLocation | null {
  return dm?.fileName ? { file: dm.fileName, line: dm.startLineNumber } : null;
}

/** Whether the story carries the compiler's debug metadata (made in this process, not read from JSON). */
export function hasDebugMetadata(story: Story): boolean {
  const root = story.mainContentContainer as unknown as InkObject;
  for (const knot of root.namedContent?.values() ?? []) {
    if (knot.debugMetadata?.fileName) return true;
  }
  return false;
}

/**
 * Knots and stitches that do not count their visits. inklecate and the inkjs compiler count
 * only what the story reads unless given `-c` (Inky passes it), and then every visit count the
 * checker reads stays 0.
 */
export function uncountedFlows(story: Story): string[] {
  const root = story.mainContentContainer as unknown as InkObject;
  const out: string[] = [];
  for (const [name, knot] of root.namedContent ?? []) {
    if (name === 'global decl' || !Array.isArray(knot.content)) continue;
    if (!knot.visitsShouldBeCounted) out.push(name);
  }
  return out;
}

/**
 * Turns visit counting on for every named container (knots, stitches, gathers, choices), as
 * `-c` would have compiled it. It changes nothing a story can observe: a story reads only the
 * counts the compiler already kept for it.
 */
export function countAllVisits(story: Story): void {
  const walk = (c: InkObject) => {
    for (const [, child] of c.namedContent ?? []) {
      if (!Array.isArray(child.content)) continue;
      child.visitsShouldBeCounted = true;
      walk(child);
    }
    for (const child of c.content ?? []) if (Array.isArray(child.content) && !child.name) walk(child);
  };
  walk(story.mainContentContainer as unknown as InkObject);
}

/**
 * Calls `onStep` with the runtime object each step is about to run (wrapping `Step()`, as the
 * step budget does). For line coverage: the object's debug metadata says which line ran.
 */
export function traceSteps(story: Story, onStep: (obj: unknown) => void): void {
  const target = story as unknown as { Step(): void };
  const step = target.Step.bind(story);
  target.Step = () => {
    const pointer = story.state.currentPointer as unknown as { Resolve(): unknown; isNull: boolean };
    if (!pointer.isNull) onStep(pointer.Resolve());
    step();
  };
}

/** The (file, line) of a runtime object, from its own debug metadata or its nearest container's. */
export function lineOf(obj: unknown): DebugLocation | null {
  return toLocation((obj as InkObject | null)?.debugMetadata);
}

/** Every (file, line) the compiler recorded for a story's content: the lines a story can run. */
export function allLines(story: Story): DebugLocation[] {
  const seen = new Set<string>();
  const out: DebugLocation[] = [];
  const walk = (node: InkObject & { ownDebugMetadata?: InkObject['debugMetadata'] }) => {
    // Content only: a knot's own line (its `=== name ===`) is never what a step runs.
    const dm = Array.isArray(node.content) ? null : node.ownDebugMetadata;
    if (dm?.fileName) {
      const key = `${dm.fileName}\u0000${dm.startLineNumber}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ file: dm.fileName, line: dm.startLineNumber });
      }
    }
    const content = node.content ?? [];
    for (const child of content) walk(child);
    for (const child of node.namedContent?.values() ?? []) if (!content.includes(child)) walk(child);
  };
  walk(story.mainContentContainer as unknown as InkObject);
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The compiler's debug metadata of one runtime object, as plain data (to send to a worker). */
export interface DebugEntry {
  /** Where the object sits: content indices and names from the root, joined by dots (as objectAt reads). */
  at: string;
  fileName: string | null;
  sourceName: string | null;
  startLineNumber: number;
  endLineNumber: number;
  startCharacterNumber: number;
  endCharacterNumber: number;
}

type WithOwnMetadata = InkObject & { _debugMetadata?: Omit<DebugEntry, 'at'> | null };

/**
 * Every object's own debug metadata, as plain data. A worker thread reads the story from JSON,
 * which carries none; given this table (attachDebugMetadata), it reports the same FILE:LINE, in
 * the same words, as the thread that compiled the story.
 */
export function exportDebugMetadata(story: Story): DebugEntry[] {
  const out: DebugEntry[] = [];
  const seen = new Set<InkObject>();
  const walk = (node: WithOwnMetadata, at: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const dm = node._debugMetadata;
    if (dm) {
      const { fileName, sourceName, startLineNumber, endLineNumber, startCharacterNumber, endCharacterNumber } = dm;
      out.push({ at, fileName, sourceName, startLineNumber, endLineNumber, startCharacterNumber, endCharacterNumber });
    }
    const join = (part: string) => (at === '' ? part : `${at}.${part}`);
    node.content?.forEach((child, i) => {
      if (child && typeof child === 'object') walk(child as WithOwnMetadata, join(String(i)));
    });
    for (const [name, child] of node.namedContent ?? []) walk(child as WithOwnMetadata, join(name));
  };
  walk(story.mainContentContainer as unknown as WithOwnMetadata, '');
  return out;
}

/** Puts exportDebugMetadata's table back on a story read from the same JSON. */
export function attachDebugMetadata(story: Story, table: readonly DebugEntry[]): void {
  for (const { at, ...dm } of table) {
    const node = objectAt(story, at) as WithOwnMetadata | null;
    if (node) node._debugMetadata = { ...dm };
  }
}
