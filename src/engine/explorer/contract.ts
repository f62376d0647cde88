/**
 * The contract a story must keep to run in the engine (docs/authoring.md): the VARs the engine
 * sets, EXTERNALs it provides or the story falls back for, and `# ending:` tags. Checked before
 * a game starts, so an author's story fails with one line that names what is missing instead
 * of an ink error in the middle of play.
 */
import { EXTERNAL_NAMES, ParsedStory } from '../story/runtime.js';
import { locate, type SourceIndex, type SourceLocation } from './source-index.js';
import { readStoryTree, type StoryTree } from './story-tree.js';

export interface ContractProblem {
  /** Errors stop the story from running as it should; warnings are worth an author's look. */
  severity: 'error' | 'warning';
  message: string;
  loc: SourceLocation | null;
  /** The engine cannot start the story at all until this is fixed. */
  blocking: boolean;
}

/** The VARs the engine sets before the first line. */
export const CONTRACT_VARS = ['role', 'scenario'] as const;

export function contractProblems(story: ParsedStory, tree: StoryTree, index: SourceIndex | null): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const vars = story.content.variablesState;
  for (const name of CONTRACT_VARS) {
    if (!vars.GlobalVariableExistsWithName(name)) {
      problems.push({
        severity: 'error',
        message: `missing VAR ${name}: the engine sets it before the first line (declare VAR ${name} = "")`,
        loc: null,
        blocking: true,
      });
    }
  }
  const provided = new Set<string>(EXTERNAL_NAMES);
  for (const [name, callPath] of tree.externalCalls) {
    const loc = index?.externals.find((e) => e.name === name)?.loc ?? locate(index, callPath);
    const fallback = tree.knotNames.has(name);
    if (!provided.has(name) && !fallback) {
      problems.push({
        severity: 'error',
        message: `EXTERNAL ${name}() is not provided by the engine and has no ink fallback (the engine provides ${EXTERNAL_NAMES.join(', ')})`,
        loc,
        blocking: true,
      });
    } else if (!fallback) {
      problems.push({
        severity: 'warning',
        message: `EXTERNAL ${name}() has no ink fallback function, so the story will not play in Inky`,
        loc,
        blocking: false,
      });
    } else if (!provided.has(name)) {
      problems.push({
        severity: 'warning',
        message: `EXTERNAL ${name}() is not provided by the engine: its ink fallback runs instead`,
        loc,
        blocking: false,
      });
    }
  }
  if (!tree.hasEndingTag) {
    problems.push({
      severity: 'error',
      message: 'no ending: no line of the story has an `# ending: <id>` tag',
      loc: null,
      blocking: false,
    });
  }
  return problems;
}

/** The contract errors of a compiled story, for `play --story`: what must be fixed before it runs. */
export function storyContractErrors(json: string | object, index: SourceIndex | null): ContractProblem[] {
  const story = json instanceof ParsedStory ? json : new ParsedStory(json);
  return contractProblems(story, readStoryTree(story.content), index).filter((p) => p.severity === 'error');
}
