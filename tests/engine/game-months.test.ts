import { describe, expect, it } from 'vitest';
import { gameMonths } from '../../src/engine/game-months.js';
import { INITIAL_TRACKS, type Tracks } from '../../src/engine/sim/tracks.js';
import { decisiveSteps, type Effect, type VoteRecord } from '../../src/engine/table/ledger.js';

const start = { capital: 60, usTroops: 130, alliedTroops: 20 };
const at = (turn: number, month: string | null, capital: number, un: Tracks['un']) => ({
  turn,
  month,
  meters: { ...start, capital },
  tracks: { ...INITIAL_TRACKS, un },
});

describe('the game month by month', () => {
  it('gives the start, then each month as its last decision left it', () => {
    const rows = gameMonths(
      [
        at(1, '2003-08', 55, 'drafting'),
        at(1, '2003-08', 50, 'tabled'),
        at(2, '2003-09', 43, 'passed'),
        at(3, null, 38, 'vetoed'),
      ],
      start,
    );
    expect(rows).toEqual([
      { turn: null, month: null, ...start, tracks: INITIAL_TRACKS },
      { turn: 1, month: '2003-08', ...start, capital: 50, tracks: { ...INITIAL_TRACKS, un: 'tabled' } },
      { turn: 2, month: '2003-09', ...start, capital: 43, tracks: { ...INITIAL_TRACKS, un: 'passed' } },
      { turn: 3, month: null, ...start, capital: 38, tracks: { ...INITIAL_TRACKS, un: 'vetoed' } },
    ]);
    expect(gameMonths([], start)).toHaveLength(1);
  });
});

describe('the decisive choices', () => {
  const capital = (delta: number, source: 'choice' | 'upkeep' = 'choice'): Effect =>
    ({ source, kind: 'meter', target: 'capital', delta }) as Effect;
  const track = (target: string): Effect => ({ source: 'choice', kind: 'track', target, from: 'a', to: 'b' }) as Effect;
  const vote = { source: 'choice' } as VoteRecord;

  it('ranks a vote above a track above the costliest choice, keeps at most three, in the game’s order', () => {
    const decisions = [
      { effects: [capital(-1)], votes: [] },
      { effects: [track('un')], votes: [] },
      { effects: [capital(-9)], votes: [] },
      { effects: [capital(-20, 'upkeep')], votes: [] },
      { effects: [], votes: [vote] },
      { effects: [track('un'), track('command')], votes: [] },
    ];
    expect(decisiveSteps(decisions)).toEqual([2, 4, 5]);
    expect(decisiveSteps(decisions, 4)).toEqual([1, 2, 4, 5]);
    expect(decisiveSteps([{ effects: [capital(2)], votes: [] }])).toEqual([]);
  });
});
