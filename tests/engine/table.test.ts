/**
 * The table's rules, in the engine alone: a Security Council vote, a North Atlantic Council
 * consensus, an Iraqi lead, membership by date, and a session that plays them through a story
 * (tests/engine/fixtures/table.ink) with every change in the ledger.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { createSim } from '../../src/engine/sim/simulation.js';
import { INITIAL_TRACKS } from '../../src/engine/sim/tracks.js';
import { initialStances, TableDeclarationError, tableFromTags } from '../../src/engine/table/declare.js';
import { meterChange } from '../../src/engine/table/ledger.js';
import { propose } from '../../src/engine/table/propose.js';
import { decide, inOffice, membersOf } from '../../src/engine/table/rules.js';
import type { Table } from '../../src/engine/table/types.js';
import { monthlyUpkeep, upkeepRuleFromTags } from '../../src/engine/table/upkeep.js';
import { compileStoryFile } from '../../src/storage/story-files.js';

const P5 = ['china', 'france', 'russia', 'uk', 'us'];
const E2003 = ['angola', 'bulgaria', 'cameroon', 'chile', 'germany', 'guinea', 'mexico', 'pakistan', 'spain', 'syria'];
const E2004 = ['algeria', 'benin', 'brazil', 'philippines', 'romania'];
const LEAVING = ['bulgaria', 'cameroon', 'guinea', 'mexico', 'syria'];

/** A Security Council and a North Atlantic Council shaped like the real ones of 2003-04. */
function councilTable(): Table {
  const tags = [
    'body: unsc; UN Security Council; vote 9; decides un: passed',
    'body: nac; North Atlantic Council; consensus; decides command: training 0, nato-sector 1, withdrawn at most 1',
    'body: iraq; Iraqi side; lead; decides invitation: invited 1, renewed 1',
    ...P5.map((id) => `member: unsc.${id}; ${id}; permanent; stance 1`),
    ...E2003.map((id) => `member: unsc.${id}; ${id};${LEAVING.includes(id) ? ' until 2003-12-31;' : ''} stance 1`),
    ...E2004.map((id) => `member: unsc.${id}; ${id}; from 2004-01-01; stance 1`),
    ...Array.from({ length: 19 }, (_, i) => `member: nac.m${i}; Member ${i}; stance 1`),
    ...Array.from({ length: 7 }, (_, i) => `member: nac.n${i}; New ${i}; from 2004-03-29; stance 1`),
    'member: iraq.igc; Governing Council; until 2004-05-31; stance 0',
    'member: iraq.interim; Interim government; from 2004-06-01; stance 1',
  ];
  return tableFromTags(tags);
}

const unsc = (t: Table) => t.bodies.find((b) => b.id === 'unsc')!;
const nac = (t: Table) => t.bodies.find((b) => b.id === 'nac')!;

