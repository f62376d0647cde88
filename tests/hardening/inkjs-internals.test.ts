/**
 * #19: the engine relies on parts of inkjs that are not its documented API (all of them in
 * src/engine/story/ink-internals.ts). package.json pins the version they were written for, and
 * each is tested here against that version, so an upgrade that moves one fails here first.
 */
import { readFileSync } from 'node:fs';
import { Story as RuntimeStory } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/story/compiler.js';
import {
  COMMAND,
  catchingWarnings,
  countAllVisits,
  currentLocation,
  installStepBudget,
  lineOf,
  MAX_CALL_DEPTH,
  markExternalsValidated,
  PUSH_POP,
  StepBudgetExceeded,
  storyOverContent,
  traceSteps,
  uncountedFlows,
  VALUE_TYPE,
} from '../../src/engine/story/ink-internals.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const installed = JSON.parse(readFileSync(new URL('../../node_modules/inkjs/package.json', import.meta.url), 'utf8'));

const SOURCE = 'VAR n = 0\nHello.\n* [Go] -> knot\n=== knot ===\n~ n = n + 1\nIn the knot.\n-> END\n';
const compiled = compileInk('t.ink', SOURCE, () => '');
const json = JSON.parse(compiled.json!);
type AnyStory = InstanceType<typeof RuntimeStory> & Record<string, unknown>;
const fromJson = () => new RuntimeStory(json) as unknown as AnyStory;

describe('#19 inkjs, pinned and the internals the engine uses', () => {
  it('is pinned to the version those internals are written for', () => {
    expect(pkg.dependencies.inkjs).toBe('2.4.0');
    expect(installed.version).toBe('2.4.0');
  });

  it('numbers its control commands, value types and call kinds as the checker reads them', async () => {
    // inkjs's per-file modules import each other in a circle: the Story module first settles it.
    await import('inkjs/engine/Story');
    const { ControlCommand } = await import('inkjs/engine/ControlCommand');
    const { ValueType } = await import('inkjs/engine/Value');
    const { PushPopType } = await import('inkjs/engine/PushPop');
    const types = ControlCommand.CommandType as unknown as Record<string, number>;
    for (const [name, value] of Object.entries(COMMAND)) expect(types[name], name).toBe(value);
    expect(ValueType.DivertTarget).toBe(VALUE_TYPE.DivertTarget);
    expect(PushPopType.Tunnel).toBe(PUSH_POP.Tunnel);
    expect(PushPopType.Function).toBe(PUSH_POP.Function);
  });

  it('makes a second story over parsed content with new Story(container, lists)', () => {
    const first = fromJson();
    const second = storyOverContent(first as never) as unknown as AnyStory;
    expect(second).not.toBe(first);
    expect(second.mainContentContainer).toBe(first.mainContentContainer);
    expect(second.Continue()).toBe('Hello.\n');
    // Its own state: the first has not moved.
    expect(first.state.currentPathString).not.toBe(second.state.currentPathString);
  });

  it('skips validating externals when told _hasValidatedExternals', () => {
    const story = fromJson();
    expect(story._hasValidatedExternals).toBe(false);
    markExternalsValidated(story as never);
    expect(story._hasValidatedExternals).toBe(true);
  });

  it('steps through Step(), which the budget counts and stops', () => {
    const story = fromJson();
    const budget = installStepBudget(story as never, 1_000);
    story.Continue();
    expect(budget.used).toBeGreaterThan(0);
    expect(budget.last).not.toBeNull();
    const tight = installStepBudget(fromJson() as never, 2);
    expect(() => (tight as unknown as { reset(): void }).reset()).not.toThrow();
  });

  it('lets an exception thrown in Step() through Continue(), so a budget can stop it', () => {
    const loop = compileInk('loop.ink', '-> loop\n=== loop ===\n-> loop\n', () => '');
    const story = new RuntimeStory(JSON.parse(loop.json!)) as unknown as AnyStory;
    installStepBudget(story as never, 10_000);
    expect(() => story.Continue()).toThrow(StepBudgetExceeded);
  });

  it('exposes the call stack depth the budget watches', () => {
    const deep = compileInk('deep.ink', '{f(1)}\n-> END\n=== function f(n) ===\n~ return f(n + 1)\n', () => '');
    const story = new RuntimeStory(JSON.parse(deep.json!)) as unknown as AnyStory;
    installStepBudget(story as never, 10_000_000);
    expect(() => story.Continue()).toThrow(new StepBudgetExceeded(10_000_000, MAX_CALL_DEPTH).message);
  });

  it('counts visits by Container.visitsShouldBeCounted, which the checker can turn on', async () => {
    // As inklecate and the inkjs compiler compile by default: without -c (countAllVisits).
    const { Compiler, CompilerOptions } = await import('inkjs/full');
    const bare = new Compiler(SOURCE, new CompilerOptions(null, [], false, null, null)).Compile();
    const story = new RuntimeStory(JSON.parse(bare.ToJson()!)) as unknown as AnyStory;
    expect(uncountedFlows(story as never)).toEqual(['knot']);
    countAllVisits(story as never);
    expect(uncountedFlows(story as never)).toEqual([]);
    story.Continue();
    story.ChooseChoiceIndex(0);
    while (story.canContinue) story.Continue();
    expect(story.state.VisitCountAtPathString('knot')).toBe(1);
  });

  it("carries the compiler's debug metadata on the Story it compiles, and currentDebugMetadata", () => {
    const story = compiled.story as unknown as AnyStory;
    const copy = storyOverContent(story as never) as unknown as AnyStory;
    copy.Continue();
    expect(currentLocation(copy as never)).toEqual({ file: 't.ink', line: 2 });
    const lines: number[] = [];
    const traced = storyOverContent(story as never);
    traceSteps(traced, (obj) => {
      const at = lineOf(obj);
      if (at) lines.push(at.line);
    });
    traced.Continue();
    expect(lines).toContain(2);
  });

  it('warns of an older ink format with console.warn, which the engine catches', () => {
    const { value, warnings } = catchingWarnings(() => new RuntimeStory({ ...json, inkVersion: 20 }));
    expect(value).toBeInstanceOf(RuntimeStory);
    expect(warnings).toEqual([expect.stringMatching(/Version of ink 21 used to build story doesn't match/)]);
  });
});
