/**
 * The flags of `mandate check` for a story without the Mandate contract (generic mode):
 * `--bind NAME=VALUE`, `--var NAME=VALUE`, `--knot NAME` and `--coverage FILE.csv`. Each is checked
 * against the story before anything is played, so a typo is one line and exit 2, not a report.
 */
import type { GenericSetup } from '../../engine/explorer/check.js';
import type { Scalar } from '../../engine/explorer/generic.js';
import { readStoryTree } from '../../engine/explorer/story-tree.js';
import { hasDebugMetadata } from '../../engine/story/ink-internals.js';
import type { ParsedStory } from '../../engine/story/runtime.js';
import { UserError } from '../errors.js';

export interface GenericFlags {
  bind?: Record<string, string>;
  var?: Record<string, string>;
  knot?: string;
  coverage?: string;
}

/** `3` and `-2.5` are numbers, `true` and `false` booleans, anything else a string. */
export function parseScalar(text: string): Scalar {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

export function anyGenericFlag(f: GenericFlags): boolean {
  return Boolean(f.bind || f.var || f.knot || f.coverage);
}

/** The generic setup for `story`, or a UserError naming the flag that does not fit it. */
export function genericSetup(story: ParsedStory, f: GenericFlags): GenericSetup {
  const tree = readStoryTree(story.content);
  const vars: Record<string, Scalar> = {};
  const state = story.content.variablesState;
  for (const [name, text] of Object.entries(f.var ?? {})) {
    if (!state.GlobalVariableExistsWithName(name))
      throw new UserError(`--var ${name}: the story declares no VAR ${name}`);
    const current = state.$(name);
    const value = parseScalar(text);
    if (typeof current === 'number' && typeof value !== 'number') {
      throw new UserError(`--var ${name}: VAR ${name} holds a number, not "${text}"`);
    }
    if (typeof current === 'boolean' && typeof value !== 'boolean') {
      throw new UserError(`--var ${name}: VAR ${name} is true or false, not "${text}"`);
    }
    if (typeof current !== 'number' && typeof current !== 'boolean' && typeof current !== 'string') {
      throw new UserError(
        `--var ${name}: only numbers, true/false and strings can be set (VAR ${name} holds a list or a divert)`,
      );
    }
    vars[name] = typeof current === 'string' ? text : value;
  }
  const binds: Record<string, Scalar> = {};
  for (const [name, text] of Object.entries(f.bind ?? {})) {
    if (!tree.externalCalls.has(name)) {
      const known = [...tree.externalCalls.keys()];
      throw new UserError(
        `--bind ${name}: the story calls no EXTERNAL ${name}${known.length ? ` (it calls ${known.join(', ')})` : ''}`,
      );
    }
    binds[name] = parseScalar(text);
  }
  if (f.knot !== undefined && !hasFlow(story, f.knot)) {
    throw new UserError(`--knot ${f.knot}: the story has no knot or stitch of that name`);
  }
  if (f.coverage !== undefined && !hasDebugMetadata(story.content)) {
    throw new UserError('--coverage needs the .ink source: a compiled .json story carries no line numbers');
  }
  return {
    vars,
    binds,
    ...(f.knot !== undefined ? { entry: f.knot } : {}),
    ...(f.coverage !== undefined ? { lineCoverage: true } : {}),
  };
}

function hasFlow(story: ParsedStory, path: string): boolean {
  let node = story.content.mainContentContainer as unknown as { namedContent?: Map<string, unknown> } | undefined;
  for (const part of path.split('.')) node = node?.namedContent?.get(part) as typeof node;
  return node !== undefined && node !== null && Array.isArray((node as { content?: unknown }).content);
}

/** Line coverage as CSV: `file,line,playthroughs`, one row per line the compiler recorded. */
export function coverageCsv(lines: readonly { file: string; line: number; playthroughs: number }[]): string {
  const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return `file,line,playthroughs\n${lines.map((l) => `${cell(l.file)},${l.line},${l.playthroughs}`).join('\n')}\n`;
}