describe('the Security Council', () => {
  const table = councilTable();
  const members = membersOf(table, 'unsc', '2003-10');

  it('has 15 members in 2003 and 15 in 2004, changing on 1 January', () => {
    expect(members.map((m) => m.id)).toEqual([...P5, ...E2003]);
    const in2004 = membersOf(table, 'unsc', '2004-01-01').map((m) => m.id);
    expect(in2004).toHaveLength(15);
    expect(in2004).toEqual([...P5, ...E2003.filter((id) => !LEAVING.includes(id)), ...E2004]);
    expect(membersOf(table, 'unsc', '2003-12-31').map((m) => m.id)).toContain('syria');
    expect(membersOf(table, 'unsc', '2004-01').map((m) => m.id)).not.toContain('syria');
  });

  /** Stances with `yes` members voting yes, `no` voting no, the rest abstaining. */
  const stances = (yes: string[], no: string[] = []) =>
    Object.fromEntries(members.map((m) => [`unsc.${m.id}`, yes.includes(m.id) ? 1 : no.includes(m.id) ? -1 : 0]));

  it('passes with 9 yes and no permanent member against', () => {
    const d = decide(
      unsc(table),
      members,
      stances(['uk', 'us', 'angola', 'bulgaria', 'cameroon', 'guinea', 'spain', 'chile', 'mexico']),
      'passed',
    );
    expect(d.result).toBe('passed');
    expect(d.tally).toEqual({ yes: 9, no: 0, abstain: 6 });
  });

  it('fails with 8 yes, even without a veto', () => {
    const d = decide(
      unsc(table),
      members,
      stances(['uk', 'us', 'angola', 'bulgaria', 'cameroon', 'guinea', 'spain', 'chile']),
      'passed',
    );
    expect(d.result).toBe('failed');
    expect(d.blockers).toEqual([]);
  });

  it('is vetoed by one permanent member voting no, with 14 yes', () => {
    const all = members.map((m) => m.id).filter((id) => id !== 'france');
    const d = decide(unsc(table), members, stances(all, ['france']), 'passed');
    expect(d.result).toBe('vetoed');
    expect(d.tally).toEqual({ yes: 14, no: 1, abstain: 0 });
    expect(d.blockers).toEqual(['france']);
  });

  it('an elected member voting no is no veto', () => {
    const all = members.map((m) => m.id).filter((id) => id !== 'syria');
    expect(decide(unsc(table), members, stances(all, ['syria']), 'passed').result).toBe('passed');
  });

  it('counts the 2004 members after 1 January, not the ones who left', () => {
    const s = { ...initialStances(table), 'unsc.syria': -1 };
    // Syria's no counts in December; in January it has left, and Algeria (yes) counts instead.
    expect(decide(unsc(table), membersOf(table, 'unsc', '2003-12'), s, 'passed').tally.no).toBe(1);
    expect(decide(unsc(table), membersOf(table, 'unsc', '2004-01'), s, 'passed').tally).toEqual({
      yes: 15,
      no: 0,
      abstain: 0,
    });
  });
});

describe('the North Atlantic Council', () => {
  const table = councilTable();

  it('has 19 members until 28 March 2004 and 26 from 29 March', () => {
    expect(membersOf(table, 'nac', '2004-03')).toHaveLength(19);
    expect(membersOf(table, 'nac', '2004-03-28')).toHaveLength(19);
    expect(membersOf(table, 'nac', '2004-03-29')).toHaveLength(26);
    expect(membersOf(table, 'nac', '2004-04')).toHaveLength(26);
  });

  it('acts only by consensus: any one member below the bar blocks', () => {
    const members = membersOf(table, 'nac', '2003-10');
    const s = { ...initialStances(table), 'nac.m7': -1 };
    const d = decide(nac(table), members, s, 'training');
    expect(d.result).toBe('blocked');
    expect(d.blockers).toEqual(['m7']);
    expect(decide(nac(table), members, initialStances(table), 'training').result).toBe('agreed');
  });

  it('a higher bar for a NATO sector: every member at 1 or more', () => {
    const members = membersOf(table, 'nac', '2003-10');
    const s = { ...initialStances(table), 'nac.m3': 0 };
    expect(decide(nac(table), members, s, 'training').result).toBe('agreed');
    expect(decide(nac(table), members, s, 'nato-sector').blockers).toEqual(['m3']);
  });

  it('a step back is blocked by the members most committed (at most 1)', () => {
    const members = membersOf(table, 'nac', '2003-10');
    const s = { ...initialStances(table), 'nac.m0': 3 };
    expect(decide(nac(table), members, s, 'withdrawn').blockers).toEqual(['m0']);
  });

  it('a new member can block only once it has joined', () => {
    const s = { ...initialStances(table), 'nac.n0': -2 };
    expect(decide(nac(table), membersOf(table, 'nac', '2004-03'), s, 'training').result).toBe('agreed');
    expect(decide(nac(table), membersOf(table, 'nac', '2004-04'), s, 'training').blockers).toEqual(['n0']);
  });

  it('a blocked move does not happen; an agreed one does', () => {
    const start = createSim({ capital: 60, usTroops: 146, alliedTroops: 22 }, INITIAL_TRACKS, {
      ...initialStances(table),
      'nac.m2': -1,
    });
    const blocked = propose(table, start, 'command', 'training', '2003-10');
    expect(blocked.decision.result).toBe('blocked');
    expect(blocked.next.tracks.command).toBe('support');
    const agreed = propose(table, { ...start, stances: initialStances(table) }, 'command', 'training', '2003-10');
    expect(agreed.next.tracks.command).toBe('training');
  });
});

