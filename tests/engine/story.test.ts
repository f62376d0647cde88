/**
 * The story layer: ink compiled into messages an editor can jump to, tags read as metadata, and
 * the runtime wrapper that seeds the story, binds the engine and turns ink's output into lines.
 * Small stories are written here, so each behaviour is seen in isolation.
 */
import { describe, expect, it } from 'vitest';
import { compileInk, formatCompileMessage, parseCompilerMessage } from '../../src/engine/story/compiler.js';
import { storyInfo, storyMeta } from '../../src/engine/story/info.js';
import { DEFAULT_LABELS } from '../../src/engine/story/labels.js';
import {
  cleanInkError,
  EXTERNAL_NAMES,
  type ExternalHandlers,
  ParsedStory,
  StoryContractError,
  StoryRuntime,
  StoryRuntimeError,
} from '../../src/engine/story/runtime.js';
import { hasTag, parseTag, storyIdentity, tagValue } from '../../src/engine/story/tags.js';
import { storyJson } from '../helpers/story.js';

/** Compiles a story written inline; INCLUDEd files come from `files`. */
function compile(source: string, files: Record<string, string> = {}) {
  const r = compileInk('main.ink', source, (name) => {
    if (!(name in files)) throw new Error(`no file ${name}`);
    return files[name]!;
  });
  return r;
}

function json(source: string): string {
  const r = compile(source);
  if (!r.json) throw new Error(r.messages.map((m) => formatCompileMessage(m)).join('\n'));
  return r.json;
}

describe('compiler messages', () => {
  it('reads the file, the line and the severity from what inkjs says', () => {
    expect(parseCompilerMessage("ERROR: 'acts/one.ink' line 12: Unexpected token", 'main.ink')).toEqual({
      severity: 'error',
      file: 'acts/one.ink',
      line: 12,
      message: 'Unexpected token',
    });
    expect(parseCompilerMessage('WARNING: line 3: Apparent loose end', 'main.ink')).toEqual({
      severity: 'warning',
      file: 'main.ink',
      line: 3,
      message: 'Apparent loose end',
    });
    expect(parseCompilerMessage('RUNTIME ERROR: something failed ', 'x.ink')).toMatchObject({
      severity: 'error',
      line: null,
      message: 'something failed',
    });
    expect(parseCompilerMessage('TODO: line 7: tidy this', 'x.ink')).toMatchObject({ severity: 'warning', line: 7 });
    expect(parseCompilerMessage("  ERROR: 'a.ink' line 4: spaced out  \n", 'x.ink')).toEqual({
      severity: 'error',
      file: 'a.ink',
      line: 4,
      message: 'spaced out',
    });
    expect(parseCompilerMessage('  Just a sentence  ', 'x.ink')).toEqual({
      severity: 'error',
      file: 'x.ink',
      line: null,
      message: 'Just a sentence',
    });
    expect(parseCompilerMessage("ERROR: 'a.ink' line 2: first\nsecond", 'x.ink').message).toBe('first\nsecond');
  });

  it('prints them as FILE:LINE: message, in the folder given, warnings marked', () => {
    const msg = { severity: 'error' as const, file: 'acts/one.ink', line: 12, message: 'Unexpected token' };
    expect(formatCompileMessage(msg)).toBe('acts/one.ink:12: Unexpected token');
    expect(formatCompileMessage(msg, 'story/')).toBe('story/acts/one.ink:12: Unexpected token');
    expect(formatCompileMessage(msg, 'story')).toBe('story/acts/one.ink:12: Unexpected token');
    expect(formatCompileMessage({ ...msg, file: '/abs/one.ink' }, 'story')).toBe('/abs/one.ink:12: Unexpected token');
    expect(formatCompileMessage(msg, 'games/story/')).toBe('games/story/acts/one.ink:12: Unexpected token');
    expect(formatCompileMessage({ ...msg, line: null, severity: 'warning' })).toBe(
      'acts/one.ink: warning: Unexpected token',
    );
  });
});

