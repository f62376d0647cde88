/**
 * What the engine reads from inkjs's internals, answer by answer (tests/hardening/
 * inkjs-internals.test.ts proves the internals are still there; this file proves the engine reads
 * them right): where a path leads, where a line was written, which lines a story can run, the
 * debug table a worker thread gets back, and the step budget's exact edges.
 */
import { Story as RuntimeStory } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/story/compiler.js';
import {
  allLines,
  attachDebugMetadata,
  catchingWarnings,
  contentAt,
  countAllVisits,
  currentLocation,
  exportDebugMetadata,
  hasDebugMetadata,
  installStepBudget,
  lineOf,
  locationOfPath,
  MAX_CALL_DEPTH,
  StepBudgetExceeded,
  storyOverContent,
  traceSteps,
  uncountedFlows,
} from '../../src/engine/story/ink-internals.js';

// Line numbers matter below: line 1 is `VAR n = 0`.
const SOURCE = [
  'VAR n = 0', // 1
  'LIST colours = red, green', // 2
  'Hello.', // 3
  '-> hub', // 4
  '=== hub ===', // 5
  'At the hub.', // 6
  '* [Left] You go left.', // 7
  '  -> side.inner', // 8
  '* [Right] You go right.', // 9
  '  -> END', // 10
  '=== side ===', // 11
  '~ n = n + 1', // 12
  'A side line.', // 13
  '= inner', // 14
  '~ temp c = green', // 15
  'The colour is {c}.', // 16
  '-> END', // 17
  '',
].join('\n');

const compiled = compileInk('t.ink', SOURCE, () => '');
const json = JSON.parse(compiled.json!);
type AnyStory = InstanceType<typeof RuntimeStory>;
const fromJson = () => new RuntimeStory(json) as AnyStory;
const withMetadata = () => storyOverContent(compiled.story as never) as unknown as AnyStory;
const playLeft = (story: AnyStory) => {
  const text = story.ContinueMaximally();
  story.ChooseChoiceIndex(0);
  return text + story.ContinueMaximally();
};

describe('a story over parsed content', () => {
  it('starts at the beginning, with the lists of its template, whatever state the template is in', () => {
    const template = fromJson();
    template.ContinueMaximally();
    const story = storyOverContent(template as never) as unknown as AnyStory;
    // Left diverts straight to the stitch, past the knot's own lines.
    expect(playLeft(story)).toBe('Hello.\nAt the hub.\nYou go left.\nThe colour is green.\n');
  });
});

describe('contentAt', () => {
  type Node = { id: string; content?: Node[]; namedContent?: Map<string, Node> };
  const leaf = (id: string): Node => ({ id });
  const inner: Node = {
    id: 'inner',
    content: [leaf('i0'), leaf('i1')],
    namedContent: new Map([
      ['7', leaf('n7')],
      ['2b', leaf('n2b')],
    ]),
  };
  const root: Node = { id: 'root', content: [leaf('r0'), inner], namedContent: new Map([['knot', inner]]) };

  it('reads a number as an index into content and a name as a key of the named content', () => {
    expect(contentAt(root, '0')?.id).toBe('r0');
    expect(contentAt(root, '1.1')?.id).toBe('i1');
    expect(contentAt(root, 'knot.0')?.id).toBe('i0');
    // Digits and then letters make a name.
    expect(contentAt(root, 'knot.2b')?.id).toBe('n2b');
  });

  it('is null past a leaf, for a missing index or name, and for the empty path', () => {
    expect(contentAt(root, '0.0')).toBeNull();
    expect(contentAt(root, '0.0.0')).toBeNull();
    expect(contentAt(root, '0.name')).toBeNull();
    expect(contentAt(root, '5')).toBeNull();
    expect(contentAt(root, 'nope')).toBeNull();
    expect(contentAt(root, '')).toBeNull();
    // A name made of digits and letters is a name, not an index.
    expect(contentAt(root, '1a')).toBeNull();
  });
});

