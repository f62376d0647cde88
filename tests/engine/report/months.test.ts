/** The months a scenario plays, and the student briefing pack built on them (report/months.ts, briefing-pack.ts). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBriefingPack } from '../../../src/engine/report/briefing-pack.js';
import { scenarioMonths } from '../../../src/engine/report/months.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../../src/engine/scenario.js';
import type { Briefing } from '../../../src/engine/story/briefing.js';
import { DEFAULT_LABELS } from '../../../src/engine/story/labels.js';
import { compileStoryFile } from '../../../src/storage/story-files.js';

const fixture = compileStoryFile(fileURLToPath(new URL('../fixtures/months.ink', import.meta.url))).json!;
const threeMonths: Scenario = { ...BUILT_IN_SCENARIOS.full, id: 'three', title: 'Three months', turns: 3 };
const paths = compileStoryFile(fileURLToPath(new URL('../fixtures/months-paths.ink', import.meta.url))).json!;
const twoShort: Scenario = { ...BUILT_IN_SCENARIOS.short, id: 'two', title: 'Two months', turns: 2 };

describe('the months a scenario plays', () => {
  it('dates each turn as the story does, skipped months left out, playing again when a game ends early', () => {
    expect(scenarioMonths(fixture, threeMonths, 'us')).toEqual([
      { turn: 1, month: '2003-08' },
      { turn: 2, month: '2003-10' },
      { turn: 3, month: '2004-04' },
    ]);
    // One playthrough (seed 1) gives up in August: only what it reached.
    expect(scenarioMonths(fixture, threeMonths, 'us', 1)).toEqual([{ turn: 1, month: '2003-08' }]);
  });

  it('leaves out a dated prologue before the first turn', () => {
    // Seed 1 plays three decisions (options 2, 1, 2), so each playthrough's choices are varied.
    expect(scenarioMonths(paths, threeMonths, 'us', 1)).toEqual([
      { turn: 1, month: '2003-08' },
      { turn: 2, month: '2003-10' },
      { turn: 3, month: '2004-04' },
    ]);
  });

  it('plays the scenario’s branch of the story, with its memos switched off', () => {
    // The short branch has no prologue and ends in October; a memo the scenario asks for would
    // stop the playthrough at its first decision if the finder kept it.
    const asking = { ...twoShort, memos: { ask: 'required' as const, after: 'every' as const } };
    expect(scenarioMonths(paths, asking, 'nato').map((m) => m.month)).toEqual(['2003-09', '2003-10']);
  });

  it('leaves out a turn no playthrough has dated yet', () => {
    // Seed 1 leaves the first month undated: only October is known.
    expect(scenarioMonths(paths, twoShort, 'us', 1)).toEqual([{ turn: 2, month: '2003-10' }]);
  });

  it('lists the turns in order when a later playthrough dates an earlier turn', () => {
    // Seed 2 dates the first month (September) after seed 1 found October.
    expect(scenarioMonths(paths, twoShort, 'us')).toEqual([
      { turn: 1, month: '2003-09' },
      { turn: 2, month: '2003-10' },
    ]);
  });

  it('stops at the scenario’s last turn', () => {
    expect(scenarioMonths(fixture, { ...threeMonths, turns: 2 }, 'nato')).toEqual([
      { turn: 1, month: '2003-08' },
      { turn: 2, month: '2003-10' },
    ]);
  });
});

const briefing: Briefing = {
  briefs: { us: ['Hold the coalition.', 'Keep Congress.'], nato: ['Keep the alliance whole.'] },
  conditionsIntro: 'Three conditions:',
  conditions: [{ name: 'UN', text: 'a mandate' }],
  wantedIntro: 'Who wanted what:',
  wanted: [{ name: 'France', text: 'the UN first' }],
  terms: [{ name: 'NAC', text: 'North Atlantic Council' }],
  timeline: [],
};

describe('the student briefing pack', () => {
  it('gives a page per role with its name, goal, brief and months, and the story’s conditions and terms', () => {
    const labels = {
      ...DEFAULT_LABELS,
      title: 'Months',
      subtitle: 'A test',
      roles: { us: { label: 'US desk', goal: 'Win.' }, nato: { label: 'NATO desk', goal: 'Hold.' } },
    };
    const scenario = { ...threeMonths, memos: { ask: 'required' as const, after: 'every' as const } };
    const pack = buildBriefingPack({
      storyJson: fixture,
      story: { id: 'months-fixture', version: '2' },
      labels,
      briefing,
      scenario,
      roles: ['nato'],
      seed: 12,
    });
    const months = [
      { turn: 1, month: '2003-08' },
      { turn: 2, month: '2003-10' },
      { turn: 3, month: '2004-04' },
    ];
    expect(pack).toEqual({
      format: 'mandate-briefing',
      version: 1,
      story: { id: 'months-fixture', version: '2', title: 'Months', subtitle: 'A test' },
      scenario: {
        id: 'three',
        title: 'Three months',
        turns: 3,
        start: threeMonths.start,
        undo: threeMonths.undo,
        memos: { ask: 'required', after: 'every' },
      },
      seed: 12,
      roles: [
        {
          role: 'nato',
          label: 'NATO desk',
          goal: 'Hold.',
          brief: ['Keep the alliance whole.'],
          capital: { name: 'Political capital', word: 'capital' },
          months,
        },
      ],
      conditionsIntro: 'Three conditions:',
      conditions: [{ name: 'UN', text: 'a mandate' }],
      wantedIntro: 'Who wanted what:',
      wanted: [{ name: 'France', text: 'the UN first' }],
      terms: [{ name: 'NAC', text: 'North Atlantic Council' }],
    });
  });

  it('says nothing of memos when the scenario does not ask for them', () => {
    const pack = (memos: Scenario['memos']) =>
      buildBriefingPack({
        storyJson: fixture,
        story: { id: 'months-fixture', version: '2' },
        labels: DEFAULT_LABELS,
        briefing,
        scenario: { ...threeMonths, memos },
        roles: [],
        seed: null,
      }).scenario.memos;
    expect(pack({ ask: 'off', after: 'every' })).toBeNull();
    expect(pack(undefined)).toBeNull();
    expect(pack({ ask: 'optional', after: 'every' })).toEqual({ ask: 'optional', after: 'every' });
  });
});
