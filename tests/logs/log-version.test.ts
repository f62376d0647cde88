/**
 * Log format 2 keeps the ledger; a log of format 1 (before the table) still loads, replays and
 * verifies, and a version-2 log that lost its ledger is refused.
 */
import { describe, expect, it } from 'vitest';
import { buildLog, type DecisionLog, LOG_VERSION } from '../../src/engine/log.js';
import { parseLog } from '../../src/engine/log-schema.js';
import { replayLog } from '../../src/engine/replay.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { compileStoryFile } from '../../src/storage/story-files.js';

const { json } = compileStoryFile('tests/engine/fixtures/table.ink');

function played(): DecisionLog {
  const s = GameSession.start({ storyJson: json!, role: 'us', seed: 3, scenario: BUILT_IN_SCENARIOS.full });
  s.choose(1);
  s.choose(1);
  return buildLog(s, json!, { player: 'Ann', createdAt: '2024-03-01T10:00:00.000Z' }, new Date('2024-03-01T10:30:00Z'));
}

/** The same game as Mandate wrote it before the table: no ledger, version 1. */
function asVersion1(log: DecisionLog): unknown {
  const { prelude: _prelude, ...rest } = log;
  return {
    ...rest,
    version: 1,
    decisions: log.decisions.map(({ effects: _e, votes: _v, reason: _r, ...d }) => d),
  };
}

describe('log format versions', () => {
  it(`writes version ${LOG_VERSION}, with each decision's effects and votes`, () => {
    const log = played();
    expect(log.version).toBe(2);
    expect(log.decisions[0]!.votes).toEqual([expect.objectContaining({ body: 'unsc', result: 'passed' })]);
    expect(log.decisions[1]!.effects).toContainEqual({ source: 'choice', kind: 'stance', target: 'nac.b', delta: 1 });
    expect(log.prelude).toEqual({ effects: [], votes: [] });
  });

  it('reads a version-1 log and replays it to the same end', () => {
    const parsed = parseLog(JSON.parse(JSON.stringify(asVersion1(played()))));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = replayLog(parsed.log, json!);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.session.view().ending?.id).toBe('the-end');
  });

  it('refuses a version-2 log whose ledger is gone, naming the decision', () => {
    const bare = { ...(asVersion1(played()) as object), version: 2, prelude: { effects: [], votes: [] } };
    const parsed = parseLog(bare);
    expect(parsed).toEqual({ ok: false, problem: 'invalid log: decision 1 has no ledger (effects and votes)' });
  });

  it('refuses a version-2 log whose decision lost only its effects, or only its votes', () => {
    for (const gone of ['effects', 'votes'] as const) {
      const log = JSON.parse(JSON.stringify(played()));
      delete log.decisions[1][gone];
      expect(parseLog(log)).toEqual({
        ok: false,
        problem: 'invalid log: decision 2 has no ledger (effects and votes)',
      });
    }
  });

  it('refuses a version-2 log without its prelude (the ledger before the first decision)', () => {
    const { prelude: _prelude, ...withoutPrelude } = played();
    expect(parseLog(JSON.parse(JSON.stringify(withoutPrelude)))).toEqual({
      ok: false,
      problem: 'invalid log: prelude: missing (version 2 keeps the ledger)',
    });
  });

  it('a replay that finds a different ledger names the step', () => {
    const log = played();
    const d = log.decisions[1]!;
    d.effects = (d.effects ?? []).map((e) => (e.kind === 'stance' ? { ...e, delta: 2 } : e));
    const r = replayLog(log, json!);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.divergence).toMatchObject({ step: 2, kind: 'log-edited' });
    if (!r.ok) expect(r.divergence.reason).toMatch(/the ledger of the decision differs/);
  });
});