describe('compileInk', () => {
  it('compiles a story with its INCLUDEs and counts its words and choices', () => {
    const r = compile('INCLUDE end.ink\nOne two three.\n* [Go] -> finale\n', {
      'end.ink': '=== finale ===\nThe end.\n-> END\n',
    });
    expect(r.messages).toEqual([]);
    expect(JSON.parse(r.json!).inkVersion).toBeGreaterThan(0);
    expect(r.stats).toEqual({ words: expect.any(Number), choices: 1 });
    expect(r.stats!.words).toBeGreaterThanOrEqual(6);
    expect(r.index).toBeUndefined();
  });

  it('gives no JSON and names file and line for each error', () => {
    const r = compile('Hello.\n-> nowhere\n');
    expect(r.json).toBeNull();
    expect(r.stats).toBeUndefined();
    expect(r.messages).toEqual([
      { severity: 'error', file: 'main.ink', line: 2, message: expect.stringContaining('nowhere') },
    ]);
  });

  it('keeps warnings beside a story that compiles', () => {
    const r = compile('TODO: say more\nHello.\n-> END\n');
    expect(r.json).not.toBeNull();
    expect(r.messages.length).toBeGreaterThan(0);
    expect(r.messages.every((m) => m.severity === 'warning')).toBe(true);
  });

  it('names included files as resolved, in messages and in the source index', () => {
    const source = 'INCLUDE parts/end.ink\nHello.\n-> finale\n';
    const files = { 'story/parts/end.ink': '=== finale ===\n* [Stop] The end.\n  -> END\n' };
    const read = (name: string) => files[name as keyof typeof files] ?? '';
    const r = compileInk('story/main.ink', source, read, {
      index: true,
      resolveInclude: (name) => `story/${name}`,
    });
    expect(r.messages).toEqual([]);
    // The files that hold a knot, stitch, choice or EXTERNAL: here only the included one.
    expect(r.index?.files).toEqual(['story/parts/end.ink']);
    expect(r.index?.flows.find((f) => f.path === 'finale')?.loc).toEqual({ file: 'story/parts/end.ink', line: 1 });
    expect(r.index?.choices[0]?.loc?.file).toBe('story/parts/end.ink');
    const broken = compileInk('story/main.ink', source, () => '=== finale ===\n-> gone\n', {
      resolveInclude: (name) => `story/${name}`,
    });
    expect(broken.messages[0]).toMatchObject({ file: 'story/parts/end.ink', line: 2 });
  });

  it('reports a compiler failure without a message of its own as an error of the main file', () => {
    const r = compile('INCLUDE missing.ink\nHello.\n');
    expect(r.json).toBeNull();
    expect(r.messages.some((m) => m.severity === 'error' && m.message.includes('missing.ink'))).toBe(true);
  });
});

describe('compileInk, when a file cannot be read or starts with a byte-order mark', () => {
  /** A story whose one INCLUDE cannot be read: its reader throws `e`. */
  const unreadable = (e: unknown) =>
    compileInk('main.ink', 'INCLUDE part.ink\nHello.\n', () => {
      throw e;
    });
  const said = (e: unknown) => unreadable(e).messages.map((m) => m.message);

  it('says why an INCLUDE could not be read, in one line, or that it could not', () => {
    const gone = unreadable(new Error('no such file  \n'));
    expect(gone.json).toBeNull();
    expect(gone.messages.map((m) => m.message)).toContain('no such file');
    expect(said(new Error(''))).toContain('cannot read part.ink');
  });

  it('says why an INCLUDE could not be read when what was thrown is not an Error, or is another kind', () => {
    expect(said('the disk is gone')).toContain('the disk is gone');
    expect(said(new TypeError('not a text file'))).toContain('not a text file');
  });

  it('gives the Story it compiled beside its JSON, with included files named as resolved in its debug metadata', () => {
    const source = 'INCLUDE parts/end.ink\nHello.\n-> finale\n';
    const r = compileInk('story/main.ink', source, () => '=== finale ===\n= last\nThe end.\n-> END\n', {
      resolveInclude: (name) => `story/${name}`,
    });
    expect(r.story).toBeDefined();
    expect(r.story!.ToJson()).toBe(r.json);
    // Every file the compiled story's debug metadata names, however deep: the knot and its
    // stitch sit in named content, not in the content list.
    interface Node {
      content?: Node[];
      namedContent?: Map<string, Node>;
      ownDebugMetadata?: { fileName: string | null; startLineNumber: number } | null;
    }
    const files = new Map<string, number[]>();
    const walk = (node: Node) => {
      const dm = node.ownDebugMetadata;
      if (dm?.fileName) files.set(dm.fileName, [...(files.get(dm.fileName) ?? []), dm.startLineNumber]);
      for (const child of node.content ?? []) walk(child);
      for (const child of node.namedContent?.values() ?? []) walk(child);
    };
    walk(r.story!.mainContentContainer as unknown as Node);
    expect([...files.keys()].sort()).toEqual(['story/main.ink', 'story/parts/end.ink']);
    expect(files.get('story/parts/end.ink')).toContain(3);
  });

  it('counts the visits of every knot, as Inky does, so the checker sees which knots a game reached', () => {
    const r = compile('-> a\n=== a ===\nHi.\n-> END\n');
    const knot = JSON.parse(r.json!).root.at(-1).a as unknown[];
    expect(knot.at(-1)).toMatchObject({ '#f': expect.any(Number) });
    expect(((knot.at(-1) as { '#f': number })['#f'] & 1) === 1).toBe(true);
  });

  it('reports an exception of the compiler itself as an error of the main file', () => {
    const r = compileInk('story/main.ink', 'INCLUDE part.ink\nHello.\n-> END\n', () => '', {
      resolveInclude: () => {
        throw new Error('no way to that file');
      },
    });
    expect(r.json).toBeNull();
    expect(r.messages).toEqual([
      { severity: 'error', file: 'story/main.ink', line: null, message: 'no way to that file' },
    ]);
  });

  it('skips a byte-order mark at the start of the main file and of each INCLUDE, as inklecate does', () => {
    const r = compileInk(
      'main.ink',
      '\uFEFFINCLUDE part.ink\nHello.\n-> part\n',
      () => '\uFEFF=== part ===\nBye.\n-> END\n',
    );
    expect(r.messages).toEqual([]);
    expect(r.json).not.toContain('\uFEFF');
    expect(r.json).not.toContain('\\ufeff');
    expect(r.json).toContain('^Hello.');
    expect(r.json).toContain('^Bye.');
  });
});

