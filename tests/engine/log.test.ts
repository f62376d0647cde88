/** The decision log: what a game writes, and every way a read log is refused, in one sentence. */
import { describe, expect, it } from 'vitest';
import { buildLog, LOG_FORMAT, LOG_VERSION, READABLE_LOG_VERSIONS, standsAt, storyHash } from '../../src/engine/log.js';
import { parseLog, parseLogText } from '../../src/engine/log-schema.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { storyJson } from '../helpers/story.js';
import { finishedLog, story, unfinishedLog } from '../logs/fixtures.js';

const problem = (data: unknown) => {
  const r = parseLog(data);
  return r.ok ? 'ok' : r.problem;
};
const textProblem = (text: string) => {
  const r = parseLogText(text);
  return r.ok ? 'ok' : r.problem;
};

describe('storyHash', () => {
  it('is the sha256 of the canonical JSON, the same for the text, its reformatting and the parsed object', () => {
    const pretty = JSON.stringify(JSON.parse(storyJson), null, 2);
    const hash = storyHash(storyJson);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(storyHash(pretty)).toBe(hash);
    expect(storyHash(JSON.parse(storyJson))).toBe(hash);
    expect(storyHash(story)).toBe(hash);
    expect(storyHash('{"a":1}')).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
    expect(storyHash({ a: 1 })).toBe(storyHash('{ "a" : 1 }'));
    expect(storyHash('{"a":2}')).not.toBe(storyHash('{"a":1}'));
    // The same text again, and another object with the same content, hash the same.
    expect(storyHash('{"a":1}')).toBe(storyHash({ a: 1 }));
  });
});

