/**
 * The briefing a story keeps in its `briefing` knot: read without playing it, never run at the
 * start of a game, and never reported by the checker as a knot not reached.
 */
import { describe, expect, it } from 'vitest';
import { readStoryTree } from '../../src/engine/explorer/story-tree.js';
import { briefingFromTags, timelineFor } from '../../src/engine/story/briefing.js';
import { compileInk } from '../../src/engine/story/compiler.js';
import { storyBriefing } from '../../src/engine/story/info.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { newSession, storyJson } from '../helpers/story.js';

describe('the campaign’s briefing', () => {
  const b = storyBriefing(storyJson);

  it('has a brief for each desk, three conditions, who wanted what, a glossary and a dated timeline', () => {
    expect(b.briefs.us.length).toBeGreaterThan(1);
    expect(b.briefs.nato.length).toBeGreaterThan(1);
    expect(b.conditions).toHaveLength(3);
    expect(b.conditionsIntro).not.toBe('');
    expect(b.wanted.length).toBeGreaterThanOrEqual(5);
    expect(b.terms.length).toBeGreaterThanOrEqual(8);
    for (const e of [...b.conditions, ...b.wanted, ...b.terms]) {
      expect(e.name).not.toBe('');
      expect(e.text).not.toBe('');
    }
    expect(b.timeline.length).toBeGreaterThan(15);
    expect(b.timeline.map((t) => t.date)).toEqual([...b.timeline.map((t) => t.date)].sort());
    for (const t of b.timeline) expect(t.month >= '2003-08' && t.month <= '2004-06', t.date).toBe(true);
  });

  it('names only events the story asks about, and a scenario that switches one off loses its entry', () => {
    const tree = readStoryTree(new ParsedStory(storyJson).content);
    for (const t of b.timeline) if (t.event) expect(tree.eventNames, t.event).toContain(t.event);
    const without = timelineFor(b.timeline, { un_bombing: false });
    expect(without.length).toBe(b.timeline.length - 1);
    expect(without.some((t) => t.event === 'un_bombing')).toBe(false);
  });

  it('is not in the story’s global tags, so a game does not run through it', () => {
    const tags = new ParsedStory(storyJson).content.globalTags ?? [];
    expect(tags.some((t) => /^(brief_|condition|wanted|term|timeline)/.test(t))).toBe(false);
    expect(newSession('us').view().passage.lines[0]?.text).not.toMatch(/brief|timeline/);
  });

  it('is data to the checker, not a knot to reach', () => {
    const tree = readStoryTree(new ParsedStory(storyJson).content);
    expect([...tree.dataKnots]).toEqual(['briefing']);
    expect(tree.flows.some((f) => f.path === 'briefing')).toBe(false);
  });
});