describe('tags', () => {
  it('splits key and value at the first colon, lower-cases the key and trims both', () => {
    expect(parseTag(' Ending : us-deal ')).toEqual({ key: 'ending', value: 'us-deal' });
    expect(parseTag('note: 2003: a year')).toEqual({ key: 'note', value: '2003: a year' });
    expect(parseTag('  History ')).toEqual({ key: 'history', value: '' });
    expect(parseTag('title:')).toEqual({ key: 'title', value: '' });
  });

  it('finds the first value of a key, and whether a bare marker is there', () => {
    const tags = [parseTag('turn: 2'), parseTag('question'), parseTag('turn: 3')];
    expect(tagValue(tags, 'turn')).toBe('2');
    expect(tagValue(tags, 'date')).toBeUndefined();
    expect(hasTag(tags, 'question')).toBe(true);
    expect(hasTag(tags, 'history')).toBe(false);
  });

  it('gives a story without identity tags the id "custom" and the version "0"', () => {
    expect(storyIdentity({})).toEqual({ id: 'custom', version: '0' });
    expect(storyIdentity({ story: 'isaf', version: '2.1' })).toEqual({ id: 'isaf', version: '2.1' });
  });
});

describe('storyInfo and storyMeta', () => {
  it('read id, version and labels from the global tags without playing', () => {
    expect(storyInfo(storyJson)).toEqual({ id: 'mandate', version: expect.stringMatching(/\S/) });
    const meta = storyMeta(json('# story: tiny\n# version: 3\n# track_un: A mandate\nHello.\n-> END\n'));
    expect(meta).toEqual({
      id: 'tiny',
      version: '3',
      labels: { ...DEFAULT_LABELS, tracks: { ...DEFAULT_LABELS.tracks, un: 'A mandate' } },
    });
    expect(storyInfo(json('Hello.\n-> END\n'))).toEqual({ id: 'custom', version: '0' });
  });
});

/** Handlers that record what the story asked of the engine. */
function recorder() {
  const calls: string[] = [];
  const h: ExternalHandlers = {
    capital: () => 42,
    us_troops: () => 140,
    allied_troops: () => 20,
    change_capital: (d) => void calls.push(`capital ${String(d)}`),
    change_troops: (u, a) => void calls.push(`troops ${String(u)} ${String(a)}`),
    track: (n) => `state of ${String(n)}`,
    move_track: (n, s) => void calls.push(`move ${String(n)} ${String(s)}`),
    end_turn: () => 'time',
    event_on: (n) => n === 'on',
    max_turns: () => 9,
    stance: (b, m) => (b === 'nac' && m === 'france' ? -2 : 0),
    move_stance: (b, m, d) => void calls.push(`stance ${String(b)}.${String(m)} ${String(d)}`),
    propose: (t, st) => `proposed ${String(t)} ${String(st)}`,
    blockers: () => 'france',
    tally: (b) => `tally of ${String(b)}`,
    event: (n) => void calls.push(`event ${String(n)}`),
  };
  return { calls, h };
}

