/**
 * A story names its own roles and tracks in its global tags; what it leaves out falls back to
 * the engine's plain names, and nothing it declares reaches a screen uncleaned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyEventNames } from '../../src/engine/explorer/event-names.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { DEFAULT_LABELS, labelsFromTags, stateLabel, tracksLine } from '../../src/engine/story/labels.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { newSession, storyJson } from '../helpers/story.js';

describe('story labels', () => {
  it('falls back to the engine names for every tag left out', () => {
    expect(labelsFromTags({})).toEqual(DEFAULT_LABELS);
    expect(tracksLine(DEFAULT_LABELS, { un: 'none', invitation: 'sounding', command: 'support' })).toBe(
      'UN resolution: none · Invitation: sounding out · Command: support only',
    );
  });

  it('takes the title, roles, tracks and any state label from the tags', () => {
    const l = labelsFromTags({
      title: 'ISAF',
      role_us: 'Pentagon planner',
      goal_nato: 'Hold the alliance together.',
      track_command: "ISAF's reach",
      'state_polish-model': 'a lead-nation sector',
    });
    expect(l.title).toBe('ISAF');
    expect(l.roles.us).toEqual({ label: 'Pentagon planner', goal: '' });
    expect(l.roles.nato).toEqual({ label: 'NATO official', goal: 'Hold the alliance together.' });
    expect(l.tracks).toEqual({ un: 'UN resolution', invitation: 'Invitation', command: "ISAF's reach" });
    expect(stateLabel(l, 'polish-model')).toBe('a lead-nation sector');
    expect(stateLabel(l, 'drafting')).toBe('drafting');
    expect(labelsFromTags({ turns: '3' }).turns).toBe(3);
    for (const bad of ['0', 'three', '-2', '2.5', '']) expect(labelsFromTags({ turns: bad }).turns).toBeNull();
  });

  it('takes the meaning of a state or event from its `means_` tag, an empty one left out', () => {
    const l = labelsFromTags({ means_un_passed: ' The Council voted for it. ', means_bombing: '', meaning: 'no' });
    expect(l.meanings).toEqual({ un_passed: 'The Council voted for it.' });
    expect(labelsFromTags({}).meanings).toEqual({});
  });

  it('takes an event label from its `event_` tag, an empty one left out', () => {
    const l = labelsFromTags({ event_un_bombing: 'The UN bombed', event_riots: '' });
    expect(l.events.un_bombing).toBe('The UN bombed');
    expect(l.events).toEqual({ ...DEFAULT_LABELS.events, un_bombing: 'The UN bombed' });
  });

  it("names each desk's capital meter from its tag, with the short word or one made from the name", () => {
    const l = labelsFromTags({ meter_capital_nato: 'Trust; trust', meter_capital_us: 'Standing in Washington' });
    expect(l.capital.nato).toEqual({ name: 'Trust', word: 'trust' });
    expect(l.capital.us).toEqual({ name: 'Standing in Washington', word: 'standing in Washington' });
    // Without a tag (or with an empty one), both desks spend political capital, as before.
    for (const tags of [{}, { meter_capital_us: ' ; x' }] as Record<string, string>[]) {
      expect(labelsFromTags(tags).capital.us).toEqual({ name: 'Political capital', word: 'capital' });
    }
    expect(labelsFromTags({}).capital.nato).toEqual({ name: 'Political capital', word: 'capital' });
  });

  it('gives the campaign\'s NATO desk a meter that is not "capital", beside "the capitals" of its story', () => {
    expect(newSession('us').view().capitalLabel).toEqual({ name: 'Political capital', word: 'capital' });
    expect(newSession('nato').view().capitalLabel).toEqual({ name: 'Trust', word: 'trust' });
  });

  it('strips escape sequences and control characters an author file may hold', () => {
    const l = labelsFromTags({
      role_us: '\u001b[2J\u001b]0;owned\u0007Envoy\u0000',
      track_un: '\u009bUN',
      meter_capital_nato: '\u001b[31mTrust',
    });
    expect(l.roles.us.label).toBe('Envoy');
    expect(l.capital.nato).toEqual({ name: 'Trust', word: 'trust' });
    expect(l.tracks.un).toBe('UN');
  });

  it('gives the campaign its own words, and the build wrote the same ones for the title screen', () => {
    const labels = newSession('us').labels;
    expect(labels.tracks.invitation).toBe('Iraqi invitation');
    expect(labels.blurb).toContain('Paris, Berlin and Brussels');
    const built = JSON.parse(readFileSync(new URL('../../story/build/info.json', import.meta.url), 'utf8'));
    expect(built).toEqual({
      id: 'mandate',
      version: newSession('us').storyInfo().version,
      labels,
      events: storyEventNames(storyJson),
    });
  });

  it('gives the ISAF example its own track names, in every view of a session', () => {
    const { json } = compileStoryFile('examples/isaf/main.ink');
    const session = GameSession.start({ storyJson: json!, role: 'nato', seed: 3, scenario: BUILT_IN_SCENARIOS.full });
    expect(session.view().labels.tracks).toEqual({
      un: 'UN mandate beyond Kabul',
      invitation: 'Afghan request',
      command: "ISAF's reach",
    });
    expect(stateLabel(session.labels, 'support')).toBe('Kabul only');
  });
});
