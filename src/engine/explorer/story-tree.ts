/**
 * Static reading of a compiled story's content tree: which knots, stitches and choices it has,
 * which EXTERNALs it calls, whether it tags any ending, and where each choice may lead. This is
 * what the checker knows of a `.json` story that comes without its source, and what steers the
 * explorer towards knots it has not seen.
 */
import type { Story } from 'inkjs/engine/Story';
import { COMMAND, contentAt, PUSH_POP } from '../story/ink-internals.js';
import { EXTERNAL_NAMES } from '../story/runtime.js';
import type { ChoiceEntry, FlowEntry } from './source-index.js';

// inkjs's runtime classes are recognised by shape: the `inkjs` bundle and its per-file modules
// are different copies, so `instanceof` against an imported class would fail.
interface Node {
  content?: Node[];
  namedContent?: Map<string, Node>;
  name?: string | null;
  path?: { toString(): string; componentsString: string };
  // Divert
  isExternal?: boolean;
  pushesToStack?: boolean;
  stackPushType?: number;
  targetPath?: { componentsString: string } | null;
  hasVariableTarget?: boolean;
  isConditional?: boolean;
  parent?: Node | null;
  // VariableReference
  pathForCount?: unknown;
  // ControlCommand
  commandType?: number;
  // StringValue and the legacy Tag
  value?: unknown;
  text?: string;
}

const { EndString: END_STRING, Done: DONE, End: END, BeginTag: BEGIN_TAG, EndTag: END_TAG } = COMMAND;
const FUNCTION_CALL = PUSH_POP.Function;

const isContainer = (o: Node): boolean => Array.isArray(o.content) && o.namedContent instanceof Map;
const isDivert = (o: Node): boolean => typeof o.isExternal === 'boolean' && typeof o.pushesToStack === 'boolean';

/** Every container, with the content of each, in document order. */
function containers(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (c: Node) => {
    out.push(c);
    const seen = new Set<Node>();
    for (const child of c.content ?? []) {
      seen.add(child);
      if (isContainer(child)) walk(child);
    }
    for (const child of c.namedContent?.values() ?? []) if (!seen.has(child) && isContainer(child)) walk(child);
  };
  walk(root);
  return out;
}

export interface StoryTree {
  /** Knots and stitches (functions left out), without source locations. */
  flows: FlowEntry[];
  /** Choices, by the path of their content; text is unknown without the source. */
  choices: ChoiceEntry[];
  /** EXTERNAL functions the story calls, and the path of one call of each. */
  externalCalls: Map<string, string>;
  /** Names of containers a function call targets, and of all top-level knots. */
  functions: Set<string>;
  knotNames: Set<string>;
  /** Whether any `# ending:` tag appears anywhere. */
  hasEndingTag: boolean;
  /** Where each `# ending: id` tag with a literal id is written (the first, for an id given twice). */
  endingTags: Map<string, string>;
  /** The ids of the literal `# ending:` tags, in the order the story is written. */
  endingIds: string[];
  /** Knots of tags alone (data the engine reads, such as `briefing`): never played, never unreached. */
  dataKnots: ReadonlySet<string>;
  /** The optional events the story asks about, as `event_on("name")` with a literal name. */
  eventNames: string[];
  /** Flows each choice may lead to, found by following its diverts (see choiceTargets). */
  targets(choicePath: string): readonly string[];
  /** The VARs read where the story decides to go to a flow (see gateVariables). */
  gates(flowPath: string): readonly string[];
  /** Where the story stops after the content at `path` (see followToStop). */
  stopAfter(path: string): string | null;
}

/**
 * A knot that holds nothing but tags, then ends: data the engine reads without playing it
 * (the `briefing` knot), not content a playthrough should reach.
 */
function isTagsOnly(knot: Node): boolean {
  const content = knot.content ?? [];
  if ((knot.namedContent?.size ?? 0) > 0 || content.length === 0) return false;
  let inTag = false;
  let tags = 0;
  for (const o of content) {
    if (o === null || o === undefined) continue;
    if (o.commandType === BEGIN_TAG) {
      inTag = true;
      tags++;
    } else if (o.commandType === END_TAG) inTag = false;
    else if (inTag && typeof o.value === 'string') continue;
    else if (!inTag && (o.commandType === END || o.commandType === DONE)) continue;
    else return false;
  }
  return tags > 0;
}

const trees = new WeakMap<Story, StoryTree>();

/**
 * Reads the tree once per parsed story: explorations that share a story (the parts of a split
 * check, split.ts) share its tree, and what it works out on demand.
 */
export function readStoryTree(story: Story): StoryTree {
  let tree = trees.get(story);
  if (!tree) {
    tree = readTree(story);
    trees.set(story, tree);
  }
  return tree;
}