describe('buildLog', () => {
  it('records the game as it stands: identity, meta, status and every decision numbered from 1', () => {
    const session = GameSession.start({
      storyJson: story,
      role: 'nato',
      seed: 77,
      scenario: BUILT_IN_SCENARIOS.short,
      undo: false,
    });
    session.choose(1);
    session.choose(0);
    const now = new Date('2025-01-02T03:04:05.678Z');
    const log = buildLog(session, story, { player: 'Ann', createdAt: '2025-01-01T00:00:00.000Z' }, now);
    expect(log).toMatchObject({
      format: 'mandate-log',
      version: 2,
      story: { id: 'mandate', hash: storyHash(story) },
      // The undo switch as played: --no-undo is kept in the log.
      scenario: { ...BUILT_IN_SCENARIOS.short, undo: false },
      role: 'nato',
      seed: 77,
      player: 'Ann',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T03:04:05.678Z',
      status: 'playing',
      ending: null,
      forkedFrom: null,
    });
    expect(log.story.version).toMatch(/\S/);
    expect(LOG_FORMAT).toBe('mandate-log');
    expect(LOG_VERSION).toBe(2);
    expect(READABLE_LOG_VERSIONS).toEqual([1, 2]);
    expect(log.prelude).toEqual(session.view().prelude);
    expect(log.decisions.map((d) => [d.step, d.index])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    const first = session.decisions[0]!;
    expect(log.decisions[0]).toEqual({
      step: 1,
      turn: first.turn,
      month: first.month,
      position: first.position,
      index: 1,
      text: first.text,
      options: first.options,
      meters: first.meters,
      tracks: first.tracks,
      effects: first.effects,
      votes: first.votes,
    });
    expect(parseLog(JSON.parse(JSON.stringify(log)))).toEqual({ ok: true, log });
  });

  it('keeps the scenario’s undo when the session does not override it, and a fork’s source', () => {
    const session = GameSession.start({ storyJson: story, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.full });
    const log = buildLog(
      session,
      story,
      { player: null, createdAt: '2025-01-01T00:00:00.000Z', forkedFrom: { file: '/a.json', at: 3 } },
      new Date(0),
    );
    expect(log.scenario.undo).toBe(BUILT_IN_SCENARIOS.full.undo);
    expect(log.forkedFrom).toEqual({ file: '/a.json', at: 3 });
    expect(log.player).toBeNull();
  });

  it('of a finished game has its status and ending', () => {
    const log = finishedLog('us', 3);
    expect(log.status).toBe('ended');
    expect(log.ending).toEqual({ id: expect.stringMatching(/^us-/), title: expect.stringMatching(/\S/) });
  });
});

describe('parseLog', () => {
  const log = unfinishedLog(2);

  it('refuses what is not a log, or another version of it, in words', () => {
    expect(problem(null)).toBe('not a Mandate decision log (expected a JSON object)');
    expect(problem([log])).toBe('not a Mandate decision log (expected a JSON object)');
    expect(problem('mandate-log')).toBe('not a Mandate decision log (expected a JSON object)');
    expect(problem({ ...log, format: 'mandate' })).toBe('not a Mandate decision log (no "format": "mandate-log")');
    const reads = '(this Mandate reads versions 1 and 2; it writes 2)';
    expect(problem({ ...log, version: 3 })).toBe(`log format version 3 is not supported ${reads}`);
    expect(problem({ ...log, version: 0 })).toBe(`log format version 0 is not supported ${reads}`);
    expect(problem({ ...log, version: '1' })).toBe(`log format version "1" is not supported ${reads}`);
    const { version: _, ...unversioned } = log;
    expect(problem(unversioned)).toBe(`log format version null is not supported ${reads}`);
  });

  it('names the first field that does not match the format', () => {
    expect(problem({ ...log, role: 'un' })).toMatch(/^invalid log: role: /);
    expect(problem({ ...log, extra: 1 })).toMatch(/^invalid log: the document: /);
    expect(problem({ ...log, createdAt: 'yesterday' })).toMatch(/^invalid log: createdAt: /);
    expect(problem({ ...log, status: 'paused' })).toMatch(/^invalid log: status: /);
  });

  it('refuses decisions numbered out of order, the first one included', () => {
    const bad = structuredClone(log);
    bad.decisions[1]!.step = 3;
    expect(problem(bad)).toBe('invalid log: decision 2 is numbered 3');
    const first = structuredClone(log);
    first.decisions[0]!.step = 2;
    expect(problem(first)).toBe('invalid log: decision 1 is numbered 2');
  });

  it('refuses a decision that takes an option the log does not list', () => {
    const bad = structuredClone(log);
    const d = bad.decisions[1]!;
    d.index = d.options.length;
    expect(problem(bad)).toBe(`invalid log: decision 2 takes option ${d.options.length + 1} of ${d.options.length}`);
    d.index = d.options.length - 1;
    expect(problem(bad)).toBe('ok');
  });

  it('refuses a game still playing with an ending', () => {
    expect(problem({ ...log, ending: { id: 'x', title: 'X' } })).toBe(
      'invalid log: status is "playing" but an ending is set',
    );
    expect(problem({ ...finishedLog(), status: 'ended' })).toBe('ok');
  });
});

describe('parseLogText', () => {
  const text = JSON.stringify(unfinishedLog(1));

  it('tells an empty, a truncated and a foreign file apart', () => {
    expect(textProblem('')).toBe('empty file, not a log');
    expect(textProblem(' \n\t')).toBe('empty file, not a log');
    expect(textProblem(text.slice(0, 40))).toBe('not valid JSON (the file looks truncated or damaged)');
    expect(textProblem(`  \n${text.slice(0, 40)}`)).toBe('not valid JSON (the file looks truncated or damaged)');
    expect(textProblem('name,role\nAnn,us')).toBe('not valid JSON, not a Mandate log');
  });

  it('ignores a byte-order mark at the start, and only there', () => {
    expect(textProblem(`\uFEFF${text}`)).toBe('ok');
    expect(textProblem(`\uFEFF`)).toBe('empty file, not a log');
    expect(textProblem(`\uFEFF\uFEFF${text}`)).toMatch(/^not valid JSON/);
  });
});

describe('buildLog and reasons', () => {
  it('writes a reason only for a decision that has one: no empty field for the others', () => {
    const session = GameSession.start({ storyJson: story, role: 'us', seed: 3, scenario: BUILT_IN_SCENARIOS.full });
    session.choose(0);
    session.choose(0);
    session.annotate(2, 'Berlin has to be asked first');
    const log = buildLog(session, story, { player: 'Ann', createdAt: '2025-01-01T00:00:00.000Z' }, new Date());
    expect(log.decisions[0]).not.toHaveProperty('reason');
    expect(log.decisions[1]!.reason).toBe('Berlin has to be asked first');
  });
});

describe('standsAt', () => {
  it("is where the log says the game stands (a version-2 log's `at`), not its last decision's month", () => {
    const session = GameSession.start({ storyJson: story, role: 'us', seed: 3, scenario: BUILT_IN_SCENARIOS.full });
    session.choose(0);
    const log = buildLog(session, story, { player: 'Ann', createdAt: '2025-01-01T00:00:00.000Z' }, new Date());
    const view = session.view();
    expect(standsAt(log)).toEqual({ turn: view.turn, month: view.month });
    // The log keeps it as it was written, even where the decisions would say otherwise.
    expect(standsAt({ ...log, at: { turn: 7, month: 'March 2004' } })).toEqual({ turn: 7, month: 'March 2004' });
  });

  it("falls back on the last decision's turn and month when the log does not say (version 1)", () => {
    const log = unfinishedLog(8);
    const last = log.decisions.at(-1)!;
    expect(last.turn).toBeGreaterThan(0);
    expect(standsAt({ ...log, at: undefined })).toEqual({ turn: last.turn, month: last.month });
    // The first decision is not the one that counts.
    expect(log.decisions[0]!.turn).not.toBe(last.turn);
  });

  it('is turn 0 and no month for a log without decisions that does not say', () => {
    expect(standsAt({ ...unfinishedLog(), decisions: [], at: undefined })).toEqual({ turn: 0, month: null });
  });
});
