/** The debrief of one game (report/debrief.ts). */
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/engine/report/debrief.js';
import { DEBRIEF_FORMAT, DEBRIEF_VERSION } from '../../../src/engine/report/types.js';
import { BUILT_IN_SCENARIOS } from '../../../src/engine/scenario.js';
import { INITIAL_TRACKS } from '../../../src/engine/sim/tracks.js';
import { DEFAULT_LABELS } from '../../../src/engine/story/labels.js';
import type { VoteRecord } from '../../../src/engine/table/ledger.js';
import { ending, meter, TABLE, verified } from './games.js';

const start = BUILT_IN_SCENARIOS.full.start;
const story = { id: 's', version: '1' };
const zero = { capital: 0, usTroops: 0, alliedTroops: 0 };

describe('the debrief', () => {
  it('walks the path: each question, the choice and the options not taken, the reason, the meters before and after', () => {
    const g = verified(
      'nato',
      [
        {
          turn: 1,
          month: '2003-09',
          text: 'stay',
          options: ['go', 'stay', 'wait'],
          reason: 'Not yet.',
          meters: { capital: 60 },
        },
        { turn: 2, month: '2003-10', meters: { capital: 55, usTroops: 120 } },
      ],
      {
        file: 'f.json',
        player: 'Ann',
        seed: 5,
        ending: ending('deal', 'A deal', ['h'], ['q']),
        collapse: null,
        prompts: ['First?'],
        scorecard: [{ label: 'x', met: true, detail: 'd' }],
      },
    );
    g.log.decisions[1]!.tracks = { un: 'drafting', invitation: 'none', command: 'support' };
    const d = buildDebrief(g, story);
    expect({ ...d, path: undefined }).toEqual({
      format: 'mandate-debrief',
      version: DEBRIEF_VERSION,
      file: 'f.json',
      player: 'Ann',
      role: 'nato',
      roleLabel: DEFAULT_LABELS.roles.nato.label,
      goal: DEFAULT_LABELS.roles.nato.goal,
      capitalLabel: DEFAULT_LABELS.capital.nato,
      scenario: { id: 'full', title: BUILT_IN_SCENARIOS.full.title },
      seed: 5,
      story,
      createdAt: g.log.createdAt,
      finished: true,
      ending: ending('deal', 'A deal', ['h'], ['q']),
      collapse: null,
      start,
      final: { ...start, capital: 55, usTroops: 120 },
      finalTracks: { un: 'drafting', invitation: 'none', command: 'support' },
      scorecard: [{ label: 'x', met: true, detail: 'd' }],
      costliest: null,
      ledger: false,
      opening: [],
      path: undefined,
      glossary: [],
    });
    expect(DEBRIEF_FORMAT).toBe('mandate-debrief');
    expect(d.path).toEqual([
      {
        step: 1,
        turn: 1,
        month: '2003-09',
        position: 'knot0.0',
        prompt: 'First?',
        choice: 'stay',
        notTaken: ['go', 'wait'],
        reason: 'Not yet.',
        before: start,
        after: { ...start, capital: 60 },
        tracks: INITIAL_TRACKS,
        own: null,
        others: [],
        votes: [],
      },
      {
        step: 2,
        turn: 2,
        month: '2003-10',
        position: 'knot1.0',
        prompt: '',
        choice: 'go',
        notTaken: ['stay'],
        reason: null,
        before: { ...start, capital: 60 },
        after: { ...start, capital: 55, usTroops: 120 },
        tracks: { un: 'drafting', invitation: 'none', command: 'support' },
        own: null,
        others: [],
        votes: [],
      },
    ]);
  });

  it('of a game not begun starts and ends at the scenario’s start', () => {
    const d = buildDebrief(verified('us', [], { status: 'playing' }), story, [{ name: 'UN', text: 'United Nations' }]);
    expect([d.finished, d.final, d.finalTracks, d.path, d.glossary]).toEqual([
      false,
      start,
      INITIAL_TRACKS,
      [],
      [{ name: 'UN', text: 'United Nations' }],
    ]);
  });

  it('with a ledger, sets the choice’s own change apart from the events and the upkeep, and names the costliest', () => {
    const veto = {
      source: 'event',
      event: 'nasiriyah',
      body: 'unsc',
      turn: 2,
      month: null,
      track: 'un',
      proposal: 'passed',
      result: 'vetoed',
      tally: { yes: 11, no: 1, abstain: 3 },
      blockers: ['france'],
    } as VoteRecord;
    const g = verified(
      'us',
      [
        { turn: 1, effects: [meter('capital', -2), meter('capital', -1, 'upkeep')] },
        { turn: 2, effects: [meter('capital', -3, 'nasiriyah')] },
        { turn: 3, effects: [meter('capital', -5), meter('usTroops', 4)] },
      ],
      { prelude: [meter('alliedTroops', 3, 'start')], table: TABLE },
    );
    g.log.decisions[1]!.votes = [veto];
    const d = buildDebrief(g, story);
    expect([d.ledger, d.costliest]).toEqual([true, { step: 3, capital: -5 }]);
    expect(d.opening).toEqual([
      {
        source: 'event',
        cause: 'start',
        label: 'the opening',
        meters: { ...zero, alliedTroops: 3 },
        tracks: [],
        stances: [],
      },
    ]);
    const [first, second, third] = d.path;
    expect(first?.own).toEqual({
      source: 'choice',
      cause: 'choice',
      label: 'the choice itself',
      meters: { ...zero, capital: -2 },
      tracks: [],
      stances: [],
    });
    expect(first?.others.map((o) => [o.label, o.meters.capital])).toEqual([['the monthly upkeep', -1]]);
    // A choice that changed nothing by itself still has its line, at zero.
    expect(second?.own).toEqual({
      source: 'choice',
      cause: 'choice',
      label: 'the choice itself',
      meters: zero,
      tracks: [],
      stances: [],
    });
    expect(second?.others.map((o) => [o.label, o.meters.capital])).toEqual([['nasiriyah', -3]]);
    expect(second?.votes).toEqual([
      {
        body: 'unsc',
        bodyName: 'UN Security Council',
        track: 'un',
        proposal: 'passed',
        result: 'vetoed',
        tally: '11 in favour, 1 against, 3 abstaining',
        blockers: 'France (UN)',
        cause: 'nasiriyah',
      },
    ]);
    expect(third?.own?.meters).toEqual({ capital: -5, usTroops: 4, alliedTroops: 0 });
    expect(third?.others).toEqual([]);
  });

  it('has no costliest decision when no choice cost capital, and no opening without a prelude', () => {
    const g = verified('us', [{ turn: 1, effects: [meter('capital', 2), meter('capital', -4, 'upkeep')] }]);
    delete g.log.prelude;
    const d = buildDebrief(g, story);
    expect([d.ledger, d.costliest, d.opening]).toEqual([true, null, []]);
  });
});