describe('where content was written', () => {
  it('finds a knot and a stitch at their heading, a choice at its line, and nothing at a path that is not there', () => {
    const story = withMetadata();
    expect(locationOfPath(story as never, 'hub')).toEqual({ file: 't.ink', line: 5 });
    expect(locationOfPath(story as never, 'side')).toEqual({ file: 't.ink', line: 11 });
    expect(locationOfPath(story as never, 'side.inner')).toEqual({ file: 't.ink', line: 14 });
    // A choice's container has no line of its own: it is where its first line is.
    expect(locationOfPath(story as never, 'hub.0.c-0')).toEqual({ file: 't.ink', line: 7 });
    expect(locationOfPath(story as never, 'hub.0.c-1')).toEqual({ file: 't.ink', line: 9 });
    expect(locationOfPath(story as never, 'hub.c-1')).toBeNull();
    // The empty path is the story itself: where its first line is.
    expect(locationOfPath(story as never, '')).toEqual({ file: 't.ink', line: 3 });
    expect(locationOfPath(story as never, 'hub.nowhere')).toBeNull();
    expect(locationOfPath(story as never, null)).toBeNull();
  });

  it('knows nothing of lines in a story read from JSON, which carries no debug metadata', () => {
    const story = fromJson();
    expect(hasDebugMetadata(story as never)).toBe(false);
    expect(hasDebugMetadata(withMetadata() as never)).toBe(true);
    expect(locationOfPath(story as never, 'hub')).toBeNull();
    expect(allLines(story as never)).toEqual([]);
    story.Continue();
    expect(currentLocation(story as never)).toBeNull();
  });

  it('says where the story stands after each line: at what it will run next', () => {
    const story = withMetadata();
    story.Continue();
    expect(currentLocation(story as never)).toEqual({ file: 't.ink', line: 4 });
    story.Continue();
    expect(currentLocation(story as never)).toEqual({ file: 't.ink', line: 6 });
  });

  it("lists every line a story can run once, in order, and not a knot's own heading", () => {
    const lines = allLines(withMetadata() as never).map((l) => l.line);
    expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b));
    for (const line of [3, 4, 6, 7, 9, 12, 13, 15, 16, 17]) expect(lines).toContain(line);
    expect(lines).not.toContain(5);
    expect(lines).not.toContain(11);
    expect(lines).not.toContain(14);
  });

  it('traces each step to the line it runs', () => {
    const story = withMetadata();
    const lines: number[] = [];
    traceSteps(story as never, (obj) => {
      const at = lineOf(obj);
      if (at) lines.push(at.line);
    });
    const objects: unknown[] = [];
    traceSteps(story as never, (obj) => objects.push(obj));
    playLeft(story);
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 15, 16, 17]);
    // Only steps that run something are traced.
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.every((o) => o !== null && o !== undefined)).toBe(true);
    expect(lineOf(null)).toBeNull();
    expect(lineOf({})).toBeNull();
  });
});

describe('the debug table a worker thread gets', () => {
  it('puts back on a story read from JSON the same locations as the compiled story', () => {
    const table = exportDebugMetadata(compiled.story as never);
    expect(table.length).toBeGreaterThan(10);
    expect(table.every((e) => e.fileName === 't.ink')).toBe(true);
    expect(table.find((e) => e.at === 'hub')?.startLineNumber).toBe(5);
    expect(table.find((e) => e.at === 'side.inner')?.startLineNumber).toBe(14);
    const story = fromJson();
    attachDebugMetadata(story as never, table);
    expect(hasDebugMetadata(story as never)).toBe(true);
    for (const path of ['hub', 'side', 'side.inner', 'hub.0.c-0', 'hub.0.c-1']) {
      expect(locationOfPath(story as never, path), path).toEqual(locationOfPath(compiled.story as never, path));
    }
    expect(allLines(story as never)).toEqual(allLines(compiled.story as never));
    story.Continue();
    expect(currentLocation(story as never)).toEqual({ file: 't.ink', line: 4 });
  });

  it('keeps every field of each entry, and passes over a path the story does not have', () => {
    const table = exportDebugMetadata(compiled.story as never);
    const first = table.find((e) => e.startLineNumber === 6)!;
    expect(Object.keys(first).sort()).toEqual(
      [
        'at',
        'endCharacterNumber',
        'endLineNumber',
        'fileName',
        'sourceName',
        'startCharacterNumber',
        'startLineNumber',
      ].sort(),
    );
    const story = fromJson();
    expect(() => attachDebugMetadata(story as never, [{ ...first, at: 'no.such.path' }])).not.toThrow();
    expect(hasDebugMetadata(story as never)).toBe(false);
  });
});