describe('briefingFromTags', () => {
  it('splits NAME; TEXT, keeps paragraphs in order, and skips a timeline entry without a valid date', () => {
    const b = briefingFromTags([
      'brief_us: One.',
      'brief_us: Two.',
      'term: CPA; the occupation authority; since May',
      'timeline: 2003-13-01; bad month',
      'timeline: 2004-01; A month only; new_secgen',
      'timeline: 2003-08-19; A day; Not An Event!',
      'timeline: 2003-09-22; A bomb; the UN leaves; un_second_bomb',
    ]);
    expect(b.briefs.us).toEqual(['One.', 'Two.']);
    expect(b.terms).toEqual([{ name: 'CPA', text: 'the occupation authority; since May' }]);
    expect(b.timeline).toEqual([
      { date: '2003-08-19', month: '2003-08', text: 'A day; Not An Event!', event: null },
      { date: '2003-09-22', month: '2003-09', text: 'A bomb; the UN leaves', event: 'un_second_bomb' },
      { date: '2004-01', month: '2004-01', text: 'A month only', event: 'new_secgen' },
    ]);
  });

  it('reads every key of the briefing, whatever its case and spaces, and skips the rest', () => {
    const b = briefingFromTags([
      ' Brief_US : Hold the coalition.',
      'brief_nato: Keep the alliance whole.',
      'brief_nato:   ',
      'conditions_intro: Three conditions:',
      'wanted_intro: Who wanted what:',
      'condition: UN; a mandate',
      'wanted: Paris; the UN first',
      'term: NAC; North Atlantic Council',
      'timeline: 2003-08-19; The UN bombed.',
      'a line without a colon',
      'brief_us!',
      'colour: blue',
      'note: 2003-08-20; Not a timeline entry.',
    ]);
    expect(b).toEqual({
      briefs: { us: ['Hold the coalition.'], nato: ['Keep the alliance whole.'] },
      conditionsIntro: 'Three conditions:',
      conditions: [{ name: 'UN', text: 'a mandate' }],
      wantedIntro: 'Who wanted what:',
      wanted: [{ name: 'Paris', text: 'the UN first' }],
      terms: [{ name: 'NAC', text: 'North Atlantic Council' }],
      timeline: [{ date: '2003-08-19', month: '2003-08', text: 'The UN bombed.', event: null }],
    });
    expect(briefingFromTags([])).toEqual({
      briefs: { us: [], nato: [] },
      conditionsIntro: '',
      conditions: [],
      wantedIntro: '',
      wanted: [],
      terms: [],
      timeline: [],
    });
  });

  it('reads `; TEXT` as text with no name, and a timeline entry of one word as its text', () => {
    const b = briefingFromTags(['condition:; a mandate', 'timeline: 2003-08-19; vote']);
    expect(b.conditions).toEqual([{ name: '', text: 'a mandate' }]);
    expect(b.timeline).toEqual([{ date: '2003-08-19', month: '2003-08', text: 'vote', event: null }]);
  });

  it('takes only real days of the month for a dated entry', () => {
    const days = ['01', '09', '10', '29', '30', '31', '00', '32', '39', '1'];
    const b = briefingFromTags(days.map((d) => `timeline: 2003-08-${d}; Day ${d}.`));
    expect(b.timeline.map((t) => t.date.slice(8))).toEqual(['01', '09', '10', '29', '30', '31']);
    const months = ['01', '09', '10', '12', '00', '13', '1'];
    const m = briefingFromTags(months.map((x) => `timeline: 2003-${x}; Month ${x}.`));
    expect(m.timeline.map((t) => t.month)).toEqual(['2003-01', '2003-09', '2003-10', '2003-12']);
  });

  it('takes only a whole lower-case word as an event name, and only a date that starts the entry', () => {
    const b = briefingFromTags([
      'timeline: 2003-09-01; The vote; two words',
      'timeline: 2003-09-02; The vote; Two_words',
      'timeline: on 2003-09-03; A date inside',
      'timeline: 2003-09-04x; A date with a tail',
    ]);
    expect(b.timeline).toEqual([
      { date: '2003-09-01', month: '2003-09', text: 'The vote; two words', event: null },
      { date: '2003-09-02', month: '2003-09', text: 'The vote; Two_words', event: null },
    ]);
  });

  it('reads an entry without `;` as text with no name, and runs of spaces as one', () => {
    const b = briefingFromTags([
      'condition: A wider   UN mandate,\t\tat last',
      'wanted: Paris;   the UN   first ',
      'conditions_intro:   Three    things: ',
    ]);
    expect(b.conditions).toEqual([{ name: '', text: 'A wider UN mandate, at last' }]);
    expect(b.wanted).toEqual([{ name: 'Paris', text: 'the UN first' }]);
    expect(b.conditionsIntro).toBe('Three things:');
  });

  it('keeps the entries of no event whatever a scenario switches, even an event called `null`', () => {
    const timeline = briefingFromTags([
      'timeline: 2003-08-19; Always.',
      'timeline: 2003-09-22; Sometimes.; null',
    ]).timeline;
    expect(timelineFor(timeline, {}).map((t) => t.text)).toEqual(['Always.', 'Sometimes.']);
    expect(timelineFor(timeline, { null: true }).map((t) => t.text)).toEqual(['Always.', 'Sometimes.']);
    expect(timelineFor(timeline, { null: false }).map((t) => t.text)).toEqual(['Always.']);
  });

  it('is empty for a story without a briefing knot', () => {
    const r = compileInk('main.ink', '-> start\n=== start ===\nHello.\n-> END\n', () => '');
    expect(storyBriefing(r.json!)).toMatchObject({ briefs: { us: [], nato: [] }, conditions: [], timeline: [] });
  });
});
