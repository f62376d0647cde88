/**
 * The source index: where each knot, stitch, choice and EXTERNAL of a story is written, read
 * from the compiler's parsed story while it still has them. Any other runtime path
 * (`us_oct.0.c-1.4`) is located by the compiled story's own debug metadata (ParsedStory.locate):
 * compiled JSON carries none, so a story read from .json is located by these names only.
 * Plain data, so it can be cached or sent as JSON.
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
  /** Every file that holds a knot, stitch, choice or EXTERNAL. */
  files: string[];
}

/** Where a knot, stitch or choice (by its runtime path) is written, or null. */
export function locate(index: SourceIndex | null, path: string | null): SourceLocation | null {
  if (!index || !path) return null;
  const named = index.choices.find((c) => c.path === path) ?? index.flows.find((f) => f.path === path);
  return named?.loc ?? null;
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
function textOf(node: ParsedNode | null | undefined): string {
  if (!node) return '';
  if (node.typeName === 'Text' && typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/** Builds the index from the compiler's parsed story. */
export function buildSourceIndex(parsedStory: unknown): SourceIndex {
  const files: string[] = [];
  const loc = (dm: DebugMeta | null | undefined): SourceLocation | null => {
    if (!dm?.fileName) return null;
    if (!files.includes(dm.fileName)) files.push(dm.fileName);
    return { file: dm.fileName, line: dm.startLineNumber };
  };
  const index: SourceIndex = { flows: [], choices: [], externals: [], files };
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
  return index;
}
