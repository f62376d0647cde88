/**
 * The source index: where each knot, stitch, choice and EXTERNAL of a story is written, and a
 * line table that turns any runtime path (`us_oct.0.c-1.4`) back into `file:line`. Compiled
 * JSON carries no source positions, so the compiler builds this from its parsed story while it
 * still has them; the checker uses it to say where a problem is. Plain data, so it can be
 * cached or sent as JSON.
 */

export interface SourceLocation {
  /** File as the compiler was told to name it (the CLI passes paths relative to the working folder). */
  file: string;
  line: number;
}

export interface FlowEntry {
  /** Runtime path: `knot` or `knot.stitch`, the key of its visit count. */
  path: string;
  kind: 'knot' | 'stitch';
  loc: SourceLocation | null;
}

export interface ChoiceEntry {
  /** Runtime path of the choice's own content (`knot.0.c-1`): what a taken choice visits. */
  path: string;
  /** The choice's literal text, as far as it is literal. */
  text: string;
  loc: SourceLocation | null;
}

export interface ExternalEntry {
  name: string;
  loc: SourceLocation | null;
}

export interface SourceIndex {
  flows: FlowEntry[];
  choices: ChoiceEntry[];
  externals: ExternalEntry[];
  /** File names, referred to by number in `lines`. */
  files: string[];
  /**
   * Per container path, `[content index, file number, line]` wherever the line changes, sorted
   * by index; index -1 is the container itself.
   */
  lines: Record<string, [number, number, number][]>;
}

/** The source line of a runtime path: the nearest content at or before it that has one. */
export function locate(index: SourceIndex | null, path: string | null): SourceLocation | null {
  if (!index || !path) return null;
  const named = index.choices.find((c) => c.path === path) ?? index.flows.find((f) => f.path === path);
  if (named?.loc) return named.loc;
  const parts = path.split('.');
  while (parts.length > 0) {
    const last = parts.at(-1)!;
    const numeric = /^\d+$/.test(last);
    const at = numeric ? Number(last) : -1;
    const container = numeric ? parts.slice(0, -1).join('.') : parts.join('.');
    const entries = index.lines[container];
    if (entries) {
      let found: [number, number, number] | undefined;
      for (const e of entries) {
        if (e[0] > at) break;
        found = e;
      }
      if (found) return { file: index.files[found[1]] ?? '?', line: found[2] };
    }
    parts.pop();
  }
  return null;
}

/** `file:line`, or the runtime path when the source is unknown (a compiled .json story). */
export function formatLocation(loc: SourceLocation | null, fallback: string): string {
  return loc ? `${loc.file}:${loc.line}` : fallback;
}

// The compiler's objects, as far as the index needs them (inkjs/full ships no usable types for
// its parsed hierarchy, and its classes are minified, so objects are recognised by shape).
interface DebugMeta {
  fileName: string | null;
  startLineNumber: number;
}
interface ParsedNode {
  typeName?: string;
  content?: ParsedNode[];
  debugMetadata?: DebugMeta | null;
  isFunction?: boolean;
  isInvisibleDefault?: boolean;
  name?: string | null;
  text?: string;
  runtimePath?: { toString(): string };
  innerContentContainer?: { path: { toString(): string } } | null;
  startContent?: ParsedNode | null;
  choiceOnlyContent?: ParsedNode | null;
  externals?: Map<string, ParsedNode>;
}
interface RuntimeNode {
  content?: RuntimeNode[];
  namedContent?: Map<string, RuntimeNode>;
  ownDebugMetadata?: DebugMeta | null;
  path?: { toString(): string };
}

function isContainer(o: RuntimeNode): boolean {
  return Array.isArray(o.content) && o.namedContent instanceof Map;
}

function textOf(node: ParsedNode | null | undefined): string {
  if (!node) return '';
  if (node.typeName === 'Text' && typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/**
 * Builds the index from the compiler's parsed story and the runtime story it generated (which,
 * compiled in memory, still carries debug metadata).
 */
export function buildSourceIndex(parsedStory: unknown, runtimeRoot: unknown): SourceIndex {
  const files: string[] = [];
  const fileNo = (name: string) => {
    const i = files.indexOf(name);
    return i >= 0 ? i : files.push(name) - 1;
  };
  const loc = (dm: DebugMeta | null | undefined): SourceLocation | null =>
    dm?.fileName ? { file: dm.fileName, line: dm.startLineNumber } : null;

  const index: SourceIndex = { flows: [], choices: [], externals: [], files, lines: {} };
  const walkParsed = (node: ParsedNode) => {
    const type = node.typeName;
    if ((type === 'Knot' || type === 'Stitch') && !node.isFunction && node.runtimePath) {
      index.flows.push({
        path: node.runtimePath.toString(),
        kind: type === 'Knot' ? 'knot' : 'stitch',
        loc: loc(node.debugMetadata),
      });
    } else if (type === 'Choice' && node.innerContentContainer && !node.isInvisibleDefault) {
      // An invisible default (`* -> fallback`) is a safety net the player never sees; leave it out.
      index.choices.push({
        path: node.innerContentContainer.path.toString(),
        text: `${textOf(node.startContent)}${textOf(node.choiceOnlyContent)}`.trim(),
        loc: loc(node.debugMetadata),
      });
    }
    for (const child of node.content ?? []) walkParsed(child);
  };
  const root = parsedStory as ParsedNode;
  walkParsed(root);
  for (const [name, decl] of root.externals ?? []) index.externals.push({ name, loc: loc(decl.debugMetadata) });

  const walkRuntime = (container: RuntimeNode) => {
    const entries: [number, number, number][] = [];
    const push = (i: number, dm: DebugMeta | null | undefined) => {
      if (!dm?.fileName) return;
      const f = fileNo(dm.fileName);
      const prev = entries.at(-1);
      if (!prev || prev[1] !== f || prev[2] !== dm.startLineNumber) entries.push([i, f, dm.startLineNumber]);
    };
    push(-1, container.ownDebugMetadata);
    const seen = new Set<RuntimeNode>();
    (container.content ?? []).forEach((child, i) => {
      seen.add(child);
      push(i, child.ownDebugMetadata ?? (isContainer(child) ? firstMeta(child) : null));
      if (isContainer(child)) walkRuntime(child);
    });
    for (const child of container.namedContent?.values() ?? []) {
      if (!seen.has(child) && isContainer(child)) walkRuntime(child);
    }
    if (entries.length > 0) index.lines[container.path?.toString() ?? ''] = entries;
  };
  walkRuntime(runtimeRoot as RuntimeNode);
  return index;
}

/** A container's line when it has none of its own: that of its first content that has one. */
function firstMeta(container: RuntimeNode): DebugMeta | null {
  for (const child of container.content ?? []) {
    const dm = child.ownDebugMetadata ?? (isContainer(child) ? firstMeta(child) : null);
    if (dm) return dm;
  }
  return null;
}
