/**
 * Compiles ink source with the inkjs compiler and turns its messages
 * (`ERROR: 'file.ink' line 12: message`) into structured ones an editor can jump to.
 * Pure: the caller supplies the main source and a function that reads INCLUDEd files.
 */

import type { Story } from 'inkjs/engine/Story';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { buildSourceIndex, type SourceIndex } from '../explorer/source-index.js';

export interface CompileMessage {
  severity: 'error' | 'warning';
  /** File name as the story names it (relative to the main file's folder). */
  file: string;
  line: number | null;
  message: string;
}

export interface CompileResult {
  /** Compiled story JSON, or null when there were errors. */
  json: string | null;
  /**
   * The Story the compiler returned, when it succeeded: what plays and what is checked (its
   * float literals are floats, and it carries the compiler's debug metadata for FILE:LINE),
   * while `json` is what is hashed and saved.
   */
  story?: Story;
  messages: CompileMessage[];
  /** Where knots, stitches and choices are written (when asked for and compilation succeeded). */
  index?: SourceIndex;
  /** The compiler's count of the story's words and choices (when compilation succeeded). */
  stats?: { words: number; choices: number };
}

export interface CompileOptions {
  /**
   * Turns an INCLUDE as written into the name `readInclude` receives and messages and the
   * source index use (default: as written).
   */
  resolveInclude?: (name: string) => string;
  /** Also build the source index (the checker wants it; playing does not). */
  index?: boolean;
}

const MESSAGE = /^(ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING|TODO):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?(.*)$/s;

export function parseCompilerMessage(raw: string, defaultFile: string): CompileMessage {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { severity: 'error', file: defaultFile, line: null, message: raw.trim() };
  return {
    severity: m[1]?.includes('ERROR') ? 'error' : 'warning',
    file: m[2] ?? defaultFile,
    line: m[3] ? Number(m[3]) : null,
    message: (m[4] ?? '').trim(),
  };
}

/** `dir/file.ink:12: message` — the form every tool of the project prints. */
export function formatCompileMessage(msg: CompileMessage, dir = ''): string {
  const file = dir && !msg.file.startsWith('/') ? `${dir.replace(/\/$/, '')}/${msg.file}` : msg.file;
  const where = msg.line === null ? file : `${file}:${msg.line}`;
  return `${where}: ${msg.severity === 'warning' ? 'warning: ' : ''}${msg.message}`;
}

/**
 * @param mainFile name of the main file, used in messages and to resolve INCLUDEs
 * @param source its text
 * @param readInclude returns the text of an INCLUDEd file (name as resolved by `options.resolveInclude`)
 */
export function compileInk(
  mainFile: string,
  source: string,
  readInclude: (name: string) => string,
  options: CompileOptions = {},
): CompileResult {
  const messages: CompileMessage[] = [];
  const fileHandler = {
    ResolveInkFilename: options.resolveInclude ?? ((name: string) => name),
    LoadInkFileContents: (name: string) => readInclude(name),
  };
  const onMessage = (raw: string, type: number) => {
    // ErrorType: 0 author (TODO), 1 warning, 2 error.
    const msg = parseCompilerMessage(raw, mainFile);
    messages.push({ ...msg, message: cleanLoadFailure(msg.message), severity: type === 2 ? 'error' : 'warning' });
  };
  // inklecate skips a byte-order mark; the inkjs compiler would read it as text.
  const compiler = new Compiler(
    withoutBom(source),
    new CompilerOptions(mainFile, [], true, onMessage, {
      ...fileHandler,
      LoadInkFileContents: (name: string) => withoutBom(fileHandler.LoadInkFileContents(name)),
    }),
  );
  let json: string | null = null;
  let compiled: Story | undefined;
  let index: SourceIndex | undefined;
  let stats: CompileResult['stats'];
  try {
    const story = compiler.Compile();
    compiled = story as unknown as Story;
    json = story.ToJson() ?? null;
    if (options.index && json) index = buildSourceIndex(compiler.parsedStory);
    const counted = json ? compiler.GenerateStats() : null;
    if (counted) stats = { words: counted.words, choices: counted.choices };
  } catch (e) {
    if (!messages.some((m) => m.severity === 'error')) {
      messages.push({ severity: 'error', file: mainFile, line: null, message: (e as Error).message });
    }
  }
  // inkjs names an included file as its INCLUDE line wrote it; name it as resolved, so every
  // FILE:LINE is a path the author can open.
  const rename = options.resolveInclude;
  if (rename) {
    const fix = (file: string) => (file === mainFile ? file : rename(file));
    for (const m of messages) m.file = fix(m.file);
    if (index) {
      index.files = index.files.map(fix);
      for (const e of [...index.flows, ...index.choices, ...index.externals]) if (e.loc) e.loc.file = fix(e.loc.file);
    }
    if (compiled) renameDebugFiles(compiled, fix);
  }
  const failed = messages.some((m) => m.severity === 'error');
  return failed
    ? { json: null, messages }
    : {
        json,
        messages,
        ...(compiled && json ? { story: compiled } : {}),
        ...(index ? { index } : {}),
        ...(stats ? { stats } : {}),
      };
}

/** The compiled story's own debug metadata names files as the INCLUDE wrote them, too. */
function renameDebugFiles(story: Story, rename: (file: string) => string): void {
  interface Node {
    content?: Node[];
    namedContent?: Map<string, Node>;
    ownDebugMetadata?: { fileName: string | null } | null;
  }
  const seen = new Set<object>();
  const walk = (node: Node) => {
    const dm = node.ownDebugMetadata;
    if (dm?.fileName && !seen.has(dm)) {
      seen.add(dm);
      dm.fileName = rename(dm.fileName);
    }
    for (const child of node.content ?? []) walk(child);
    for (const child of node.namedContent?.values() ?? []) if (!node.content?.includes(child)) walk(child);
  };
  walk(story.mainContentContainer as unknown as Node);
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * inkjs reports a file it could not read as "Failed to load: 'x'.\nError:Error: why"; say why
 * in one line, or that it could not be read.
 */
function cleanLoadFailure(message: string): string {
  // An error without a message of its own arrives as its bare name (`Error:Error`).
  const m = /^Failed to load: '([^']*)'\.\s*Error:\s*(?:\w*Error(?::\s*|$))?([\s\S]*)$/.exec(message);
  return m ? (m[2] ?? '').trim() || `cannot read ${m[1]}` : message;
}
