/**
 * Memos in the engine: which decisions ask for a reason (every one, or those the story marks
 * with `# memo`), what a reason is cleaned to, and that a reason reaches the log and survives
 * a replay.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLog } from '../../src/engine/log.js';
import { cleanReason, DEFAULT_MEMO_PROMPT, MAX_REASON, type MemoSettings, withMemos } from '../../src/engine/memo.js';
import { replayLog } from '../../src/engine/replay.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../src/engine/scenario.js';
import { scenarioSchema } from '../../src/engine/scenario-schema.js';
import { GameSession } from '../../src/engine/session.js';
import { compileStoryFile } from '../../src/storage/story-files.js';

const compiled = compileStoryFile(fileURLToPath(new URL('./fixtures/memo.ink', import.meta.url)));
const json = compiled.json!;

const scenario = (memos?: MemoSettings): Scenario => ({ ...BUILT_IN_SCENARIOS.full, id: 'memo', memos });
const start = (memos?: MemoSettings) =>
  GameSession.start({ storyJson: json, role: 'us', seed: 1, scenario: scenario(memos) });

describe('memos', () => {
  it('compiles the fixture', () => {
    expect(compiled.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('asks after every decision when the scenario says every', () => {
    const s = start({ ask: 'required', after: 'every' });
    const asked: (string | undefined)[] = [];
    for (let v = s.view(); !v.ended; v = s.choose(0)) {
      expect(v.memo?.required).toBe(true);
      asked.push(v.memo?.prompt);
    }
    expect(asked).toEqual([DEFAULT_MEMO_PROMPT, 'Who will object, and why?', DEFAULT_MEMO_PROMPT]);
    expect(s.view().memo).toBeNull();
  });

  it('asks only where the story marks a decision when the scenario says marked', () => {
    const s = start({ ask: 'optional', after: 'marked' });
    const asked: (string | null)[] = [];
    for (let v = s.view(); !v.ended; v = s.choose(0)) asked.push(v.memo ? v.memo.prompt : null);
    expect(asked).toEqual([null, 'Who will object, and why?', DEFAULT_MEMO_PROMPT]);
  });

  it('never asks when memos are off or absent', () => {
    for (const memos of [undefined, { ask: 'off', after: 'every' } as const]) {
      const s = start(memos);
      for (let v = s.view(); !v.ended; v = s.choose(0)) expect(v.memo).toBeNull();
    }
  });

  it("records the question each decision answered: the story's # prompt, else the last line that asks", () => {
    const s = start();
    while (!s.view().ended) s.choose(0);
    expect(s.decisions.map((d) => d.prompt)).toEqual(['Where do you start?', 'Do you answer?', 'Stay or go?']);
  });

  it('keeps reasons in the log, and a replay gives them back', () => {
    const s = start({ ask: 'required', after: 'every' });
    s.choose(1);
    s.annotate(1, 'Berlin is easier.');
    s.choose(0);
    const log = buildLog(s, json, { player: 'Ann', createdAt: new Date(0).toISOString() }, new Date(0));
    expect(log.decisions.map((d) => d.reason)).toEqual(['Berlin is easier.', undefined]);
    expect(log.scenario.memos).toEqual({ ask: 'required', after: 'every' });
    const r = replayLog(log, json);
    expect(r.ok).toBe(true);
    expect(r.ok && r.session.decisions.map((d) => d.reason)).toEqual(['Berlin is easier.', undefined]);
  });

  it('cleans a typed reason: no escapes or control characters, one line, at most 1,000 characters', () => {
    expect(cleanReason('  Paris\u001b[31m first,\n\tthen\u202e Berlin  ')).toBe('Paris first, then Berlin');
    expect(cleanReason('x'.repeat(5000))).toHaveLength(MAX_REASON);
    // A cut never splits a surrogate pair.
    const emoji = `${'x'.repeat(MAX_REASON - 1)}😀`;
    expect(cleanReason(emoji)).toBe('x'.repeat(MAX_REASON - 1));
  });

  it('--memos sets whether to ask and keeps after which decisions', () => {
    const marked = scenario({ ask: 'off', after: 'marked' });
    expect(withMemos(marked, 'required').memos).toEqual({ ask: 'required', after: 'marked' });
    expect(withMemos(BUILT_IN_SCENARIOS.short, 'optional').memos).toEqual({ ask: 'optional', after: 'every' });
    expect(withMemos(marked, undefined)).toBe(marked);
  });

  it('validates memos in a scenario file', () => {
    const base = { ...BUILT_IN_SCENARIOS.full, id: 'x' };
    expect(scenarioSchema.safeParse({ ...base, memos: { ask: 'required', after: 'marked' } }).success).toBe(true);
    expect(scenarioSchema.safeParse(base).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base, memos: { ask: 'always', after: 'every' } }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, memos: { ask: 'required' } }).success).toBe(false);
  });
});