describe('the Iraqi side', () => {
  const table = councilTable();
  it('the Governing Council answers until 31 May 2004, the interim government from 1 June', () => {
    expect(membersOf(table, 'iraq', '2004-05').map((m) => m.id)).toEqual(['igc']);
    expect(membersOf(table, 'iraq', '2004-06').map((m) => m.id)).toEqual(['interim']);
  });

  it('invites only when the lead in office is willing; a refusal moves the track to refused', () => {
    const s = createSim(
      { capital: 60, usTroops: 146, alliedTroops: 22 },
      { ...INITIAL_TRACKS, invitation: 'requested' },
      initialStances(table),
    );
    const refused = propose(table, s, 'invitation', 'invited', '2004-02');
    expect(refused.decision.result).toBe('refused');
    expect(refused.next.tracks.invitation).toBe('refused');
    expect(propose(table, s, 'invitation', 'invited', '2004-06').next.tracks.invitation).toBe('invited');
  });
});

describe('declaring a table', () => {
  it('a member is in office between its dates', () => {
    const [m] = tableFromTags(['body: b; B; consensus', 'member: b.x; X; from 2004-01-01; until 2004-02-29']).members;
    expect([
      inOffice(m!, '2003-12'),
      inOffice(m!, '2004-01'),
      inOffice(m!, '2004-02-29'),
      inOffice(m!, '2004-03'),
    ]).toEqual([false, true, true, false]);
  });

  it.each([
    ['body: UN; x; vote 9', /not a body id/],
    ['body: unsc; x; vote', /a vote needs a quota/],
    ['body: unsc; x; ballot 9', /the rule must be one of/],
    ['body: nac; x; consensus; decides budget: more', /"budget" is not a track/],
    ['member: nowhere.x; X', /no body "nowhere"/],
  ])('refuses %s', (tag, message) => {
    expect(() => tableFromTags([tag])).toThrow(TableDeclarationError);
    expect(() => tableFromTags([tag])).toThrow(message);
  });

  it('refuses a stance outside -3..3 and a member declared twice', () => {
    expect(() => tableFromTags(['body: b; B; consensus', 'member: b.x; X; stance 4'])).toThrow(/from -3 to 3/);
    expect(() => tableFromTags(['body: b; B; consensus', 'member: b.x; X', 'member: b.x; X'])).toThrow(
      /declared twice/,
    );
  });
});

