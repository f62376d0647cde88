/**
 * What the story runtime (src/engine/story/runtime.ts) tells the engine and the checker beyond
 * lines and choices: a story that runs on without end stopped with words for why, inkjs's
 * warnings kept, where content was written and where the story stopped, a knot's tags, and
 * stubs bound by name for a story of another game.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/story/compiler.js';
import {
  cleanInkError,
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
    expect((e as StoryStepsError).name).toBe('StoryStepsError');
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
    const r = compiled('Hello.\n-> END\n');
    expect(new ParsedStory(r.json!, r.story).loadWarnings).toEqual([]);
  });
});

describe('a story refused or empty', () => {
  it('refuses a story without its ink version in its own words, before inkjs reads it', () => {
    expect(thrown(() => new ParsedStory({ root: [], listDefs: {} })).message).toBe(
      'not a compiled ink story: no "inkVersion" number',
    );
  });

  it('refuses a story calling an EXTERNAL with no fallback, over shared content too', () => {
    const { json } = compiled('EXTERNAL morale()\nMorale is {morale()}.\n-> END\n');
    const shared = new ParsedStory(json!);
    expect(thrown(() => new StoryRuntime(shared, { seed: 1 })).message).toMatch(/morale/);
    // A validation that failed is not remembered as passed: the next runtime is refused too.
    expect(thrown(() => new StoryRuntime(shared, { seed: 1 })).message).toMatch(/morale/);
  });

  it('starts past the tags of a story of tags alone, with nothing after them', () => {
    const { json } = compiled('Hello.\n-> END\n');
    const runtime = new StoryRuntime({ ...JSON.parse(json!), root: ['#', '^only: a tag', '/#', null] }, { seed: 1 });
    expect(runtime.story.state.currentPointer.index).toBe(3);
  });

  it('does not start past a tag cut short at the end of the story', () => {
    const { json } = compiled('Hello.\n-> END\n');
    for (const root of [
      ['#', null],
      ['#', '^cut', null],
    ]) {
      const runtime = new StoryRuntime({ ...JSON.parse(json!), root }, { seed: 1 });
      expect(runtime.story.state.currentPointer.index).toBe(0);
    }
  });

  it('starts a story with no content at all, which then says it ran out', () => {
    const { json } = compiled('Hello.\n-> END\n');
    const runtime = new StoryRuntime({ ...JSON.parse(json!), root: [null] }, { seed: 1 });
    expect(thrown(() => runtime.continuePassage()).message).toMatch(/^ran out of content/);
  });
});

describe('a story given again', () => {
  it('is read once: runtimes over the same text, or the same object, share its content', () => {
    const { json } = compiled('Hello.\n-> END\n');
    const content = (from: string | object) => new StoryRuntime(from, { seed: 1 }).story.mainContentContainer;
    expect(content(json!)).toBe(content(json!));
    // Each object is kept apart, so two stories in turn are each read once.
    const [one, other] = [JSON.parse(json!), JSON.parse(json!)];
    const first = content(one);
    expect(content(other)).not.toBe(first);
    expect(content(one)).toBe(first);
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
    // inkjs would find the nearest content for a path inside a knot, or throw: only knots count.
    expect(runtime.knotTags('data.x.y')).toEqual([]);
    expect(runtime.knotTags('data.0')).toEqual([]);
  });
});

describe('stubs bound by name', () => {
  it('answer the EXTERNAL functions of a story of another game', () => {
    const { json } = compiled('EXTERNAL morale()\n-> start\n=== start ===\nMorale is {morale()}.\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1, externals: { morale: () => 7 } });
    expect(runtime.continuePassage().map((l) => l.text)).toEqual(['Morale is 7.']);
  });
});

describe('what the runtime says about itself', () => {
  it('serialises a parsed story as the JSON it was read from, text or object', () => {
    const { json } = compiled('Hello.\n-> END\n');
    expect(new ParsedStory(json!).toJSON()).toEqual(JSON.parse(json!));
    const object = JSON.parse(json!);
    expect(new ParsedStory(object).toJSON()).toBe(object);
  });

  it('has no global tags, and no tags on a choice, when the story gives none', () => {
    const { json } = compiled('Hello.\n* [Go] Gone.\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1 });
    expect(runtime.globalTags()).toEqual({});
    expect(runtime.globalTagList()).toEqual([]);
    runtime.continuePassage();
    expect(runtime.choices()).toEqual([{ index: 0, text: 'Go', tags: [] }]);
  });

  it('knows where it is, where the last line began and where its text was written', () => {
    const { json } = compiled('-> start\n=== start ===\nHello.\n* [Go] Gone.\n-> END\n');
    const runtime = new StoryRuntime(json!, { seed: 1 });
    expect(runtime.lastLinePosition()).toBeNull();
    expect(runtime.lastLineTextPosition()).toBeNull();
    runtime.continuePassage();
    // At a choice nothing is running: the place it last ran.
    expect(runtime.story.state.currentPathString).toBeNull();
    expect(runtime.position()).toBe(runtime.story.state.previousPointer.path?.toString());
    expect(runtime.position()).toMatch(/^start\./);
    expect(runtime.lastLinePosition()).toEqual(expect.any(String));
    expect(runtime.lastLineTextPosition()).toBe(runtime.story.state.previousPointer.path?.toString());
    expect(runtime.lastLineTextPosition()).not.toBe(runtime.lastLinePosition());
  });

  it('gives the opening tags to the first line once, not again after a saved state is loaded', () => {
    const { json } = compiled('# story: t\nHello.\n* [Go] Gone. # note: after\n-> END\n');
    const first = new StoryRuntime(json!, { seed: 1 });
    expect(first.continuePassage()[0]!.tags.map((t) => t.key)).toEqual(['story']);
    const saved = first.saveState();
    const second = new StoryRuntime(json!, { seed: 1 });
    second.loadState(saved);
    second.choose(0);
    expect(second.continuePassage()).toEqual([{ text: 'Gone.', tags: [{ key: 'note', value: 'after' }] }]);
  });

  it('cleans the prefix off an inkjs message, and only at its start', () => {
    expect(cleanInkError("RUNTIME ERROR: 't.ink' line 3: oops ")).toBe("'t.ink' line 3: oops");
    expect(cleanInkError('WARNING:x')).toBe('x');
    expect(cleanInkError('the ERROR: part stays')).toBe('the ERROR: part stays');
  });
});
