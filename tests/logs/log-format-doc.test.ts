/**
 * docs/log-format.md promises limits (a story id of at most 100 characters, turns 0-1000, a 5 MB
 * file...). This test reads them from the page itself and checks each against the reader: a
 * value at the limit is accepted, one past it refused with the field named. A limit changed on
 * one side only, the page or the schema, fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DecisionLog, LOG_VERSION, READABLE_LOG_VERSIONS } from '../../src/engine/log.js';
import { parseLog } from '../../src/engine/log-schema.js';
import { MAX_LOG_BYTES } from '../../src/storage/logs.js';
import { finishedLog } from './fixtures.js';

const doc = readFileSync('docs/log-format.md', 'utf8');

type Limit =
  | { kind: 'string'; max: number }
  | { kind: 'array'; max: number }
  | { kind: 'integer'; min: number; max?: number }
  | { kind: 'hex'; digits: number };

const number = (text: string) => (text === '2³¹−1' ? 2 ** 31 - 1 : Number(text.replace(/,/g, '')));

/** The limits a type cell states, in the order written: `string ≤ 200, string ≤ 500`. */
function limitsIn(cell: string): Limit[] {
  const out: Limit[] = [];
  const clause =
    /(string|strings|array|integer),? (?:≤ ([\d,]+)|([\d,]+)-([\d,]+)|([\d,]+) to (2³¹−1)|≥ ([\d,]+))|(\d+) hex digits/g;
  for (const m of cell.matchAll(clause)) {
    if (m[8]) out.push({ kind: 'hex', digits: number(m[8]) });
    else if (m[2]) out.push({ kind: m[1] === 'string' ? 'string' : 'array', max: number(m[2]) });
    else if (m[3]) out.push({ kind: 'integer', min: number(m[3]), max: number(m[4]!) });
    else if (m[5]) out.push({ kind: 'integer', min: number(m[5]), max: number(m[6]!) });
    else out.push({ kind: 'integer', min: number(m[7]!) });
  }
  return out;
}

/** Every limit of the two field tables, by the path of the field in a log. */
function documentedLimits(): Map<string, Limit> {
  const limits = new Map<string, Limit>();
  const game = doc.split('### The game')[1]!.split('### Each decision')[0]!;
  const decision = doc.split('### Each decision')[1]!.split('\n## ')[0]!;
  for (const [table, prefix] of [
    [game, ''],
    [decision, 'decisions.0.'],
  ] as const) {
    for (const row of table.matchAll(/^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \|$/gm)) {
      const [, field, type, meaning] = row as unknown as [string, string, string, string];
      const found = limitsIn(type);
      const parts = /^`\{ ([^}]+) \}`/.exec(type.trim());
      if (parts) {
        // `{ id, title }` (string ≤ 200, string ≤ 500): one limit per part, in order.
        parts[1]!.split(', ').forEach((part, i) => {
          if (found[i]) limits.set(`${prefix}${field}.${part}`, found[i]!);
        });
      } else if (found[0]) limits.set(`${prefix}${field}`, found[0]);
      for (const m of meaning.matchAll(/`(\w+)` \((?:lower-case, )?(≤ \d+|\d+-\d+)\)/g)) {
        limits.set(
          `${prefix}${field}.${m[1]}`,
          limitsIn(`${field === 'scenario' && m[1] === 'id' ? 'string' : 'integer'} ${m[2]}`)[0]!,
        );
      }
      const troops = /`usTroops` and `alliedTroops` \(thousands; (\d+)-(\d+) and (\d+)-(\d+)\)/.exec(meaning);
      if (troops) {
        limits.set(`${prefix}${field}.usTroops`, { kind: 'integer', min: number(troops[1]!), max: number(troops[2]!) });
        limits.set(`${prefix}${field}.alliedTroops`, {
          kind: 'integer',
          min: number(troops[3]!),
          max: number(troops[4]!),
        });
      }
    }
  }
  return limits;
}

let first: DecisionLog | null = null;
/** A finished log with a fork source, so that every documented field is present (played once, on first use). */
function base(): DecisionLog {
  first ??= { ...finishedLog('us', 7), forkedFrom: { file: '/logs/a.json', at: 0 } };
  return structuredClone(first);
}

function set(log: DecisionLog, path: string, value: unknown): DecisionLog {
  const keys = path.split('.');
  let node = log as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  // An option index may only be as high as the options listed: give index tests a hundred.
  if (path === 'decisions.0.index') log.decisions[0]!.options = Array.from({ length: 100 }, (_, i) => `option ${i}`);
  return log;
}

