/**
 * The text of a decision log as the autosaver makes it (storage/log-text.ts), in process: it is
 * exactly `JSON.stringify(log, null, 2)` and a newline whatever happened since the last save
 * (a decision added, undone, replaced, a reason given later, another game altogether, a log
 * larger than the buffer it starts with, non-ASCII text), each decision is encoded once, and a
 * log past its limits is refused with the limit named. tests/hardening/log-text.test.ts plays
 * real games through it; here each case the cache has to get right is staged on its own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import { LogLimitError, LogText } from '../../src/storage/log-text.js';
import { thrown } from '../helpers/thrown.js';
import { logOf, randomPlay } from '../logs/fixtures.js';

type Decision = DecisionLog['decisions'][number];

/** A real log of a short game, to take its fields and its first decision's shape from. */
const base: DecisionLog = logOf(randomPlay('us', 7, 'short', [0, 1]));
const first = base.decisions[0]!;

/** Decision `i` (0-based), its option text told apart by `text`. */
const decision = (i: number, text = `option ${i}`, extra: Partial<Decision> = {}): Decision => ({
  ...first,
  step: i + 1,
  text,
  ...extra,
});

const logWith = (decisions: Decision[], fields: Partial<DecisionLog> = {}): DecisionLog => ({
  ...base,
  ...fields,
  decisions,
});

const json = (log: unknown) => `${JSON.stringify(log, null, 2)}\n`;

/**
 * `actual` is `expected`; when not, the failure shows where they part, not a diff of two texts
 * of hundreds of kB (which would take vitest minutes to make).
 */
function expectSame(actual: string, expected: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const around = (t: string) =>
    `${t.length} characters, at ${i}: ${JSON.stringify(t.slice(Math.max(0, i - 60), i + 60))}`;
  expect(around(actual)).toBe(around(expected));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the text of a log', () => {
  it('is JSON.stringify(log, null, 2) and a newline with no decisions yet', () => {
    const log = logWith([]);
    expectSame(new LogText().text(log, []), json(log));
    expect(json(log)).toContain('"decisions": []');
  });

  it('is exact when a field before the list is an empty string', () => {
    const log = logWith([decision(0)], { player: '' });
    expectSame(new LogText().text(log, []), json(log));
    expectSame(new LogText().text(logWith([], { player: '' }), []), json(logWith([], { player: '' })));
  });

  it('puts the list in its own place among the keys, whatever their order', () => {
    const { decisions: _, ...rest } = logWith([]);
    const listFirst = { decisions: [decision(0), decision(1)], ...rest } as DecisionLog;
    expectSame(new LogText().text(listFirst, []), json(listFirst));
  });

  it('is the same text as bytes, in UTF-8', () => {
    const log = logWith([decision(0, 'Zoë talks to 北约 🇺🇳')], { player: 'Zoë' });
    const bytes = new LogText().bytes(log, []);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(bytes.equals(Buffer.from(json(log), 'utf8'))).toBe(true);
    expectSame(new LogText().text(log, []), json(log));
  });

  it('stays exact as decisions are added one at a time, past the size of its first buffer', () => {
    const text = new LogText();
    const keys: object[] = [];
    const decisions: Decision[] = [];
    // About 3 kB each, with non-ASCII: 60 of them are well past the 64 kB the buffer starts at.
    for (let i = 0; i < 60; i++) {
      keys.push({});
      decisions.push(decision(i, `${i}: ${'é'.repeat(1500)}`));
      const log = logWith([...decisions]);
      expectSame(text.text(log, keys), json(log));
    }
    expect(json(logWith(decisions)).length).toBeGreaterThan(150 * 1024);
  });

  it('holds one decision larger than twice its first buffer', () => {
    const huge = decision(0, 'x'.repeat(2000), {
      options: Array.from({ length: 100 }, (_, i) => `${i}`.repeat(2000).slice(0, 2000)),
    });
    const log = logWith([huge, decision(1)]);
    expect(json(log).length).toBeGreaterThan(200 * 1024);
    expectSame(new LogText().text(log, []), json(log));
  });

  it('stays exact through undos and the decisions that replace them', () => {
    const text = new LogText();
    const keys = [{}, {}, {}, {}];
    const d = [0, 1, 2, 3].map((i) => decision(i));
    const check = (decisions: Decision[], k: object[]) => {
      const log = logWith(decisions);
      expectSame(text.text(log, k), json(log));
    };
    check(d, keys);
    check(d.slice(0, 3), keys.slice(0, 3)); // undo
    check(d.slice(0, 2), keys.slice(0, 2)); // undo
    const other = decision(2, 'another option');
    check([d[0]!, d[1]!, other], [keys[0]!, keys[1]!, {}]); // a new choice in its place
    check([d[0]!, d[1]!, other, d[3]!], [keys[0]!, keys[1]!, {}, {}]);
    check([d[0]!], [keys[0]!]);
    check([], []);
    check(d, keys);
  });

  it('stays exact when the same LogText is given another game, first decision and all', () => {
    const text = new LogText();
    const a = logWith([decision(0, 'a0'), decision(1, 'a1'), decision(2, 'a2')]);
    expectSame(text.text(a, []), json(a));
    const b = logWith([decision(0, 'b0'), decision(1, 'b1'), decision(2, 'b2')]);
    expectSame(text.text(b, []), json(b));
    const c = logWith([decision(0, 'c0')]);
    expectSame(text.text(c, []), json(c));
  });

  it('takes a reason given later to any decision already made: the last, the first, or one between', () => {
    const text = new LogText();
    const keys = [{}, {}, {}];
    const check = (decisions: Decision[]) => {
      const log = logWith(decisions);
      expectSame(text.text(log, keys), json(log));
    };
    const [d0, d1, d2] = [0, 1, 2].map((i) => decision(i));
    check([d0!, d1!, d2!]);
    check([d0!, d1!, { ...d2!, reason: 'the last, asked at once' }]);
    check([{ ...d0!, reason: 'the first, asked later' }, d1!, { ...d2!, reason: 'the last, asked at once' }]);
    check([
      { ...d0!, reason: 'the first, asked later' },
      { ...d1!, reason: 'the middle one' },
      { ...d2!, reason: 'the last, asked at once' },
    ]);
    check([{ ...d0!, reason: 'the first, changed' }, { ...d1!, reason: 'the middle one' }, d2!]);
  });
});

