/**
 * What the story runtime (src/engine/story/runtime.ts) tells the engine and the checker beyond
 * lines and choices: a story that runs on without end stopped with words for why, inkjs's
 * warnings kept, where content was written and where the story stopped, a knot's tags, and
 * stubs bound by name for a story of another game.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/story/compiler.js';
import {
  MAX_PASSAGE_LINES,
  ParsedStory,
  StoryRuntime,
  StoryStepsError,
  stepBudgetMessage,
} from '../../src/engine/story/runtime.js';
import { thrown } from '../helpers/thrown.js';

function compiled(source: string) {
  const r = compileInk('t.ink', source, () => '');
  if (!r.json) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r;
}

describe('a story that does not stop', () => {
  it('says what went on too long, in the same words in play and in the checker', () => {
    expect(stepBudgetMessage({ lines: 10_000 })).toBe(
      'the story printed 10,000 lines without reaching a choice or an end: a loop without choices?',
    );
    expect(stepBudgetMessage({ steps: 250_000, depth: null })).toBe(
      'the story ran 250,000 steps without reaching a choice or an end: a loop without choices?',
    );
    expect(stepBudgetMessage({ steps: 250_000, depth: 1_200 })).toBe(
      'functions or tunnels called 1,200 deep without returning: a function or tunnel that calls itself forever?',
    );
  });

  it(`stops a passage at ${MAX_PASSAGE_LINES.toLocaleString('en-US')} lines, naming where`, () => {
    const { json } = compiled('-> loop\n=== loop ===\nAgain.\n-> loop\n');
    const runtime = new StoryRuntime(json!, { seed: 1 });
    const seen: string[] = [];
    const e = thrown(() => runtime.continuePassage((line) => seen.push(line.text)));
    expect(e).toBeInstanceOf(StoryStepsError);
    const path = (e as StoryStepsError).path;
    expect(path).toMatch(/^loop\.\d+$/);
    expect((e as StoryStepsError).message).toBe(`${stepBudgetMessage({ lines: MAX_PASSAGE_LINES })} (at ${path})`);
    expect((e as StoryStepsError).loc).toBeNull();
    expect(seen.length).toBe(MAX_PASSAGE_LINES);
  });

  it('stops a passage that runs past its step budget without a line', () => {
    const { json } = compiled('-> loop\n=== loop ===\n~ temp x = 1\n-> loop\n');
    const runtime = new StoryRuntime(json!, { seed: 1, stepBudget: 5_000 });
    const e = thrown(() => runtime.continuePassage());
    expect(e).toBeInstanceOf(StoryStepsError);
    const path = (e as StoryStepsError).path;
    expect(path).toMatch(/^loop\.\d+$/);
    expect((e as StoryStepsError).message).toBe(`${stepBudgetMessage({ steps: 5_000, depth: null })} (at ${path})`);
  });
});

describe('what inkjs warns', () => {
  it('keeps the warnings of a running story, without stopping it', () => {
    const { json } = compiled('-> start\n=== start ===\n{false:\n  ~ temp t = 1\n}\nValue {t}.\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1 });
    expect(runtime.runtimeWarnings()).toEqual([]);
    expect(runtime.continuePassage().map((l) => l.text)).toEqual(['Value 0.']);
    expect(runtime.runtimeWarnings()).toHaveLength(1);
    expect(runtime.runtimeWarnings()[0]).toContain("Variable not found: 't'");
    expect(runtime.runtimeWarnings()[0]).not.toMatch(/^(RUNTIME )?WARNING/);
  });

  it('keeps what it warned while reading a story of another ink format, without its prefix', () => {
    const { json } = compiled('Hello.\n-> END\n');
    const older = { ...JSON.parse(json!), inkVersion: 20 };
    const parsed = new ParsedStory(older);
    expect(parsed.loadWarnings).toHaveLength(1);
    expect(parsed.loadWarnings[0]).toMatch(/^Version of ink 21 used to build story/);
    expect(new ParsedStory(json!).loadWarnings).toEqual([]);
  });
});

describe('where things are', () => {
  it('locates content by the compiler’s debug metadata, and not in a story read from JSON', () => {
    const r = compiled('-> start\n=== start ===\nHello.\n* [Go] Gone.\n-> END\n');
    const fresh = new ParsedStory(r.json!, r.story);
    expect(fresh.locate('start.0')).toEqual({ file: 't.ink', line: 2 });
    expect(fresh.locate(null)).toBeNull();
    expect(new ParsedStory(r.json!).locate('start.0')).toBeNull();
  });

  it('knows where the story stopped once it has, and not before', () => {
    const { json } = compiled('-> start\n=== start ===\nHello.\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1 });
    expect(runtime.stopPosition()).toBeNull();
    runtime.continuePassage();
    expect(runtime.stopPosition()).toMatch(/^start\.\d+$/);
  });

  it('reads a knot’s tags without playing it: none for a knot without tags or no knot at all', () => {
    const { json } = compiled('-> start\n=== start ===\nHello.\n-> END\n=== data ===\n# one: 1\n# two: 2\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1 });
    expect(runtime.knotTags('data')).toEqual(['one: 1', 'two: 2']);
    expect(runtime.knotTags('start')).toEqual([]);
    expect(runtime.knotTags('nowhere')).toEqual([]);
  });
});

describe('stubs bound by name', () => {
  it('answer the EXTERNAL functions of a story of another game', () => {
    const { json } = compiled('EXTERNAL morale()\n-> start\n=== start ===\nMorale is {morale()}.\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1, externals: { morale: () => 7 } });
    expect(runtime.continuePassage().map((l) => l.text)).toEqual(['Morale is 7.']);
  });
});
