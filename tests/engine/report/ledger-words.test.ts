/** The ledger in words, for the debrief and the report (report/ledger-words.ts). */
import { describe, expect, it } from 'vitest';
import { causeLabel, groupEffects, voteInWords } from '../../../src/engine/report/ledger-words.js';
import { DEFAULT_LABELS, type StoryLabels } from '../../../src/engine/story/labels.js';
import type { Effect, VoteRecord } from '../../../src/engine/table/ledger.js';
import { meter, TABLE } from './games.js';

const labels: StoryLabels = {
  ...DEFAULT_LABELS,
  events: { ...DEFAULT_LABELS.events, nasiriyah: 'the Nasiriyah bombing' },
  states: { ...DEFAULT_LABELS.states, drafting: 'a draft' },
};

const track = (target: string, from: string, to: string, cause: Effect['source'] = 'choice'): Effect =>
  ({ source: cause, kind: 'track', target, from, to }) as Effect;
const stance = (target: string, delta: number): Effect => ({ source: 'choice', kind: 'stance', target, delta });

describe('the ledger in words', () => {
  it('names each cause: the choice, the upkeep, an event by the story’s label or by its id in words', () => {
    expect(causeLabel({ source: 'choice' }, labels)).toBe('the choice itself');
    expect(causeLabel({ source: 'upkeep' }, labels)).toBe('the monthly upkeep');
    expect(causeLabel({ source: 'event', event: 'nasiriyah' }, labels)).toBe('the Nasiriyah bombing');
    expect(causeLabel({ source: 'event', event: 'oil_for_food' }, labels)).toBe('oil for food');
    expect(causeLabel({ source: 'event' }, labels)).toBe('');
  });

  it('groups the entries by cause in the order each first appears, adding up each meter', () => {
    const groups = groupEffects(
      [
        meter('capital', -3, 'nasiriyah'),
        meter('capital', -2),
        meter('usTroops', 5),
        meter('capital', -1, 'upkeep'),
        meter('capital', -4),
        meter('alliedTroops', 2, 'nasiriyah'),
        meter('capital', 1, 'bomb_two'),
      ],
      labels,
      TABLE,
    );
    expect(groups).toEqual([
      {
        source: 'event',
        cause: 'nasiriyah',
        label: 'the Nasiriyah bombing',
        meters: { capital: -3, usTroops: 0, alliedTroops: 2 },
        tracks: [],
        stances: [],
      },
      {
        source: 'choice',
        cause: 'choice',
        label: 'the choice itself',
        meters: { capital: -6, usTroops: 5, alliedTroops: 0 },
        tracks: [],
        stances: [],
      },
      {
        source: 'upkeep',
        cause: 'upkeep',
        label: 'the monthly upkeep',
        meters: { capital: -1, usTroops: 0, alliedTroops: 0 },
        tracks: [],
        stances: [],
      },
      {
        source: 'event',
        cause: 'bomb_two',
        label: 'bomb two',
        meters: { capital: 1, usTroops: 0, alliedTroops: 0 },
        tracks: [],
        stances: [],
      },
    ]);
  });

  it('words a track’s move and a member’s stance with the story’s names, else the ids', () => {
    const [g] = groupEffects(
      [
        track('un', 'none', 'drafting'),
        track('future', 'a', 'b'),
        stance('nac.belgium', 1),
        stance('unsc.france', -1),
        stance('nac.nobody', 2),
        stance('solo', 1),
      ],
      labels,
      TABLE,
    );
    expect(g?.tracks).toEqual([
      { track: 'un', label: 'UN resolution', from: 'none', to: 'a draft' },
      { track: 'future', label: 'future', from: 'a', to: 'b' },
    ]);
    expect(g?.stances).toEqual([
      { member: 'nac.belgium', name: 'Belgium', delta: 1 },
      { member: 'unsc.france', name: 'France (UN)', delta: -1 },
      { member: 'nac.nobody', name: 'nac.nobody', delta: 2 },
      { member: 'solo', name: 'solo', delta: 1 },
    ]);
    expect(g?.meters).toEqual({ capital: 0, usTroops: 0, alliedTroops: 0 });
  });

  it('words a vote: the body, the proposal, the count for a vote only, who blocked it and what brought it', () => {
    const vote = (o: Partial<VoteRecord>): VoteRecord =>
      ({
        source: 'choice',
        body: 'unsc',
        turn: 2,
        month: '2003-10',
        track: 'un',
        proposal: 'drafting',
        result: 'vetoed',
        tally: { yes: 11, no: 1, abstain: 3 },
        blockers: ['france'],
        ...o,
      }) as VoteRecord;
    expect(voteInWords(vote({}), labels, TABLE)).toEqual({
      body: 'unsc',
      bodyName: 'UN Security Council',
      track: 'un',
      proposal: 'a draft',
      result: 'vetoed',
      tally: '11 in favour, 1 against, 3 abstaining',
      blockers: 'France (UN)',
      cause: 'the choice itself',
    });
    expect(
      voteInWords(
        vote({
          body: 'nac',
          source: 'event',
          event: 'nasiriyah',
          blockers: ['france', 'belgium'],
          result: 'blocked',
        } as Partial<VoteRecord>),
        labels,
        TABLE,
      ),
    ).toMatchObject({
      bodyName: 'North Atlantic Council',
      tally: '',
      blockers: 'France and Belgium',
      cause: 'the Nasiriyah bombing',
    });
    expect(voteInWords(vote({ body: 'gone', blockers: [] }), labels, TABLE)).toMatchObject({
      bodyName: 'gone',
      tally: '',
      blockers: '',
    });
  });
});
