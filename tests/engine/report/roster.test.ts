/** The roster: one row per game, so a teacher finds each student (report/roster.ts). */
import { describe, expect, it } from 'vitest';
import { RosterBuilder } from '../../../src/engine/report/roster.js';
import type { GameSummary } from '../../../src/engine/report/summary.js';
import { decision, ending, summary } from './games.js';

const roster = (games: GameSummary[]) => {
  const b = new RosterBuilder();
  for (const g of games) b.add(g);
  return b.result();
};

describe('the roster', () => {
  it('gives each game its row: player, desk, scenario, ending, final state, brief met and reasons written', () => {
    const g = summary('nato', {
      file: 'ann.json',
      player: 'Ann',
      scenario: 'short',
      seed: 9,
      ending: ending('deal', 'A deal', ['h'], ['q']),
      collapse: 'burden',
      decisions: [decision({ reason: 'Because.' }), decision({ step: 2 }), decision({ step: 3, reason: 'So.' })],
      turn: 4,
      month: '2004-01',
      final: { capital: 12, usTroops: 150, alliedTroops: 9 },
      tracks: { un: 'passed', invitation: 'invited', command: 'training' },
      scorecard: [
        { label: 'a', met: true },
        { label: 'b', met: false },
        { label: 'c', met: true },
      ],
    });
    expect(roster([g])).toEqual([
      {
        id: 'game-1',
        file: 'ann.json',
        player: 'Ann',
        role: 'nato',
        scenario: 'short',
        seed: 9,
        finished: true,
        ending: { id: 'deal', title: 'A deal' },
        collapse: 'burden',
        decisions: 3,
        turn: 4,
        month: '2004-01',
        final: { capital: 12, usTroops: 150, alliedTroops: 9 },
        tracks: { un: 'passed', invitation: 'invited', command: 'training' },
        brief: { met: 2, of: 3 },
        reasons: 2,
      },
    ]);
  });

  it('names each game’s own ending, and none for a game without one', () => {
    const rows = roster([
      summary('us', { player: 'a', ending: ending('x', 'X') }),
      summary('us', { player: 'b', ending: ending('y', 'Y') }),
      summary('us', { player: 'c', ending: ending('x', 'X') }),
      summary('us', { player: 'd', finished: false }),
    ]);
    expect(rows.map((r) => r.ending)).toEqual([
      { id: 'x', title: 'X' },
      { id: 'y', title: 'Y' },
      { id: 'x', title: 'X' },
      null,
    ]);
  });

  it('sorts by name without regard to case, the US desk first under one name, unnamed players last, then by file', () => {
    const rows = roster([
      summary('us', { player: null, file: 'z.json' }),
      summary('nato', { player: 'bob', file: 'b1.json' }),
      summary('nato', { player: 'Carol', file: 'c.json' }),
      summary('us', { player: 'Bob', file: 'b2.json' }),
      summary('nato', { player: null, file: 'a.json' }),
      summary('nato', { player: 'bob', file: 'b0.json' }),
      summary('us', { player: 'alice', file: 'al.json' }),
    ]);
    expect(rows.map((r) => [r.id, r.player, r.role, r.file])).toEqual([
      ['game-1', 'alice', 'us', 'al.json'],
      ['game-2', 'Bob', 'us', 'b2.json'],
      ['game-3', 'bob', 'nato', 'b0.json'],
      ['game-4', 'bob', 'nato', 'b1.json'],
      ['game-5', 'Carol', 'nato', 'c.json'],
      ['game-6', null, 'us', 'z.json'],
      ['game-7', null, 'nato', 'a.json'],
    ]);
  });

  it('compares names in lower case: "Straße" and "STRASSE" are different names, not one', () => {
    // In upper case both would read STRASSE and the desk would decide; in lower case ß sorts after ss.
    const rows = roster([
      summary('us', { player: 'Straße', file: 'a.json' }),
      summary('nato', { player: 'STRASSE', file: 'b.json' }),
    ]);
    expect(rows.map((r) => r.player)).toEqual(['STRASSE', 'Straße']);
  });

  it('gives each row its own tracks, brief, ending and month, however many rows share them', () => {
    const a = summary('us', {
      file: 'a.json',
      player: 'Ann',
      month: '2003-10',
      ending: ending('deal', 'A deal'),
      tracks: { un: 'passed', invitation: 'invited', command: 'training' },
      scorecard: [{ label: 'x', met: true }],
    });
    const later = (file: string, player: string) =>
      summary('us', {
        file,
        player,
        month: '2004-06',
        ending: ending('split', 'A split'),
        tracks: { un: 'none', invitation: 'none', command: 'support' },
        scorecard: [
          { label: 'x', met: false },
          { label: 'y', met: false },
        ],
      });
    const b = later('b.json', 'Bo');
    const c = later('c.json', 'Cy');
    const rows = roster([a, b, c]);
    expect(rows.map((r) => [r.player, r.tracks, r.brief, r.ending?.id, r.month])).toEqual([
      ['Ann', { un: 'passed', invitation: 'invited', command: 'training' }, { met: 1, of: 1 }, 'deal', '2003-10'],
      ['Bo', { un: 'none', invitation: 'none', command: 'support' }, { met: 0, of: 2 }, 'split', '2004-06'],
      ['Cy', { un: 'none', invitation: 'none', command: 'support' }, { met: 0, of: 2 }, 'split', '2004-06'],
    ]);
    // Rows that repeat a value share one copy of it.
    expect(rows[1]!.tracks).toBe(rows[2]!.tracks);
    expect(rows[1]!.brief).toBe(rows[2]!.brief);
  });
});
