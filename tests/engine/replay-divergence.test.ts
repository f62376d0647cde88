/**
 * Every way a replay can part from a log, each with its own sentence: what the user reads after
 * `replay --verify`, `resume` or `report` is the only clue to what happened to the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLog, type DecisionLog, storyHash } from '../../src/engine/log.js';
import { type ReplayedStep, replayLog } from '../../src/engine/replay.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { compileInk } from '../../src/engine/story/compiler.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { storyJson } from '../helpers/story.js';
import { CREATED, finishedLog, story, UPDATED, unfinishedLog } from '../logs/fixtures.js';

const EDITED = '(the log was edited)';
const CHANGED = '(the story has changed since the log was written)';

/** The divergence of a replay that must fail. */
function diverge(log: DecisionLog, json: string | object = story, options = {}) {
  const r = replayLog(log, json, options);
  if (r.ok) throw new Error('the replay should have diverged');
  return r;
}

/** The story JSON with one string replaced everywhere (the story of another version). */
function variant(from: string, to: string): string {
  expect(storyJson).toContain(from);
  return storyJson.split(from).join(to);
}

describe('a log that replays', () => {
  it("replays a log whose ledger lists each entry's fields in another order (a file rewritten by hand or by a tool)", () => {
    const log = finishedLog('us', 4);
    const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse());
    let entries = 0;
    for (const d of log.decisions) {
      d.effects = d.effects?.map((e) => reversed(e) as typeof e);
      d.votes = d.votes?.map((v) => reversed(v) as typeof v);
      entries += (d.effects?.length ?? 0) + (d.votes?.length ?? 0);
    }
    expect(entries).toBeGreaterThan(0);
    const r = replayLog(log, story);
    expect(r.ok).toBe(true);
  });

  it('parts from a log whose ledger or votes say something else, with what differs', () => {
    const log = finishedLog('us', 4);
    const withEffect = log.decisions.findIndex((d) => (d.effects?.length ?? 0) > 0);
    const withVote = log.decisions.findIndex((d) => (d.votes?.length ?? 0) > 0);
    expect(withEffect).toBeGreaterThanOrEqual(0);
    expect(withVote).toBeGreaterThanOrEqual(0);
    const effects = structuredClone(log);
    effects.decisions[withEffect]!.effects = [];
    expect(diverge(effects).divergence).toMatchObject({
      step: withEffect + 1,
      reason: expect.stringMatching(/^the ledger of the decision differs \(what changed, or why\)/),
    });
    const votes = structuredClone(log);
    votes.decisions[withVote]!.votes = [];
    // The ledger of that decision is as the story has it: the votes are what differs.
    expect(diverge(votes).divergence).toMatchObject({
      step: withVote + 1,
      reason: expect.stringMatching(/^the votes after the decision differ/),
    });
  });

  it('gives back the session of the game, with every decision as logged', () => {
    const log = finishedLog('nato', 4);
    const r = replayLog(log, story);
    if (!r.ok) throw new Error(r.divergence.reason);
    expect(buildLog(r.session, story, { player: 'Ann', createdAt: CREATED }, UPDATED)).toEqual(log);
  });

  it('reports each decision to onStep, with the screen before and after it', () => {
    const log = unfinishedLog(3, 'us', 2);
    const steps: ReplayedStep[] = [];
    const r = replayLog(log, story, { onStep: (s) => steps.push(s) });
    expect(r.ok).toBe(true);
    expect(steps.map((s) => s.decision.text)).toEqual(log.decisions.map((d) => d.text));
    expect(steps[0]!.before.turn).toBe(1);
    expect(steps[0]!.before.choices.map((c) => c.text)).toEqual(log.decisions[0]!.options);
    expect(steps[0]!.before.meters).toEqual(log.scenario.start);
    expect(steps[2]!.after.meters).toEqual(log.decisions[2]!.meters);
  });

  it('stops after upTo decisions without checking how the game ends', () => {
    const log = finishedLog('us', 7);
    const r = replayLog(log, story, { upTo: 2 });
    if (!r.ok) throw new Error(r.divergence.reason);
    expect(r.session.decisions).toHaveLength(2);
    const all = replayLog(log, story, { upTo: log.decisions.length + 5 });
    expect(all.ok && all.session.decisions.length).toBe(log.decisions.length);
    // Even a log whose status is wrong replays up to a point.
    expect(replayLog({ ...log, status: 'playing', ending: null }, story, { upTo: 3 }).ok).toBe(true);
  });

  it('keeps undo as the log played it unless told otherwise', () => {
    const log = unfinishedLog(2);
    const r = replayLog(log, story);
    expect(r.ok && r.session.view().canUndo).toBe(log.scenario.undo);
    const off = replayLog(log, story, { undo: false });
    expect(off.ok && off.session.view().canUndo).toBe(false);
    const on = replayLog({ ...log, scenario: { ...log.scenario, undo: false } }, story, { undo: true });
    expect(on.ok && on.session.view().canUndo).toBe(true);
  });

  it('replays against the story as text, as parsed JSON, or parsed once by ink with its hash', () => {
    const log = unfinishedLog(2);
    expect(replayLog(log, storyJson).ok).toBe(true);
    expect(replayLog(log, story).ok).toBe(true);
    const parsed = new ParsedStory(storyJson);
    expect(replayLog(log, parsed, { storyHash: log.story.hash }).ok).toBe(true);
    // A ParsedStory hashes as the JSON it was read from.
    expect(replayLog(log, parsed).ok).toBe(true);
  });
});

