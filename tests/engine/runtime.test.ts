/**
 * The story runtime starts past a story's opening tags (its global tags, which inkjs would push
 * through its output stream at a cost quadratic in their number) and gives them to the first
 * line, where ink puts them: what a story shows must not change.
 */
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/story/compiler.js';
import { StoryRuntime } from '../../src/engine/story/runtime.js';
import { parseTag } from '../../src/engine/story/tags.js';
import { storyJson } from '../helpers/story.js';

function compiled(source: string): string {
  const r = compileInk('t.ink', source, () => '');
  if (!r.json) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.json;
}

/** The lines inkjs itself gives, with the fallbacks run: text and raw tags. */
function bareLines(json: string, variables: Record<string, string> = {}) {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  for (const [k, v] of Object.entries(variables)) story.variablesState.$(k, v);
  const lines: { text: string; tags: ReturnType<typeof parseTag>[] }[] = [];
  while (story.canContinue) {
    const text = (story.Continue() ?? '').replace(/\n$/, '');
    lines.push({ text, tags: (story.currentTags ?? []).map(parseTag) });
  }
  return lines;
}

function runtimeLines(json: string, variables: Record<string, string> = {}) {
  const runtime = new StoryRuntime(json, { seed: 1, variables });
  return runtime.continuePassage().map((l) => ({ text: l.text, tags: l.tags }));
}

describe('a story that opens with tags', () => {
  const json = compiled(
    ['# story: t', '# turn:   2', '# date: 2003-09', 'Hello. # note: first', 'Again.', '* [Go] Gone.', '-> END'].join(
      '\n',
    ),
  );

  it('gives them to the first line, as inkjs does', () => {
    const lines = runtimeLines(json);
    expect(lines).toEqual(bareLines(json));
    expect(lines[0]).toEqual({
      text: 'Hello.',
      tags: ['story: t', 'turn: 2', 'date: 2003-09', 'note: first'].map(parseTag),
    });
    expect(lines[1]).toEqual({ text: 'Again.', tags: [] });
  });

  it('gives them to the first passage only, not again after a choice', () => {
    const runtime = new StoryRuntime(json, { seed: 1 });
    runtime.continuePassage();
    runtime.choose(0);
    expect(runtime.continuePassage()).toEqual([{ text: 'Gone.', tags: [] }]);
  });

  it('starts past them, so inkjs never runs them through its output stream', () => {
    // Three tags of three items each (begin tag, text, end tag) before the first line.
    const runtime = new StoryRuntime(json, { seed: 1 });
    expect(runtime.story.state.currentPointer.index).toBe(9);
    const plain = new StoryRuntime(compiled('Hello.\n-> END'), { seed: 1 });
    expect(plain.story.state.currentPointer.index).toBe(0);
  });

  it('still reads them as global tags', () => {
    expect(new StoryRuntime(json, { seed: 1 }).globalTags()).toMatchObject({ story: 't', turn: '2' });
  });

  it('gives a tag that computes its text as inkjs does, and starts at it', () => {
    const computed = compiled('VAR n = 2\n# turn: {n}\n# date: 2003-{n + 7}\nHello.\n* [Go] Gone.\n-> END');
    expect(runtimeLines(computed)).toEqual(bareLines(computed));
    expect(runtimeLines(computed)[0]!.tags).toEqual(['turn: 2', 'date: 2003-9'].map(parseTag));
    expect(new StoryRuntime(computed, { seed: 1 }).story.state.currentPointer.index).toBe(0);
  });

  it('starts as before when a story opens with text', () => {
    const plain = compiled('Hello.\n* [Go] Gone.\n-> END');
    expect(runtimeLines(plain)).toEqual(bareLines(plain));
  });

  it('shows the campaign the same, its table of global tags included', () => {
    const vars = { role: 'nato', scenario: 'short' };
    expect(runtimeLines(storyJson, vars)).toEqual(bareLines(storyJson, vars));
  });
});