/** How many arguments each external takes, to declare them all in a story. */
const ARITY: Record<string, number> = {
  change_capital: 1,
  change_troops: 2,
  track: 1,
  move_track: 2,
  event_on: 1,
  stance: 2,
  move_stance: 3,
  propose: 2,
  blockers: 2,
  tally: 1,
  event: 1,
};
const EXTERNALS = EXTERNAL_NAMES.map(
  (n) => `EXTERNAL ${n}(${Array.from({ length: ARITY[n] ?? 0 }, (_, i) => `a${i}`).join(', ')})`,
).join('\n');

describe('StoryRuntime', () => {
  it('lists the contract’s externals', () => {
    expect(EXTERNAL_NAMES).toEqual([
      'capital',
      'us_troops',
      'allied_troops',
      'change_capital',
      'change_troops',
      'track',
      'move_track',
      'end_turn',
      'event_on',
      'max_turns',
      'stance',
      'move_stance',
      'propose',
      'blockers',
      'tally',
      'event',
    ]);
  });

  it('turns ink output into lines with parsed tags, without the newline', () => {
    const rt = new StoryRuntime(json('# story: t\nFirst line. # Turn: 1\nSecond. # history\n-> END\n'), { seed: 1 });
    expect(rt.globalTags()).toEqual({ story: 't' });
    expect(rt.continuePassage()).toEqual([
      // ink repeats the global tags on the first line.
      {
        text: 'First line.',
        tags: [
          { key: 'story', value: 't' },
          { key: 'turn', value: '1' },
        ],
      },
      { text: 'Second.', tags: [{ key: 'history', value: '' }] },
    ]);
    expect(rt.choices()).toEqual([]);
    expect(rt.continuePassage()).toEqual([]);
  });

  it('offers choices with their tags and where they sit, and takes one', () => {
    const rt = new StoryRuntime(
      json('-> start\n=== start ===\nPick.\n* [Left # side: l] Went left.\n* [Right] Went right.\n- -> END\n'),
      {
        seed: 1,
      },
    );
    rt.continuePassage();
    expect(rt.choices()).toEqual([
      { index: 0, text: 'Left', tags: [{ key: 'side', value: 'l' }] },
      { index: 1, text: 'Right', tags: [] },
    ]);
    expect(rt.choicePosition()).toBe('start.0');
    expect(rt.choicePaths()).toEqual(['start.0.c-0', 'start.0.c-1']);
    rt.choose(1);
    expect(rt.continuePassage().map((l) => l.text)).toEqual(['Went right.']);
    expect(rt.visitCount('start.0.c-1')).toBe(1);
    expect(rt.visitCount('start.0.c-0')).toBe(0);
    expect(rt.choicePosition()).toBe('');
  });

  it('sets the seed and the variables before the first line', () => {
    const src = 'VAR role = ""\nVAR n = 0\nRole {role}, n {n}, roll {RANDOM(1, 1000)}.\n-> END\n';
    const line = (seed: number) =>
      new StoryRuntime(json(src), { seed, variables: { role: 'nato', n: 3 } }).continuePassage()[0]!.text;
    expect(line(5)).toMatch(/^Role nato, n 3, roll \d+\.$/);
    expect(line(5)).toBe(line(5));
    expect(new Set([1, 2, 3, 4, 5, 6].map(line)).size).toBeGreaterThan(1);
    const rt = new StoryRuntime(json(src), { seed: 1, variables: { role: 'us' } });
    expect(rt.variable('role')).toBe('us');
    expect(rt.variable('n')).toBe(0);
  });

  it('refuses a variable the story does not declare, and JSON that is not a story', () => {
    expect(() => new StoryRuntime(json('Hi.\n-> END\n'), { seed: 1, variables: { role: 'us' } })).toThrow(
      new StoryContractError('the story does not declare VAR role'),
    );
    expect(() => new StoryRuntime('{"not": "ink"}', { seed: 1 })).toThrow(StoryContractError);
    expect(() => new StoryRuntime('{"not": "ink"}', { seed: 1 })).toThrow(/^not a compiled ink story: /);
    expect(() => new ParsedStory('[]')).toThrow(/^not a compiled ink story: /);
    expect(new StoryContractError('x').name).toBe('StoryContractError');
  });

  it('binds the engine to every external, reading and changing state through it', () => {
    const { calls, h } = recorder();
    const src = `${EXTERNALS}\n~ change_capital(-3)\n~ change_troops(5, -1)\n~ move_track("un", "drafting")\nCapital {capital()}, troops {us_troops()}/{allied_troops()}, un {track("un")}, ends {end_turn()}, on {event_on("on")} {event_on("off")}, turns {max_turns()}.\n-> END\n`;
    const rt = new StoryRuntime(json(src), { seed: 1, handlers: h });
    expect(rt.continuePassage().at(-1)?.text).toBe(
      'Capital 42, troops 140/20, un state of un, ends time, on true false, turns 9.',
    );
    expect(calls).toEqual(['capital -3', 'troops 5 -1', 'move un drafting']);
  });

  it('refuses an external the story uses that nothing provides', () => {
    expect(() => new StoryRuntime(json('EXTERNAL nothing()\n~ nothing()\nHi.\n-> END\n'), { seed: 1 })).toThrow(
      StoryContractError,
    );
  });

  it('reports an error raised while the story runs, with where it happened', () => {
    const { h } = recorder();
    h.change_capital = () => {
      throw new StoryRuntimeError('change_capital: out of range', 'start.0');
    };
    const rt = new StoryRuntime(
      json(`${EXTERNALS}\n-> start\n=== start ===\nBefore.\n~ change_capital(1)\nAfter.\n-> END\n`),
      {
        seed: 1,
        handlers: h,
      },
    );
    expect(() => rt.continuePassage()).toThrow('change_capital: out of range (at start.0)');
    expect(new StoryRuntimeError('m', null).message).toBe('m');
    expect(new StoryRuntimeError('m', null).name).toBe('StoryRuntimeError');
  });

  it('turns ink’s own runtime errors into StoryRuntimeError', () => {
    const rt = new StoryRuntime(json('-> start\n=== start ===\n~ temp x = LIST_VALUE(5)\n{x}\n-> END\n'), { seed: 1 });
    expect(() => rt.continuePassage()).toThrow(StoryRuntimeError);
    expect(() => rt.continuePassage()).not.toThrow(/RUNTIME ERROR/);
  });

  it('saves and loads its state: a loaded state plays on as the saved one did', () => {
    const src = '-> start\n=== start ===\nPick.\n* [A] Took A.\n* [B] Took B.\n- Then {RANDOM(1, 1000)}.\n-> END\n';
    const rt = new StoryRuntime(json(src), { seed: 3 });
    rt.continuePassage();
    const saved = rt.saveState();
    rt.choose(0);
    const first = rt.continuePassage().map((l) => l.text);
    rt.loadState(saved);
    expect(rt.choices().map((c) => c.text)).toEqual(['A', 'B']);
    rt.choose(0);
    expect(rt.continuePassage().map((l) => l.text)).toEqual(first);
  });

  it('knows where the last line began, even after the story has ended', () => {
    const rt = new StoryRuntime(json('-> start\n=== start ===\nOnly line.\n-> END\n'), { seed: 1 });
    expect(rt.lastLinePosition()).toBeNull();
    rt.continuePassage();
    expect(rt.lastLinePosition()).toMatch(/\S/);
    expect(rt.choices()).toEqual([]);
  });

  it('shares one parse among runtimes, each with its own state, and validates externals once', () => {
    const parsed = new ParsedStory(storyJson);
    expect(parsed.externalsValidated).toBe(false);
    const { h } = recorder();
    const a = new StoryRuntime(parsed, { seed: 1, handlers: h, variables: { role: 'us' } });
    expect(parsed.externalsValidated).toBe(true);
    const b = new StoryRuntime(parsed, { seed: 1, handlers: h, variables: { role: 'nato' } });
    expect(a.variable('role')).toBe('us');
    expect(b.variable('role')).toBe('nato');
    expect(parsed.content.mainContentContainer).toBeDefined();
    // Without handlers nothing is validated for later runtimes.
    const bare = new ParsedStory(storyJson);
    new StoryRuntime(bare, { seed: 1 });
    expect(bare.externalsValidated).toBe(false);
  });

  it('cleans the prefix inkjs puts on its messages', () => {
    expect(cleanInkError("RUNTIME ERROR: 'main.ink' line 3: oops ")).toBe("'main.ink' line 3: oops");
    expect(cleanInkError('error: Something')).toBe('Something');
    expect(cleanInkError('plain')).toBe('plain');
  });
});