/** Reads the tree; `targets` is computed per choice on first use and cached. */
function readTree(story: Story): StoryTree {
  const root = story.mainContentContainer as unknown as Node;
  const all = containers(root);
  const externalCalls = new Map<string, string>();
  const functions = new Set<string>();
  let hasEndingTag = false;
  const endingTags = new Map<string, string>();
  let inTag = false;
  const eventNames = new Set<string>();
  for (const c of all) {
    const content = c.content ?? [];
    content.forEach((o, i) => {
      if (isDivert(o)) {
        const target = o.targetPath?.componentsString;
        if (o.isExternal && target && !externalCalls.has(target)) externalCalls.set(target, c.path?.toString() ?? '');
        // `event_on("isaf")` compiles to: str, "isaf", /str, then the call.
        const name = content[i - 2]?.value;
        if (
          o.isExternal &&
          target === 'event_on' &&
          content[i - 1]?.commandType === END_STRING &&
          typeof name === 'string'
        ) {
          eventNames.add(name);
        }
        if (o.pushesToStack && o.stackPushType === FUNCTION_CALL && target) functions.add(target);
      } else if (o.commandType === BEGIN_TAG) {
        inTag = true;
      } else if (o.commandType === END_TAG) {
        inTag = false;
      } else if ((inTag && typeof o.value === 'string') || typeof o.text === 'string') {
        const text = String(inTag ? o.value : o.text);
        if (/^\s*ending\s*:/i.test(text)) {
          hasEndingTag = true;
          const id = text.replace(/^\s*ending\s*:/i, '').trim();
          if (id && !endingTags.has(id)) endingTags.set(id, `${c.path?.toString() ?? ''}.${i}`);
        }
      }
    });
  }
  // An external's fallback is a function too, though nothing calls it as one; the contract's
  // fallbacks are functions even when the story never calls them.
  for (const name of [...externalCalls.keys(), ...EXTERNAL_NAMES]) functions.add(name);

  const flows: FlowEntry[] = [];
  const knotNames = new Set<string>();
  const dataKnots = new Set<string>();
  for (const [name, knot] of root.namedContent ?? []) {
    if (!isContainer(knot) || name === 'global decl') continue;
    knotNames.add(name);
    if (isTagsOnly(knot)) dataKnots.add(name);
    if (functions.has(name) || dataKnots.has(name)) continue;
    flows.push({ path: name, kind: 'knot', loc: null });
    for (const [sub, stitch] of knot.namedContent ?? []) {
      if (isContainer(stitch) && !/^\d+$/.test(sub)) flows.push({ path: `${name}.${sub}`, kind: 'stitch', loc: null });
    }
  }
  const choices: ChoiceEntry[] = all
    .filter((c) => /^c-\d+$/.test(c.name ?? ''))
    .map((c) => ({ path: c.path?.toString() ?? '', text: '', loc: null }));

  const flowPaths = flows.map((f) => f.path);
  const cache = new Map<string, readonly string[]>();
  const gateCache = new Map<string, readonly string[]>();
  return {
    flows,
    choices,
    externalCalls,
    functions,
    knotNames,
    hasEndingTag,
    endingTags,
    endingIds: [...endingTags.keys()],
    dataKnots,
    eventNames: [...eventNames],
    targets(choicePath) {
      let t = cache.get(choicePath);
      if (!t) {
        t = choiceTargets(root, choicePath, flowPaths);
        cache.set(choicePath, t);
      }
      return t;
    },
    stopAfter(path) {
      return followToStop(root, path);
    },
    gates(flowPath) {
      let g = gateCache.get(flowPath);
      if (!g) {
        g = gateVariables(root, all, flowPath);
        gateCache.set(flowPath, g);
      }
      return g;
    },
  };
}

/** The flow (knot or stitch) a path lies in: the longest flow path that prefixes it. */
export function flowOf(path: string, flowPaths: readonly string[]): string | null {
  let best: string | null = null;
  for (const f of flowPaths) {
    if ((path === f || path.startsWith(`${f}.`)) && (!best || f.length > best.length)) best = f;
  }
  return best;
}

/** The container at a runtime path, or null (no such path, or not a container). */
export function containerAt<T extends { content?: T[]; namedContent?: Map<string, T> }>(
  root: T,
  path: string,
): T | null {
  const node = contentAt(root, path);
  return node && Array.isArray(node.content) && node.namedContent instanceof Map ? node : null;
}

/**
 * The other knots and stitches a choice may lead to: the targets of the diverts in its content,
 * following diverts that stay in its own flow (to a gather, say) a few steps deep. Conditions
 * are ignored, so "may".
 */
export function choiceTargets(root: Node, choicePath: string, flowPaths: readonly string[]): string[] {
  const home = flowOf(choicePath, flowPaths);
  const found = new Set<string>();
  const visited = new Set<string>();
  const queue: [string, number][] = [[choicePath, 0]];
  while (queue.length > 0) {
    const [path, depth] = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    const start = containerAt(root, path);
    if (!start) continue;
    const stack: Node[] = [start];
    while (stack.length > 0) {
      const c = stack.pop()!;
      for (const o of c.content ?? []) {
        if (isContainer(o)) {
          stack.push(o);
          continue;
        }
        if (!isDivert(o) || o.isExternal || o.hasVariableTarget) continue;
        if (o.pushesToStack && o.stackPushType === FUNCTION_CALL) continue;
        const target = o.targetPath?.componentsString;
        if (!target) continue;
        const flow = flowOf(target, flowPaths);
        if (flow && flow !== home) found.add(flow);
        else if (depth < 3) queue.push([target.replace(/\.\d+$/, ''), depth + 1]);
      }
    }
  }
  return [...found];
}