describe('a session at the table (fixture story)', () => {
  const { json } = compileStoryFile('tests/engine/fixtures/table.ink');
  const start = (seed = 1) =>
    GameSession.start({ storyJson: json!, role: 'us', seed, scenario: BUILT_IN_SCENARIOS.full });

  it('a vote short of 9 yes fails, and the log of the decision keeps the tally', () => {
    const s = start();
    s.choose(0);
    const d = s.decisions[0]!;
    expect(d.tracks.un).toBe('failed');
    expect(d.votes).toEqual([
      expect.objectContaining({
        body: 'unsc',
        result: 'failed',
        tally: { yes: 8, no: 0, abstain: 2 },
        source: 'choice',
      }),
    ]);
    expect(s.view().passage.lines.map((l) => l.text)).toContain('The result: failed.');
  });

  it('moving a stance first changes the count, and the ledger says the choice did it', () => {
    const s = start();
    s.choose(1);
    const d = s.decisions[0]!;
    expect(d.votes[0]).toMatchObject({ result: 'passed', tally: { yes: 9, no: 0, abstain: 1 } });
    expect(d.tracks.un).toBe('passed');
    expect(d.effects).toContainEqual({ source: 'choice', kind: 'stance', target: 'unsc.p2', delta: 1 });
  });

  it('move_track into a state a body decides is an error naming the body', () => {
    const s = start();
    expect(() => s.choose(2)).toThrow(
      /un → passed is decided by unsc \(Security Council\): use propose\("un", "passed"\)/,
    );
  });

  it('an event names its own changes; the upkeep is its own; the sum is the change', () => {
    const s = start();
    s.choose(0);
    const d = s.decisions[0]!;
    expect(d.effects.filter((e) => e.source === 'event')).toEqual([
      { source: 'event', event: 'bomb', kind: 'meter', target: 'capital', delta: -2 },
      { source: 'event', event: 'bomb', kind: 'stance', target: 'nac.b', delta: -1 },
    ]);
    expect(d.effects.filter((e) => e.source === 'upkeep')).toEqual([
      { source: 'upkeep', kind: 'meter', target: 'capital', delta: -4 },
    ]);
    const change = meterChange(d.effects);
    expect(change.capital).toBe(d.meters.capital - d.before.capital);
  });

  it('a blocked NATO role does not happen, and the story learns who blocked', () => {
    const s = start();
    s.choose(0);
    s.choose(0);
    const d = s.decisions[1]!;
    expect(d.tracks.command).toBe('support');
    expect(d.votes[0]).toMatchObject({ body: 'nac', result: 'blocked', blockers: ['b'] });
    expect(s.view().passage.lines.map((l) => l.text)).toContain('Blocked by Bravo.');
  });

  it('scores the game only at its end, by the votes taken: nothing agreed while a member blocks, and who blocked', () => {
    const blocked = start();
    expect(blocked.view().scorecard).toEqual([]);
    blocked.choose(0);
    blocked.choose(0);
    expect(blocked.view().scorecard.slice(1)).toEqual([
      { label: 'A NATO role agreed by consensus', met: false, detail: 'nothing agreed' },
      { label: 'No member had to block', met: false, detail: 'Bravo blocked' },
    ]);
  });

  it('one step is not enough to win over a member an event pushed further away', () => {
    const s = start();
    s.choose(0);
    // Bravo was -1, the bomb took it to -2: one step is not enough.
    s.choose(1);
    expect(s.decisions[1]!.tracks.command).toBe('support');
  });
});

describe('upkeep by role', () => {
  const table = tableFromTags([
    'body: nac; North Atlantic Council; consensus; decides command: training 0',
    'member: nac.a; Alpha; stance 2',
    'member: nac.b; Bravo; stance -1',
    'member: nac.c; Charlie; stance -2',
    'member: nac.d; Delta; from 2004-03-29; stance -3',
  ]);
  const meters = { capital: 60, usTroops: 146, alliedTroops: 22 };
  const stances = initialStances(table);

  it('the US desk pays for the troops: one a month for every 10,000 above 100,000', () => {
    const rule = upkeepRuleFromTags(['upkeep_us: troops'], 'us', table);
    expect(monthlyUpkeep(rule, meters, table, stances, '2003-10')).toBe(4);
    expect(monthlyUpkeep(rule, { ...meters, usTroops: 100 }, table, stances, '2003-10')).toBe(0);
  });

  it('the NATO desk pays for dissent: one a month for every member standing against', () => {
    const rule = upkeepRuleFromTags(['upkeep_nato: dissent nac'], 'nato', table);
    expect(monthlyUpkeep(rule, meters, table, stances, '2003-10')).toBe(2);
    expect(monthlyUpkeep(rule, meters, table, { ...stances, 'nac.b': 0 }, '2003-10')).toBe(1);
    // A new member standing against counts once it has joined.
    expect(monthlyUpkeep(rule, meters, table, stances, '2004-04')).toBe(3);
    // Troops do not drain the NATO desk.
    expect(monthlyUpkeep(rule, { ...meters, usTroops: 170 }, table, stances, '2003-10')).toBe(2);
  });

  it('a role without a rule pays for troops; a rule naming no body is an error', () => {
    expect(upkeepRuleFromTags([], 'nato', table)).toEqual({ kind: 'troops' });
    expect(() => upkeepRuleFromTags(['upkeep_nato: dissent unsc'], 'nato', table)).toThrow(TableDeclarationError);
  });
});