describe('uncountedFlows and countAllVisits', () => {
  it('leaves out the global declarations, which are not a flow', () => {
    // compileInk counts every visit (as Inky does), so nothing is uncounted; `global decl` never is.
    expect(uncountedFlows(fromJson() as never)).toEqual([]);
  });

  it("turns counting on for the choices inside a knot's weave too, as -c would have", async () => {
    const { Compiler, CompilerOptions } = await import('inkjs/full');
    const bare = new Compiler(SOURCE, new CompilerOptions(null, [], false, null, null)).Compile();
    const story = new RuntimeStory(JSON.parse(bare.ToJson()!)) as AnyStory;
    expect(uncountedFlows(story as never)).toEqual(['hub', 'side']);
    countAllVisits(story as never);
    expect(uncountedFlows(story as never)).toEqual([]);
    playLeft(story);
    expect(story.state.VisitCountAtPathString('hub')).toBe(1);
    expect(story.state.VisitCountAtPathString('hub.0.c-0')).toBe(1);
    expect(story.state.VisitCountAtPathString('hub.0.c-1')).toBe(0);
    expect(story.state.VisitCountAtPathString('side.inner')).toBe(1);
  });
});

describe('the step budget', () => {
  const stepsToEnd = () => {
    const story = fromJson();
    const budget = installStepBudget(story as never, 1_000_000);
    playLeft(story);
    return budget.used;
  };

  it('lets a story take exactly its limit of steps, and stops it at the one after', () => {
    const needed = stepsToEnd();
    expect(needed).toBeGreaterThan(5);
    const enough = fromJson();
    installStepBudget(enough as never, needed);
    expect(() => playLeft(enough)).not.toThrow();
    const short = fromJson();
    const budget = installStepBudget(short as never, needed - 1);
    let caught: unknown;
    try {
      playLeft(short);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StepBudgetExceeded);
    expect((caught as StepBudgetExceeded).message).toBe(`step budget of ${needed - 1} exceeded`);
    expect((caught as StepBudgetExceeded).steps).toBe(needed - 1);
    expect((caught as StepBudgetExceeded).depth).toBeNull();
    expect((caught as StepBudgetExceeded).name).toBe('StepBudgetExceeded');
    expect(budget.used).toBe(needed);
  });

  it('counts from zero again after a reset, and remembers where the last step ran', () => {
    const story = fromJson();
    const budget = installStepBudget(story as never, 1_000_000);
    expect(budget.limit).toBe(1_000_000);
    expect(budget.last).toBeNull();
    story.Continue();
    const first = budget.used;
    expect(first).toBeGreaterThan(0);
    expect(String(budget.last?.path)).toMatch(/\S/);
    budget.reset();
    expect(budget.used).toBe(0);
    story.Continue();
    expect(budget.used).toBeGreaterThan(0);
    expect(budget.used).toBeLessThan(first + 1_000);
  });

  it('stops a recursion by its depth long before the step budget', () => {
    const deep = compileInk('deep.ink', '{f(1)}\n-> END\n=== function f(n) ===\n~ return f(n + 1)\n', () => '');
    const story = new RuntimeStory(JSON.parse(deep.json!)) as AnyStory;
    const budget = installStepBudget(story as never, 10_000_000);
    let caught: unknown;
    try {
      story.Continue();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StepBudgetExceeded);
    expect((caught as StepBudgetExceeded).depth).toBe(MAX_CALL_DEPTH);
    expect((caught as StepBudgetExceeded).message).toBe(`call depth of ${MAX_CALL_DEPTH} exceeded`);
    // Checked every 64 steps: it stops within 64 steps of passing the depth, far below the budget.
    expect(budget.used % 64).toBe(0);
    expect(budget.used).toBeLessThan(100_000);
    const depth = (story.state.callStack as unknown as { depth: number }).depth;
    expect(depth).toBeGreaterThan(MAX_CALL_DEPTH);
    expect(depth).toBeLessThan(MAX_CALL_DEPTH + 64);
  });
});

describe('catchingWarnings', () => {
  it('returns what the function returns and what it warned, joined by spaces, then puts console.warn back', () => {
    const before = console.warn;
    const { value, warnings } = catchingWarnings(() => {
      console.warn('version', 20, 'is old');
      console.warn('again');
      return 42;
    });
    expect(value).toBe(42);
    expect(warnings).toEqual(['version 20 is old', 'again']);
    expect(console.warn).toBe(before);
  });

  it('puts console.warn back when the function throws', () => {
    const before = console.warn;
    expect(() =>
      catchingWarnings(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(console.warn).toBe(before);
  });
});