function problem(path: string, value: unknown): string {
  const r = parseLog(set(base(), path, value));
  return r.ok ? 'ok' : r.problem;
}

/** A valid item of each bounded list (an option text for the rest). */
const ITEMS: Record<string, (i: number, decision: DecisionLog['decisions'][number]) => unknown> = {
  decisions: (i, decision) => ({ ...decision, step: i + 1 }),
  'decisions.0.effects': () => ({ source: 'choice', kind: 'meter', target: 'capital', delta: 0 }),
  'decisions.0.votes': () => ({
    source: 'choice',
    body: 'unsc',
    turn: 1,
    month: null,
    track: 'un',
    proposal: 'passed',
    result: 'passed',
    tally: { yes: 9, no: 0, abstain: 6 },
    blockers: [],
  }),
};

/** Values at the limit, which must be read, and past it, which must be refused. */
function cases(path: string, limit: Limit): { inside: unknown[]; outside: unknown[] } {
  switch (limit.kind) {
    case 'string':
      // A scenario id must also be lower-case letters and digits.
      return { inside: ['a'.repeat(limit.max)], outside: ['a'.repeat(limit.max + 1)] };
    case 'array': {
      const decision = base().decisions[0]!;
      const item = ITEMS[path] ?? ((i: number) => `option ${i}`);
      const list = (n: number) => Array.from({ length: n }, (_, i) => item(i, decision));
      return { inside: [list(limit.max)], outside: [list(limit.max + 1)] };
    }
    case 'integer': {
      const outside: unknown[] = [limit.min - 1, limit.min + 0.5];
      if (limit.max !== undefined) outside.push(limit.max + 1);
      // With no maximum, a value well above the minimum must be read too (but steps are numbered in order).
      const above = path === 'decisions.0.step' ? [] : [limit.min + 1000];
      return { inside: limit.max === undefined ? [limit.min, ...above] : [limit.min, limit.max], outside };
    }
    case 'hex':
      return {
        inside: ['0123456789abcdef'.repeat(4)],
        outside: ['a'.repeat(limit.digits - 1), 'a'.repeat(limit.digits + 1), 'A'.repeat(limit.digits), 'g'.repeat(64)],
      };
  }
}

const limits = documentedLimits();

describe('docs/log-format.md', () => {
  it('states a limit for every bounded field', () => {
    expect([...limits.keys()].sort()).toEqual(
      [
        'story.id',
        'story.version',
        'story.hash',
        'scenario.id',
        'scenario.turns',
        'seed',
        'player',
        'ending.id',
        'ending.title',
        'forkedFrom.file',
        'forkedFrom.at',
        'at.turn',
        'at.month',
        'decisions',
        'decisions.0.step',
        'decisions.0.turn',
        'decisions.0.month',
        'decisions.0.position',
        'decisions.0.index',
        'decisions.0.text',
        'decisions.0.options',
        'decisions.0.meters.capital',
        'decisions.0.meters.usTroops',
        'decisions.0.meters.alliedTroops',
        'decisions.0.effects',
        'decisions.0.votes',
        'decisions.0.reason',
      ].sort(),
    );
  });

  for (const [path, limit] of limits) {
    it(`${path}: ${JSON.stringify(limit)} is the reader's limit`, () => {
      const { inside, outside } = cases(path, limit);
      for (const value of inside) expect(problem(path, value), `${path} = ${String(value).slice(0, 20)}`).toBe('ok');
      for (const value of outside) {
        // Scenario ids and steps have rules of their own besides the limit (lower case; numbered in order).
        expect(problem(path, value), `${path} = ${String(value).slice(0, 20)}`).toMatch(
          new RegExp(
            `^invalid log: ${path.replace(/\./g, '\\.')}(: | is numbered)|^invalid log: decision 1 is numbered`,
          ),
        );
      }
    });
  }

  it('refuses a file larger than the size it states', () => {
    const mb = Number(/larger than (\d+) MB/.exec(doc)?.[1]);
    expect(MAX_LOG_BYTES).toBe(mb * 1024 * 1024);
  });

  it('names the versions it reads and the one it writes', () => {
    const row = /^\| `version` \| ([^|]+) \| ([^|]+) \|$/m.exec(doc);
    expect([...row![1]!.matchAll(/`(\d+)`/g)].map((m) => Number(m[1]))).toEqual([...READABLE_LOG_VERSIONS]);
    expect(row![2]).toContain(`writes \`${LOG_VERSION}\``);
  });

  it('names the file the schema is in', () => {
    const file = /Schema: `logSchema` in \[`([^`]+)`\]/.exec(doc)?.[1];
    expect(readFileSync(file!, 'utf8')).toContain('export const logSchema');
  });
});
