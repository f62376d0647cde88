/**
 * Property: any mutation of a valid log (a field changed or deleted, a number nudged, the text
 * truncated, decisions swapped, a choice index or text changed) is either still a valid log
 * that replays, or is refused with a clear reason: a parse problem or a replay divergence.
 * Never an uncaught exception. And a mutated log that does replay records exactly the game
 * the story plays, so no edit to a decision slips through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLog, type DecisionLog } from '../../src/engine/log.js';
import { parseLogText } from '../../src/engine/log-schema.js';
import { replayLog } from '../../src/engine/replay.js';
import { propertyParameters } from '../helpers/property.js';
import { CREATED, logOf, randomPlay, story, UPDATED } from './fixtures.js';

const COUNT = 20;
let bases: DecisionLog[] | null = null;
/** Twenty valid logs of varied length, role and scenario, some finished, some not (played on first use). */
function BASES(): DecisionLog[] {
  bases ??= Array.from({ length: COUNT }, (_, i) => {
    const picks = Array.from({ length: i % 4 === 0 ? 3 : 60 }, (_, k) => (i * 5 + k * 3) % 7);
    return logOf(randomPlay(i % 2 ? 'us' : 'nato', 1000 + i, i % 3 ? 'full' : 'short', picks, false, 30));
  });
  return bases;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path to a value inside `doc`, the root excluded. */
function paths(doc: Json, at: Path = [], out: Path[] = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(doc)
    ? doc.map((v, i) => [i, v])
    : doc && typeof doc === 'object'
      ? Object.entries(doc)
      : [];
  for (const [k, v] of children) {
    out.push([...at, k]);
    paths(v, [...at, k], out);
  }
  return out;
}

function parentOf(doc: Json, path: Path): { parent: Json[] | { [k: string]: Json }; key: string | number } {
  let node = doc as Json;
  for (const k of path.slice(0, -1)) node = (node as Record<string | number, Json>)[k] as Json;
  return { parent: node as Json[] | { [k: string]: Json }, key: path.at(-1)! };
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('number' as const),
    at: fc.nat(),
    delta: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer(), fc.double({ noNaN: true })),
  }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('index' as const), at: fc.nat(), value: fc.integer({ min: -2, max: 120 }) }),
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.nat(),
    how: fc.constantFrom('append', 'other-option', 'empty', 'case'),
  }),
  fc.record({ kind: fc.constant('string' as const), at: fc.nat(), value: fc.string({ maxLength: 12 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(doc: Json, m: Mutation): void {
  const all = paths(doc);
  const decisions = (doc as { decisions?: Json }).decisions;
  // An earlier mutation may have put anything in the list: edit only the entries still objects.
  const isObject = (d: Json): d is { [k: string]: Json } => typeof d === 'object' && d !== null && !Array.isArray(d);
  const list = Array.isArray(decisions) ? decisions : [];
  const objects = list.filter(isObject);
  switch (m.kind) {
    case 'set': {
      if (!all.length) return;
      const { parent, key } = parentOf(doc, all[m.at % all.length]!);
      (parent as Record<string | number, Json>)[key] = m.value as Json;
      return;
    }
    case 'delete': {
      if (!all.length) return;
      const { parent, key } = parentOf(doc, all[m.at % all.length]!);
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    }
    case 'number': {
      const numeric = all.filter((p) => typeof parentOf(doc, p).parent[p.at(-1) as never] === 'number');
      if (!numeric.length) return;
      const { parent, key } = parentOf(doc, numeric[m.at % numeric.length]!);
      const rec = parent as Record<string | number, number>;
      rec[key] = rec[key]! + m.delta;
      return;
    }
    case 'string': {
      const strings = all.filter((p) => typeof parentOf(doc, p).parent[p.at(-1) as never] === 'string');
      if (!strings.length) return;
      const { parent, key } = parentOf(doc, strings[m.at % strings.length]!);
      (parent as Record<string | number, Json>)[key] = m.value;
      return;
    }
    case 'swap': {
      if (list.length < 2) return;
      const a = m.a % list.length;
      const b = m.b % list.length;
      [list[a], list[b]] = [list[b]!, list[a]!];
      return;
    }
    case 'index': {
      if (!objects.length) return;
      objects[m.at % objects.length]!.index = m.value;
      return;
    }
    case 'text': {
      if (!objects.length) return;
      const d = objects[m.at % objects.length]!;
      const text = String(d.text);
      const options = Array.isArray(d.options) ? d.options.map(String) : [];
      if (m.how === 'append') d.text = `${text}!`;
      else if (m.how === 'empty') d.text = '';
      else if (m.how === 'case') d.text = text.toUpperCase();
      else d.text = options.find((o) => o !== text) ?? `${text}?`;
      return;
    }
  }
}

describe('a mutated log is replayed or refused, never crashes', () => {
  it('for 1,000 random mutations', () => {
    fc.assert(
      fc.property(
        fc.nat(COUNT - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        // One case in four also cuts the text short, anywhere in it.
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 30 }) },
        ),
        (base, mutations, truncateAt) => {
          const doc = structuredClone(BASES()[base]!) as unknown as Json;
          for (const m of mutations) mutate(doc, m);
          let text = JSON.stringify(doc, null, 2);
          if (truncateAt !== undefined) text = text.slice(0, truncateAt % text.length);

          const read = parseLogText(text);
          if (!read.ok) {
            expect(read.problem).toMatch(/\S/);
            expect(read.problem).not.toContain('\n');
            return;
          }
          const replay = replayLog(read.log, story, { undo: false });
          if (!replay.ok) {
            const d = replay.divergence;
            expect(d.step).toBeGreaterThanOrEqual(0);
            expect(d.step).toBeLessThanOrEqual(read.log.decisions.length);
            if (d.kind === 'other-story' || d.kind === 'no-start') expect(d.step).toBe(0);
            else expect(d.reason).toMatch(/\((the story has changed since the log was written|the log was edited)\)$/);
            return;
          }
          // It replays: then every decision it records is exactly the one the story plays.
          const again = buildLog(replay.session, story, { player: null, createdAt: CREATED }, UPDATED);
          expect(again.decisions).toEqual(read.log.decisions);
          expect(again.status).toBe(read.log.status);
          expect(again.ending).toEqual(read.log.ending);
        },
      ),
      propertyParameters<[number, Mutation[], number | undefined]>('mutated log replayed or refused', 1000, {
        // Found in CI: a decision replaced by a list, then its text edited (the mutator crashed).
        examples: [
          [
            13,
            [
              { kind: 'set', at: 27, value: [''] },
              { kind: 'text', at: 0, how: 'append' },
            ],
            undefined,
          ],
        ],
      }),
    );
  }, 90_000);

  it('refuses each kind of damage with its own sentence', () => {
    const log = BASES()[1]!;
    const text = JSON.stringify(log);
    const problem = (t: string) => {
      const r = parseLogText(t);
      return r.ok ? 'ok' : r.problem;
    };
    expect(problem('')).toBe('empty file, not a log');
    expect(problem(text.slice(0, text.length / 2))).toMatch(/not valid JSON \(the file looks truncated/);
    expect(problem('hello')).toMatch(/not valid JSON, not a Mandate log/);
    expect(problem('[1,2]')).toMatch(/not a Mandate decision log/);
    expect(problem(JSON.stringify({ ...log, format: 'other' }))).toMatch(/not a Mandate decision log/);
    expect(problem(JSON.stringify({ ...log, version: 3 }))).toMatch(/version 3 is not supported/);
    expect(problem(JSON.stringify({ ...log, seed: -1 }))).toMatch(/^invalid log: seed: /);
    const bad = structuredClone(log);
    bad.decisions[0]!.index = 100;
    expect(problem(JSON.stringify(bad))).toMatch(/^invalid log: decisions\.0\.index: /);
    expect(problem(`\uFEFF${text}`)).toBe('ok');
  });
});
