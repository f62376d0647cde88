/**
 * Plain mode at the table (tests/engine/fixtures/table.ink): the count before each vote, the
 * ledger after each decision, the full table on `t`, all as a player reads them.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

const STORY = 'tests/engine/fixtures/table.ink';
const play = (input: string) =>
  runCli(['play', '--story', STORY, '--role', 'us', '--seed', '3', '--plain'], input, { MANDATE_HOME: tempHome() });

describe('plain mode at the table', () => {
  it('prints the count before the vote and the ledger after the decision, by cause', () => {
    const r = play('1\n1\n');
    expect(r.code).toBe(0);
    const [beforeVote, afterVote] = r.stdout.split('> ');
    // The count, before the player decides.
    expect(beforeVote).toContain('[table] Security Council: 8 yes · 2 abstain · 0 no · no veto (would fail, 9 needed)');
    // What the decision changed, each change with its cause, and the vote with its tally.
    expect(afterVote).toContain(
      [
        'What changed since your last choice:',
        '  your choice: UN resolution: none → drafting → tabled → failed',
        '  upkeep: capital -4',
        '  bomb: capital -2 · Bravo (North Atlantic Council) -1',
        '  Security Council votes: failed (8 in favour, 0 against, 2 abstaining)',
      ].join('\n'),
    );
    // In January the Council has changed: the old member left, the new one votes no.
    expect(afterVote).toContain('[table] North Atlantic Council: Bravo would block training mission');
  });

  it('prints the state of play on t (the tracks, where each can move, the whole table), and asks again', () => {
    const r = play('t\n1\n1\n');
    expect(r.stdout).toContain('(t: the state of play and the table)');
    const at = r.stdout.indexOf('State of play · October 2003');
    expect(at).toBeGreaterThan(0);
    const state = r.stdout.slice(at);
    expect(state).toContain(
      ['The negotiations', '  UN resolution: none', '      can move to: drafting, consulting'].join('\n'),
    );
    const table = state.slice(state.indexOf('\nThe table\n'));
    expect(table).toContain('• Permanent Two (permanent): 0 · abstain');
    expect(table).toContain('wants a central UN role');
    expect(table).toContain('Iraqi side: Council (0) would refuse');
    expect(r.stdout).toContain('The result: failed.');
  });

  it('says who blocked, in the story and in the ledger', () => {
    const r = play('1\n1\n');
    expect(r.stdout).toContain('Blocked by Bravo.');
    expect(r.stdout).toContain('North Atlantic Council: Bravo blocks training mission');
  });

  it('measures the brief at the end: each item met or not, with its figures', () => {
    const r = play('1\n1\n');
    expect(r.stdout).toContain(
      [
        'Your brief:',
        '  [ ] US troops below the start: 146,000 → 146,000',
        '  [ ] A NATO role agreed by consensus: nothing agreed',
        '  [ ] No member had to block: Bravo blocked',
      ].join('\n'),
    );
  });
});
