/**
 * The replay engine against real story variants: a recompiled story whose wording changed
 * (an older or newer story version), the replay steps shown by the replay screen, and forks.
 */
import { describe, expect, it } from 'vitest';
import { forkLog } from '../../src/engine/fork.js';
import { storyHash } from '../../src/engine/log.js';
import { replayLog } from '../../src/engine/replay.js';
import { replayTranscript } from '../../src/engine/replay-steps.js';
import { DEFAULT_LABELS } from '../../src/engine/story/labels.js';
import { storyJson } from '../helpers/story.js';
import { finishedLog, story, unfinishedLog } from './fixtures.js';

/**
 * Another version of the story: every option worded `text` is reworded. Works on the compiled
 * JSON, where option text is stored as `"^text"`, so it needs no knowledge of the story.
 */
function reword(text: string): string | null {
  // An option with a tag in its brackets (`* [Text # lean: allies]`) is compiled with a space
  // before the tag: look for the text either way.
  for (const written of [text, `${text} `]) {
    const needle = JSON.stringify(`^${written}`);
    if (storyJson.includes(needle)) return storyJson.split(needle).join(JSON.stringify(`^${text} (revised) `));
  }
  return null;
}

describe('a log from another version of the story', () => {
  it('diverges at the first step that offers the reworded option, and says the story changed', () => {
    const log = finishedLog('us', 5);
    let tested = 0;
    for (const d of log.decisions) {
      const variant = reword(d.text);
      if (!variant) continue;
      const first = log.decisions.findIndex((e) => e.options.includes(d.text));
      const r = replayLog(log, variant);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.divergence.step).toBe(first + 1);
      expect(r.divergence.storyChanged).toBe(true);
      expect(r.divergence.kind).toBe('story-changed');
      expect(r.divergence.reason).toMatch(
        /^(the option|option \d+) is now ".*\(the story has changed since the log was written\)$/,
      );
      tested++;
    }
    expect(tested).toBeGreaterThan(0);
  });

  it('still verifies when the change does not touch the game played', () => {
    const log = finishedLog('us', 5);
    // Reword an option of the other role, never offered in this game.
    const other = finishedLog('nato', 5);
    const unseen = other.decisions.map((d) => d.text).find((t) => !log.decisions.some((d) => d.options.includes(t)));
    const variant = unseen ? reword(unseen) : null;
    if (!variant) return;
    expect(storyHash(variant)).not.toBe(log.story.hash);
    expect(replayLog(log, variant).ok).toBe(true);
  });
});

describe('replay steps', () => {
  it('give for each decision the passage, the options, the one taken, and the meters before and after', () => {
    const log = finishedLog('nato', 9);
    const t = replayTranscript(log, story);
    expect(t.divergence).toBeNull();
    expect(t.total).toBe(log.decisions.length);
    expect(t.steps).toHaveLength(log.decisions.length);
    t.steps.forEach((s, i) => {
      const d = log.decisions[i]!;
      expect(s.step).toBe(i + 1);
      expect(s.passage.lines.length + s.passage.notes.length).toBeGreaterThan(0);
      expect(s.options).toEqual(d.options);
      expect(s.chosen).toBe(d.index);
      expect(s.after).toEqual(d.meters);
      expect(s.tracksAfter).toEqual(d.tracks);
      expect(s.before).toEqual(i ? log.decisions[i - 1]!.meters : log.scenario.start);
      if (i) expect(s.tracksBefore).toEqual(log.decisions[i - 1]!.tracks);
    });
    expect(t.final?.ended).toBe(true);
    expect(t.final?.ending?.id).toBe(log.ending?.id);
  });

  it("carry the player's reason for a decision where the log has one, and no reason field where it has none", () => {
    const log = unfinishedLog(3);
    log.decisions[1]!.reason = 'Paris has to sign first';
    const t = replayTranscript(log, story);
    expect(t.steps).toHaveLength(3);
    expect(t.steps[1]!.reason).toBe('Paris has to sign first');
    expect(t.steps[0]).not.toHaveProperty('reason');
    expect(t.steps[2]).not.toHaveProperty('reason');
  });

  it('stop where an edited log parts from the story', () => {
    const log = finishedLog('us', 9);
    log.decisions[1]!.tracks.un = log.decisions[1]!.tracks.un === 'none' ? 'drafting' : 'none';
    const t = replayTranscript(log, story);
    expect(t.steps).toHaveLength(1);
    expect(t.final).toBeNull();
    expect(t.divergence).toMatchObject({ step: 2, kind: 'log-edited', storyChanged: false });
    expect(t.divergence?.reason).toMatch(/^tracks differ after the choice: un /);
  });

  it('of an unfinished game end with the options that wait', () => {
    const log = unfinishedLog(2);
    const t = replayTranscript(log, story);
    expect(t.steps).toHaveLength(2);
    expect(t.final?.ended).toBe(false);
    const replayed = replayLog(log, story);
    expect(t.final?.options).toEqual(replayed.ok && replayed.session.view().choices.map((c) => c.text));
    expect(t.final?.options.length).toBeGreaterThan(0);
  });

  it('name the roles and tracks as the story does, or as the engine does when the story never started', () => {
    const edited = finishedLog('us', 9);
    edited.decisions[1]!.meters.capital += 1;
    expect(replayTranscript(edited, story).labels.tracks.invitation).toBe('Iraqi invitation');
    const other = { ...unfinishedLog(1), story: { ...unfinishedLog(1).story, id: 'isaf' } };
    const t = replayTranscript(other, story);
    expect(t.divergence?.kind).toBe('other-story');
    expect(t.labels).toEqual(DEFAULT_LABELS);
  });
});

describe('fork', () => {
  it('keeps the first N decisions and plays on', () => {
    const log = finishedLog('us', 13);
    for (let at = 0; at < log.decisions.length; at++) {
      const f = forkLog(log, story, at);
      if (!f.ok) throw new Error(f.problem);
      expect(f.session.decisions.map((d) => d.index)).toEqual(log.decisions.slice(0, at).map((d) => d.index));
      expect(f.session.view().ended).toBe(false);
      expect(f.session.view().canUndo).toBe(at > 0 && log.scenario.undo);
    }
  });

  it('refuses N outside the log, into an ended game, or past a divergence', () => {
    const log = finishedLog('us', 13);
    const n = log.decisions.length;
    expect(forkLog(log, story, -1)).toMatchObject({ ok: false });
    expect(forkLog(log, story, n + 1)).toMatchObject({ ok: false, problem: expect.stringContaining(`use 0-${n}`) });
    expect(forkLog(log, story, n)).toMatchObject({ ok: false, problem: expect.stringContaining('has ended') });
    log.decisions[0]!.text = 'Something else';
    expect(forkLog(log, story, 0).ok).toBe(true);
    const f = forkLog(log, story, 1);
    expect(f).toMatchObject({ ok: false, divergence: { step: 1, kind: 'log-edited' } });
    expect(!f.ok && f.problem).toMatch(
      /^diverges from the story at step 1: the option is now ".*\(the log was edited\)$/,
    );
  });

  it('keeps undo as the log had it, unless told otherwise', () => {
    const log = finishedLog('us', 13);
    const off = { ...log, scenario: { ...log.scenario, undo: false } };
    const kept = forkLog(off, story, 2);
    expect(kept.ok && kept.session.view().canUndo).toBe(false);
    const on = forkLog(off, story, 2, true);
    expect(on.ok && on.session.view().canUndo).toBe(true);
    const none = forkLog(log, story, 2, false);
    expect(none.ok && none.session.view().canUndo).toBe(false);
  });
});
