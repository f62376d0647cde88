/**
 * What the checker can prove unreachable without playing: a knot or stitch no divert leads to
 * (from anywhere the story can get to), and a choice whose condition is always false. Playing
 * only ever shows what was not reached in so many playthroughs; this is the part a report may
 * call "unreachable". Conditions are ignored when following diverts, so what is reported here
 * is unreachable on every path, and what is not may still be.
 */
import type { Story } from 'inkjs/engine/Story';
import { COMMAND, VALUE_TYPE } from '../story/ink-internals.js';
import { containerAt, flowOf } from './story-tree.js';

// inkjs's runtime objects, recognised by shape (see story-tree.ts for why not by class).
interface Node {
  content?: Node[];
  namedContent?: Map<string, Node>;
  name?: string | null;
  path?: { toString(): string };
  // Divert
  isExternal?: boolean;
  pushesToStack?: boolean;
  targetPath?: { componentsString: string } | null;
  hasVariableTarget?: boolean;
  // DivertTargetValue (`-> knot` as a value), ChoicePoint
  valueType?: number;
  value?: unknown;
  pathOnChoice?: { componentsString: string } | null;
  hasCondition?: boolean;
  // ControlCommand, NativeFunctionCall
  commandType?: number;
  numberOfParameters?: number;
}

const isContainer = (o: Node): boolean => Array.isArray(o.content) && o.namedContent instanceof Map;
const isDivert = (o: Node): boolean => typeof o.isExternal === 'boolean' && typeof o.pushesToStack === 'boolean';

/** Paths of every node of the reachability graph: knots (functions included) and stitches. */
function graphNodes(root: Node): string[] {
  const out: string[] = [];
  for (const [name, knot] of root.namedContent ?? []) {
    if (!isContainer(knot) || name === 'global decl') continue;
    out.push(name);
    for (const [sub, stitch] of knot.namedContent ?? []) {
      if (isContainer(stitch) && !/^\d+$/.test(sub) && !/^[cg]-\d+$/.test(sub)) out.push(`${name}.${sub}`);
    }
  }
  return out;
}

const pathOf = (o: Node) => o.path?.toString() ?? '';

/** Every path a node's content refers to: divert targets, divert values, choices' content. */
function references(node: Node, nodePaths: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Set<Node>();
  // Gathers and choice containers belong to the node; a stitch is a node of its own, reached
  // only when something leads there.
  const walk = (c: Node) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const o of c.content ?? []) {
      if (isContainer(o)) {
        if (!nodePaths.has(pathOf(o))) walk(o);
      } else {
        visit(o);
      }
    }
    for (const child of c.namedContent?.values() ?? []) {
      if (isContainer(child) && !nodePaths.has(pathOf(child))) walk(child);
    }
  };
  const visit = (o: Node) => {
    if (isDivert(o)) {
      // An EXTERNAL's call leads to its ink fallback when the game does not bind it.
      const t = o.hasVariableTarget ? null : o.targetPath?.componentsString;
      if (t) out.push(t);
    } else if (o.valueType === VALUE_TYPE.DivertTarget) {
      const t = (o.value as { componentsString?: string } | null)?.componentsString;
      if (t) out.push(t);
    } else if (o.pathOnChoice) {
      out.push(o.pathOnChoice.componentsString);
    }
  };
  walk(node);
  return out;
}

/**
 * Knots and stitches no path from the start (or from `entry`) can lead to, following every
 * divert whatever its condition.
 */
export function unreachableFlows(story: Story, entry?: string): Set<string> {
  const root = story.mainContentContainer as unknown as Node;
  const nodes = graphNodes(root);
  const nodeSet = new Set(nodes);
  const reached = new Set<string>();
  const queue: Node[] = [];
  // The story's own start: the root's unnamed content and its global declarations.
  const start: Node = entry ? (containerAt(root, entry) ?? root) : root;
  if (entry) reached.add(flowOf(entry, nodes) ?? entry);
  queue.push(entry ? start : { content: root.content, namedContent: new Map() });
  const globals = root.namedContent?.get('global decl');
  if (globals) queue.push(globals);
  while (queue.length > 0) {
    const node = queue.pop()!;
    for (const target of references(node, nodeSet)) {
      const flow = flowOf(target, nodes);
      if (!flow || reached.has(flow)) continue;
      reached.add(flow);
      const c = containerAt(root, flow);
      if (c) queue.push(c);
      if (target !== flow) {
        const inner = containerAt(root, target.replace(/\.\d+$/, ''));
        if (inner && inner !== c) queue.push(inner);
      }
    }
  }
  return new Set(nodes.filter((n) => !reached.has(n)));
}

/** A value of a literal-only condition (`{false}`, `{1 == 2}`), or undefined when it reads anything. */
function evaluate(tokens: readonly Node[]): unknown {
  const stack: unknown[] = [];
  for (const t of tokens) {
    if (typeof t.value === 'number' || typeof t.value === 'boolean') {
      stack.push(t.value);
      continue;
    }
    if (typeof t.name !== 'string' || typeof t.numberOfParameters !== 'number') return undefined;
    const args = stack.splice(stack.length - t.numberOfParameters);
    if (args.length !== t.numberOfParameters) return undefined;
    const [a, b] = args as [number, number];
    const ops: Record<string, () => unknown> = {
      '==': () => a === b,
      '!=': () => a !== b,
      '<': () => a < b,
      '>': () => a > b,
      '<=': () => a <= b,
      '>=': () => a >= b,
      '!': () => !a,
      '&&': () => Boolean(a) && Boolean(b),
      '||': () => Boolean(a) || Boolean(b),
      '+': () => a + b,
      '-': () => a - b,
      '*': () => a * b,
    };
    const op = ops[t.name];
    if (!op) return undefined;
    stack.push(op());
  }
  return stack.length === 1 ? stack[0] : undefined;
}

/**
 * Choices (by the path of their content) whose condition can never be true: the condition is
 * made of literals alone and is false. (`{false}` and `{not true}` are the common cases.)
 */
export function alwaysFalseChoices(story: Story): Set<string> {
  const out = new Set<string>();
  const walk = (c: Node) => {
    const content = c.content ?? [];
    content.forEach((o, i) => {
      if (isContainer(o)) walk(o);
      if (!o.pathOnChoice || !o.hasCondition || content[i - 1]?.commandType !== COMMAND.EvalEnd) return;
      // The condition is what the evaluation ends with, after the choice's text (`/str`).
      let from = i - 2;
      while (
        from >= 0 &&
        content[from]?.commandType !== COMMAND.EndString &&
        content[from]?.commandType !== COMMAND.EvalStart
      ) {
        from--;
      }
      const value = evaluate(content.slice(from + 1, i - 1));
      if (value !== undefined && !value) out.add(o.pathOnChoice.componentsString);
    });
    for (const child of c.namedContent?.values() ?? []) if (isContainer(child) && !content.includes(child)) walk(child);
  };
  walk(story.mainContentContainer as unknown as Node);
  return out;
}