/**
 * The `-> END` or `-> DONE` (or the end of a knot) the story reaches from `path`, read from the content without running
 * it: sequence, nested containers and plain diverts are followed, calls and conditional diverts
 * are passed over (as if false), and a choice ends the search (the story stopped there, so none
 * of its options was available). inkjs forgets where it was once
 * `-> END` has run, and this is how a dead end finds its own line again.
 */
export function followToStop(root: Node, path: string): string | null {
  const m = /^(.*)\.(\d+)$/.exec(path);
  let container = m ? containerAt(root, m[1]!) : containerAt(root, path);
  let i = m ? Number(m[2]) : 0;
  for (let steps = 0; container && steps < 500; steps++) {
    const o: Node | undefined = container.content?.[i];
    if (!o) {
      // Off the end of a container: on into the parent, after it. Off the end of a knot, ink
      // runs out of content, and its last line is where it stopped.
      const parent: Node | null | undefined = container.parent;
      const at = parent?.content?.indexOf(container) ?? -1;
      if (!parent || at < 0) {
        const last = (container.content?.length ?? 0) - 1;
        return last >= 0 ? `${container.path?.toString()}.${last}` : null;
      }
      container = parent;
      i = at + 1;
    } else if (isContainer(o)) {
      container = o;
      i = 0;
    } else if (o.commandType === END || o.commandType === DONE) {
      return `${container.path?.toString()}.${i}`;
    } else if ('pathOnChoice' in o) {
      // Choices on offer here, yet the story stopped: none of them was available.
      return `${container.path?.toString()}.${i}`;
    } else if (isDivert(o) && !o.isExternal && !o.pushesToStack && !o.isConditional && !o.hasVariableTarget) {
      const target = o.targetPath?.componentsString ?? '';
      const t = /^(.*)\.(\d+)$/.exec(target);
      container = t ? containerAt(root, t[1]!) : containerAt(root, target);
      i = t ? Number(t[2]) : 0;
    } else {
      i += 1;
    }
  }
  return null;
}

const BEGIN_STRING = COMMAND.BeginString;

/**
 * `track("invitation") == "renewed"` (or `!=`) at content[i], compiled as: str "invitation" /str,
 * the call, str "renewed" /str, `==`. Returns `track:invitation=renewed`, or null.
 */
function trackComparison(content: readonly Node[], i: number): string | null {
  const call = content[i];
  if (!call || !isDivert(call) || !call.isExternal || call.targetPath?.componentsString !== 'track') return null;
  const name = content[i - 2]?.value;
  const state = content[i + 2]?.value;
  const op = content[i + 4]?.name;
  if (content[i - 1]?.commandType !== END_STRING || typeof name !== 'string') return null;
  if (content[i + 1]?.commandType !== BEGIN_STRING || content[i + 3]?.commandType !== END_STRING) return null;
  return typeof state === 'string' && (op === '==' || op === '!=') ? `track:${name}=${state}` : null;
}

/**
 * The VARs that decide whether the story goes to a flow: those read near each divert to it
 * (in the divert's container and the one around it, where a condition is evaluated) and in the
 * functions called there, two calls deep. `{ division_ready(0): ~ finale = -> division }`
 * gives what division_ready reads. Track states compared there come as `track:NAME=STATE`.
 * The explorer drives these when the flow is still unreached.
 */
export function gateVariables(root: Node, all: readonly Node[], flowPath: string): string[] {
  const names = new Set<string>();
  const leadsThere = (t: string | undefined) => t !== undefined && (t === flowPath || t.startsWith(`${flowPath}.`));
  const read = (c: Node, depth: number, seen: Set<Node>) => {
    if (seen.has(c)) return;
    seen.add(c);
    const content = c.content ?? [];
    content.forEach((o, i) => {
      const trackState = trackComparison(content, i);
      if (trackState) names.add(trackState);
      if (isContainer(o)) read(o, depth, seen);
      else if (typeof o.name === 'string' && o.pathForCount !== undefined) names.add(o.name);
      else if (isDivert(o) && o.pushesToStack && o.stackPushType === FUNCTION_CALL && depth < 2) {
        const fn = containerAt(root, o.targetPath?.componentsString ?? '');
        if (fn) read(fn, depth + 1, seen);
      }
    });
  };
  for (const c of all) {
    const refers = (c.content ?? []).some(
      (o) => !isContainer(o) && !o.pushesToStack && leadsThere(o.targetPath?.componentsString),
    );
    if (!refers || flowOf(c.path?.toString() ?? '', [flowPath]) === flowPath) continue;
    const seen = new Set<Node>();
    read(c, 0, seen);
    if (c.parent && isContainer(c.parent)) read(c.parent, 0, seen);
  }
  return [...names];
}