describe('a divergence', () => {
  it('blames an edit when the story is the same, and the story when its hash differs', () => {
    const log = finishedLog('us', 3);
    log.decisions[0]!.meters.capital += 1;
    const edited = diverge(log).divergence;
    expect(edited).toMatchObject({ step: 1, kind: 'log-edited', storyChanged: false });
    expect(edited.reason.endsWith(EDITED)).toBe(true);
    const changed = diverge(log, story, { storyHash: 'f'.repeat(64) }).divergence;
    expect(changed).toMatchObject({ step: 1, kind: 'story-changed', storyChanged: true });
    expect(changed.reason.endsWith(CHANGED)).toBe(true);
  });

  it('of a story that does not start is step 0, with no session', () => {
    const log = unfinishedLog(1);
    const r = diverge(log, { inkVersion: 21, root: ['done'] });
    expect(r.session).toBeNull();
    expect(r.divergence).toMatchObject({ step: 0, kind: 'no-start', storyChanged: true });
    expect(r.divergence.reason).toMatch(/^the story does not start: /);
    expect(r.divergence.reason).not.toContain(CHANGED);
  });

  it('of a log of another story names both stories', () => {
    const log = { ...unfinishedLog(1), story: { ...unfinishedLog(1).story, id: 'isaf' } };
    const r = diverge(log);
    expect(r.session).toBeNull();
    expect(r.divergence).toEqual({
      step: 0,
      kind: 'other-story',
      storyChanged: false,
      reason: 'the log is of the story "isaf", not "mandate"',
    });
  });

  it('names a decision made after the story ended', () => {
    const log = finishedLog('us', 3);
    const n = log.decisions.length;
    log.decisions.push({ ...log.decisions.at(-1)!, step: n + 1 });
    const r = diverge(log);
    expect(r.divergence).toMatchObject({ step: n + 1, reason: `the story has already ended here ${EDITED}` });
    expect(r.session?.decisions).toHaveLength(n);
  });

  it('names a choice the story does not offer, and how many it does', () => {
    const log = unfinishedLog(2);
    const offered = log.decisions[1]!.options.length;
    log.decisions[1]!.index = 40;
    expect(diverge(log).divergence).toMatchObject({
      step: 2,
      reason: `choice 41 is not on offer (${offered} options) ${EDITED}`,
    });
  });

  it('quotes the option as the story words it now and as the log has it, cut at 80 characters', () => {
    const log = unfinishedLog(1);
    const d = log.decisions[0]!;
    d.text = 'Short';
    expect(diverge(log).divergence.reason).toBe(
      `the option is now ${JSON.stringify(d.options[d.index])}, the log says "Short" ${EDITED}`,
    );
    d.text = 'x'.repeat(81);
    const reason = diverge(log).divergence.reason;
    expect(reason).toContain(`the log says "${'x'.repeat(77)}..."`);
    d.text = 'y'.repeat(80);
    expect(diverge(log).divergence.reason).toContain(`the log says "${'y'.repeat(80)}"`);
  });

  it('counts the options offered after a choice', () => {
    const log = unfinishedLog(1);
    const d = log.decisions[0]!;
    d.options = [...d.options, 'An option the story never had'];
    expect(diverge(log).divergence.reason).toBe(
      `the story offers ${d.options.length - 1} options, the log lists ${d.options.length} ${EDITED}`,
    );
  });

  it('names the first option worded differently', () => {
    const log = unfinishedLog(1);
    const d = log.decisions[0]!;
    const other = d.options.findIndex((_, i) => i !== d.index);
    const was = d.options[other]!;
    d.options[other] = 'Reworded';
    expect(diverge(log).divergence.reason).toBe(
      `option ${other + 1} is now ${JSON.stringify(was)}, the log says "Reworded" ${EDITED}`,
    );
  });

  it('lists every meter that differs, in the story and in the log', () => {
    const log = unfinishedLog(1);
    const m = log.decisions[0]!.meters;
    const { capital, alliedTroops } = m;
    m.capital += 2;
    m.alliedTroops += 1;
    expect(diverge(log).divergence.reason).toBe(
      `meters differ after the choice: capital ${capital} in the story, ${capital + 2} in the log; ` +
        `alliedTroops ${alliedTroops} in the story, ${alliedTroops + 1} in the log ${EDITED}`,
    );
    m.capital = capital;
    m.alliedTroops = alliedTroops;
    m.usTroops += 1;
    expect(diverge(log).divergence.reason).toMatch(/^meters differ after the choice: usTroops \d+ in the story/);
  });

  it('names a track that differs', () => {
    const log = unfinishedLog(1);
    const t = log.decisions[0]!.tracks;
    const was = t.command;
    t.command = was === 'withdrawn' ? 'support' : 'withdrawn';
    expect(diverge(log).divergence.reason).toBe(
      `tracks differ after the choice: command ${was} in the story, ${t.command} in the log ${EDITED}`,
    );
    t.command = was;
    t.invitation = 'renewed';
    expect(diverge(log).divergence.reason).toMatch(/^tracks differ after the choice: invitation none in the story/);
  });

  it('names the turn, the month and the place of a decision that sits elsewhere', () => {
    const log = unfinishedLog(1);
    const d = log.decisions[0]!;
    d.turn = 7;
    expect(diverge(log).divergence.reason).toBe(`the decision falls in turn 1, the log says turn 7 ${EDITED}`);
    d.turn = 1;
    const month = d.month;
    d.month = '1999-01';
    expect(diverge(log).divergence.reason).toBe(`the decision falls in ${month}, the log says 1999-01 ${EDITED}`);
    d.month = month;
    const position = d.position;
    d.position = 'elsewhere.0';
    expect(diverge(log).divergence.reason).toBe(`the decision sits at ${position}, the log says elsewhere.0 ${EDITED}`);
  });

  it('says "no month" for a decision the story makes before its first date', () => {
    const compiled = compileStoryFile('tests/check/fixtures/illegal-track.ink');
    const json = compiled.json!;
    const session = GameSession.start({ storyJson: json, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.short });
    session.choose(0);
    const log = buildLog(session, json, { player: null, createdAt: CREATED }, UPDATED);
    expect(log.decisions[0]!.month).toBeNull();
    log.decisions[0]!.month = '2003-08';
    expect(diverge(log, json).divergence.reason).toBe(`the decision falls in no month, the log says 2003-08 ${EDITED}`);
  });

  it('says the story fails when taking the logged option breaks a rule of the engine', () => {
    const json = compileStoryFile('tests/check/fixtures/illegal-track.ink').json!;
    const session = GameSession.start({ storyJson: json, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.short });
    session.choose(0);
    const log = buildLog(session, json, { player: null, createdAt: CREATED }, UPDATED);
    const d = log.decisions[0]!;
    d.index = 1;
    d.text = d.options[1]!;
    const r = diverge(log, json);
    expect(r.divergence.step).toBe(1);
    expect(r.divergence.reason).toMatch(
      /^the story fails: move_track: illegal track transition: un cannot move from "none" to "passed" .*\(the log was edited\)$/,
    );
  });

  it('says a finished log goes on in the story when it stops early', () => {
    const log = finishedLog('nato', 6);
    const n = log.decisions.length - 1;
    log.decisions.pop();
    expect(diverge(log).divergence).toMatchObject({
      step: n,
      reason: `the log says the game ended after decision ${n}, but the story goes on ${EDITED}`,
    });
  });

  // The mutant of issue 18: the check that a "playing" log has not in fact reached the end.
  it('says the story has ended under a log that claims the game goes on', () => {
    const log = { ...finishedLog('us', 8), status: 'playing' as const, ending: null };
    const n = log.decisions.length;
    const r = diverge(log);
    expect(r.divergence).toEqual({
      step: n,
      kind: 'log-edited',
      storyChanged: false,
      reason: `the log says the game goes on, but the story has ended ${EDITED}`,
    });
  });

  it('names the ending the story reaches and the one the log claims', () => {
    const log = finishedLog('us', 8);
    const id = log.ending!.id;
    expect(diverge({ ...log, ending: { id: 'us-other', title: 'Other' } }).divergence.reason).toBe(
      `the log ends with "us-other", the story with "${id}" ${EDITED}`,
    );
    expect(diverge({ ...log, ending: null }).divergence.reason).toBe(
      `the log ends with no ending, the story with "${id}" ${EDITED}`,
    );
  });

  it('names an ending whose id differs, even under the same title', () => {
    const log = finishedLog('us', 8);
    const { id, title } = log.ending!;
    expect(diverge({ ...log, ending: { id: 'us-other', title } }).divergence.reason).toBe(
      `the log ends with "us-other", the story with "${id}" ${EDITED}`,
    );
  });

  it('of a story that ends without an ending tag: matches a log with none, names one the log claims', () => {
    const json = compileInk('main.ink', 'INCLUDE contract.ink\nHello.\n* [Go] Bye.\n  -> END\n', () =>
      readFileSync('story/contract.ink', 'utf8'),
    ).json!;
    const session = GameSession.start({ storyJson: json, role: 'us', seed: 1, scenario: BUILT_IN_SCENARIOS.short });
    session.choose(0);
    const log = buildLog(session, json, { player: null, createdAt: CREATED }, UPDATED);
    expect(log).toMatchObject({ status: 'ended', ending: null });
    expect(replayLog(log, json).ok).toBe(true);
    expect(diverge({ ...log, ending: { id: 'x', title: 'X' } }, json).divergence.reason).toBe(
      `the log ends with "x", the story with no ending ${EDITED}`,
    );
  });

  it('quotes an ending retitled since the log was written', () => {
    const log = finishedLog('us', 8);
    const { id, title } = log.ending!;
    const json = variant(`"^title: ${title}"`, '"^title: A new title"');
    const r = diverge(log, json);
    expect(storyHash(json)).not.toBe(log.story.hash);
    expect(r.divergence.reason).toBe(
      `the ending is now titled "A new title", the log says ${JSON.stringify(title)} ${CHANGED}`,
    );
    expect(r.divergence.kind).toBe('story-changed');
    expect(id).toMatch(/^us-/);
  });
});