describe('each decision encoded once', () => {
  /** The decisions JSON.stringify is given while `f` runs (the log itself aside). */
  function encoded(f: () => void): unknown[] {
    const stringify = vi.spyOn(JSON, 'stringify');
    f();
    const args = stringify.mock.calls.map((c) => c[0]).filter((a) => a && typeof a === 'object' && 'step' in a);
    stringify.mockRestore();
    return args;
  }

  it('encodes only the new decision at each save, given the session’s decisions as keys', () => {
    const text = new LogText();
    const keys = [{}, {}, {}];
    const d = [0, 1, 2].map((i) => decision(i));
    expect(encoded(() => text.text(logWith(d.slice(0, 2)), keys.slice(0, 2)))).toEqual([d[0], d[1]]);
    // A fresh copy of each decision, as buildLog makes every time: the keys say they are the same.
    const copies = d.map((x) => ({ ...x }));
    expect(encoded(() => text.text(logWith(copies), keys))).toEqual([d[2]]);
    expect(encoded(() => text.text(logWith(copies), keys))).toEqual([]);
  });

  it('keeps the bytes made for a key: the same key is the same decision', () => {
    const text = new LogText();
    const keys = [{}, {}];
    text.text(logWith([decision(0, 'first'), decision(1, 'second')]), keys);
    const out = text.text(logWith([decision(0, 'first'), decision(1, 'changed')]), keys);
    expect(out).toContain('"text": "second"');
    expect(out).not.toContain('changed');
  });

  it('uses the decisions themselves as keys when none are given', () => {
    const text = new LogText();
    const d = [decision(0), decision(1)];
    expect(encoded(() => text.text(logWith([d[0]!]), []))).toEqual([d[0]]);
    expect(encoded(() => text.text(logWith(d), []))).toEqual([d[1]]);
  });
});

describe('a log past its limits', () => {
  it('is refused with the limit it breaks, as a LogLimitError', () => {
    const error = thrown(() => new LogText().text(logWith([], { player: 'p'.repeat(201) }), []));
    expect(error).toBeInstanceOf(LogLimitError);
    expect(error.name).toBe('LogLimitError');
    expect((error as LogLimitError).problem).toBe(
      'the player name is 201 characters long (a decision log holds at most 200)',
    );
    expect(error.message).toBe(
      'the game cannot be saved: the player name is 201 characters long (a decision log holds at most 200)',
    );
  });

  it('names the decision that breaks one, counting from 1', () => {
    const log = logWith([decision(0), decision(1, 'x'.repeat(2001))]);
    const error = thrown(() => new LogText().text(log, []));
    expect(error).toBeInstanceOf(LogLimitError);
    expect(error.message).toBe(
      'the game cannot be saved: decision 2: the option taken is 2,001 characters long (a decision log holds at most 2,000)',
    );
  });

  it('leaves the next save exact after a refused one', () => {
    const text = new LogText();
    const keys = [{}, {}];
    expect(() => text.text(logWith([decision(0), decision(1, 'x'.repeat(2001))]), keys)).toThrow(LogLimitError);
    const log = logWith([decision(0), decision(1)]);
    expectSame(text.text(log, [keys[0]!, {}]), json(log));
  });

  it('holds 10,000 decisions and refuses the 10,001st', () => {
    const tiny = (i: number) =>
      ({
        step: i + 1,
        turn: 0,
        month: null,
        position: 'p',
        index: 0,
        text: 't',
        options: ['t'],
      }) as unknown as Decision;
    const decisions = Array.from({ length: 10_000 }, (_, i) => tiny(i));
    const log = logWith(decisions);
    const text = new LogText();
    expectSame(text.text(log, []), json(log));
    const error = thrown(() => text.text(logWith([...decisions, tiny(10_000)]), []));
    expect(error).toBeInstanceOf(LogLimitError);
    expect(error.message).toBe('the game cannot be saved: the game has more than 10,000 decisions');
  });
});
