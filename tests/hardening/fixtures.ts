/**
 * Hostile inputs for the hardening tables: stories that loop, nest or break the log's limits,
 * logs with escape sequences in their ids, files that are not files. Each is written into a
 * folder given by the test, so the table can prove that nothing there changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionLog } from '../../src/engine/log.js';

/** An escape sequence of each kind a terminal acts on: title change, colour, clear screen, bidi override. */
export const ESCAPES = '\u001b]0;pwned\u0007\u001b[31m\u001b[2J\u202e';

/** Control characters (but tab and newline) and bidi overrides: none may reach a terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Escapes that ink source can hold in a line of text or a choice (ink reads `[` there as a bracket). */
export const INK_ESCAPES = '\u001bc\u001b7\u0007\u202e';

/**
 * A story that keeps the contract's letter (VARs, an ending) with `body` as its first knot;
 * `globals` go before it (tags, EXTERNALs), `after` at the end (functions).
 */
export function contractStory(body: string, globals = '', after = ''): string {
  return `${globals}VAR role = ""\nVAR scenario = ""\n-> start\n=== start ===\n${body}\n=== the_end ===\n# ending: the-end\n# title: The end\nIt ends.\n-> END\n${after}`;
}

export function write(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Stories that break the game, each as an .ink file in `dir`. */
export function hostileStories(dir: string) {
  const long = 'x'.repeat(2100);
  return {
    /** Item 2: an option longer than a log holds. */
    longOption: write(dir, 'long-option.ink', contractStory(`Pick.\n* [${long}] -> the_end\n* [Short] -> the_end`)),
    /** Item 2: more options than a log holds. */
    manyOptions: write(
      dir,
      'many-options.ink',
      contractStory(`Pick.\n${Array.from({ length: 101 }, (_, i) => `* [Option ${i + 1}] -> the_end`).join('\n')}`),
    ),
    /** Item 2: a turn past the last a log holds. */
    farTurn: write(dir, 'far-turn.ink', contractStory('Late. # turn: 5000\n* [Go on] -> the_end')),
    /** Item 2: a date longer than a log holds. */
    longDate: write(dir, 'long-date.ink', contractStory(`When? # date: ${'2003-'.repeat(6)}\n* [Go on] -> the_end`)),
    /** Item 2: a story id longer than a log holds. */
    longId: write(dir, 'long-id.ink', contractStory('Hello.\n* [Go on] -> the_end', `# story: ${'s'.repeat(101)}\n`)),
    /** Item 2: an ending id longer than a log holds. */
    longEnding: write(
      dir,
      'long-ending.ink',
      `VAR role = ""\nVAR scenario = ""\nHello.\n* [Go on]\n  The end. # ending: ${'e'.repeat(201)}\n  -> END\n`,
    ),
    /** Item 6: escape sequences in an ending's title and a choice's text. */
    escapes: write(
      dir,
      'escapes.ink',
      `VAR role = ""\nVAR scenario = ""\nHello ${INK_ESCAPES}there.\n* Go ${INK_ESCAPES}on -> fin\n* {false} Never ${INK_ESCAPES}here -> fin\n* Stop ${INK_ESCAPES}here -> lost\n=== fin ===\n# ending: fin${ESCAPES}\n# title: The ${ESCAPES} end\nDone.\n-> END\n=== lost ===\nNobody comes here ${INK_ESCAPES}.\n-> END\n`,
    ),
    /** Item 6: a compile error quoting a line full of escapes. */
    escapedError: write(dir, 'escaped-error.ink', `VAR role = ""\nVAR scenario = ""\n-> ${ESCAPES}nowhere\n`),
    /** Item 7: an INCLUDE that leaves the story's folder. */
    includeOutside: write(
      dir,
      'include-outside.ink',
      'INCLUDE ../../../../../../../../../../etc/hostname\nHello.\n-> END\n',
    ),
    /** Item 9: prototype names given to the engine's externals. */
    prototypeNames: write(
      dir,
      'prototype-names.ink',
      contractStory(
        '{event_on("__proto__"): Events are on.}\nThe track reads "{track("constructor")}".\n* [Go on] -> the_end',
        'EXTERNAL event_on(name)\nEXTERNAL track(name)\n',
        '=== function event_on(name) ===\n~ return true\n=== function track(name) ===\n~ return ""\n',
      ),
    ),
    /** Item 12: a loop without choices after the first decision. */
    choicelessLoop: write(
      dir,
      'choiceless-loop.ink',
      contractStory('Go round?\n* [Round] -> loop\n* [End] -> the_end\n=== loop ===\n-> loop'),
    ),
    /** Item 12: a loop at the very start, printing text. */
    textLoop: write(dir, 'text-loop.ink', contractStory('Again.\n-> start')),
    /** Item 12: a function that calls itself forever. */
    recursion: write(
      dir,
      'recursion.ink',
      contractStory('{deeper(1)}\n* [Go on] -> the_end', '', '=== function deeper(n) ===\n~ return deeper(n + 1)\n'),
    ),
    /** Item 12: a tunnel that never returns. */
    tunnel: write(dir, 'tunnel.ink', contractStory('-> down ->\n* [Go on] -> the_end\n=== down ===\n-> down ->\n->->')),
  };
}

/** Compiled .json files that are not compiled ink, in `dir` (item 9). */
export function notCompiledInk(dir: string) {
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  return {
    emptyObject: write(dir, 'empty-object.json', '{}'),
    array: write(dir, 'array.json', '[1,2,3]'),
    string: write(dir, 'string.json', '"a string"'),
    null: write(dir, 'null.json', 'null'),
    newer: write(dir, 'newer.json', '{"inkVersion": 99, "root": [], "listDefs": {}}'),
    deep: write(dir, 'deep.json', `{"inkVersion": 21, "root": ${deep}, "listDefs": {}}`),
  };
}

/** A FIFO and links to /dev/zero, named as a story or scenario would be (item 13). */
export function specialFiles(dir: string) {
  mkdirSync(dir, { recursive: true });
  const fifoInk = join(dir, 'fifo.ink');
  const fifoJson = join(dir, 'fifo.json');
  execFileSync('mkfifo', [fifoInk, fifoJson]);
  const zeroInk = join(dir, 'zero.ink');
  const zeroJson = join(dir, 'zero.json');
  symlinkSync('/dev/zero', zeroInk);
  symlinkSync('/dev/zero', zeroJson);
  return { fifoInk, fifoJson, zeroInk, zeroJson };
}

/** A log as `jq -S` writes it: every object's keys sorted, so "format" sits far from the start. */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** A log whose ids carry escape sequences, still valid (item 6). */
export function escapedLog(log: DecisionLog): DecisionLog {
  return {
    ...log,
    story: { ...log.story, id: `mandate${ESCAPES}` },
    ending: log.ending ? { ...log.ending, id: `${log.ending.id}${ESCAPES}` } : null,
    player: `Eve${ESCAPES}`,
  };
}
