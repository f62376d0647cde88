/**
 * The session's own rules, each seen in a small story written here against the contract: how
 * tags become turns, months, notes and endings, how a passage is cut into lines, and how the
 * engine's externals reach the simulation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../src/engine/scenario.js';
import { GameSession } from '../../src/engine/session.js';
import { compileInk } from '../../src/engine/story/compiler.js';
import { StoryRuntimeError } from '../../src/engine/story/runtime.js';
import { thrown } from '../helpers/thrown.js';

const contract = readFileSync('story/contract.ink', 'utf8');

/** A story of `body` under the engine's contract; `head` goes first (global tags). */
function story(body: string, head = ''): string {
  const r = compileInk('main.ink', `${head}INCLUDE contract.ink\n${body}`, () => contract);
  if (!r.json) throw new Error(r.messages.map((m) => `${m.line}: ${m.message}`).join('\n'));
  return r.json;
}

/** A session of `body` (with `head` before the contract: a table, say), as the US desk, seed 1. */
function start(body: string, scenario: Partial<Scenario> = {}, undo?: boolean, head = '') {
  return GameSession.start({
    storyJson: story(body, head),
    role: 'us',
    seed: 1,
    scenario: { ...BUILT_IN_SCENARIOS.full, ...scenario },
    undo,
  });
}

describe('a passage', () => {
  it('keeps text lines, skips blank ones, and tells history and questions from text', () => {
    const s = start('Text.\n# history\nWhat happened. # history\nWhy? # question\n-> END\n');
    expect(s.view().passage.lines).toEqual([
      { text: 'Text.', kind: 'text' },
      { text: 'What happened.', kind: 'history' },
      { text: 'Why?', kind: 'question' },
    ]);
  });

  it('collects notes with a value, and only those', () => {
    const s = start('Line. # note: First note. # note:\nMore. # note: Second. # memo: Not a note.\n* [Go] -> END\n');
    expect(s.view().passage.notes).toEqual(['First note.', 'Second.']);
  });

  it('takes the turn from a number tag only, and the month from the date tag', () => {
    const s = start('# turn: 3\n# date: 2003-10\nOne.\n# turn: soon\nTwo.\n* [Go] -> END\n');
    const v = s.view();
    expect(v.turn).toBe(3);
    expect(v.month).toBe('2003-10');
    expect(v.passage).toMatchObject({ turn: 3, month: '2003-10' });
  });

  it('has turn 0 and no month before the story says', () => {
    const v = start('Hello.\n* [Go] -> END\n').view();
    expect(v).toMatchObject({ turn: 0, month: null, passage: { turn: 0, month: null } });
    expect(v.passage.newMonthAt).toBeUndefined();
  });

  it('marks where a new month starts after the consequences of a decision, once', () => {
    const s = start(
      '# turn: 1\n# date: 2003-08\nAugust.\n* [Go] The consequence.\n  # turn: 2\n  # date: 2003-09\n  September.\n  # turn: 3\n  Later.\n  * * [Stop] -> END\n',
    );
    const v = s.choose(0);
    expect(v.passage.lines.map((l) => l.text)).toEqual(['The consequence.', 'September.', 'Later.']);
    expect(v.passage.newMonthAt).toBe(1);
    expect(v.turn).toBe(3);
    // The decision belongs to the month it was made in.
    expect(s.decisions[0]).toMatchObject({ turn: 1, month: '2003-08' });
  });

  it('does not mark a month that begins the passage', () => {
    const s = start('* [Go]\n  -> next\n=== next ===\n# turn: 2\nSeptember.\n* [Stop] -> END\n');
    expect(s.choose(0).passage.newMonthAt).toBeUndefined();
  });
});

describe('an ending', () => {
  it('takes its id and title from its tags, and gathers its history and questions', () => {
    const s = start(
      '# ending: us-deal\n# title: A deal\nIt ends. # history\nWhy? # question\nHow? # question\n-> END\n',
    );
    expect(s.view()).toMatchObject({
      ended: true,
      choices: [],
      ending: { id: 'us-deal', title: 'A deal', history: ['It ends.'], questions: ['Why?', 'How?'] },
    });
  });

  it('is titled by its id when it has no title', () => {
    expect(start('# ending: us-bare\nDone.\n-> END\n').view().ending).toEqual({
      id: 'us-bare',
      title: 'us-bare',
      history: [],
      questions: [],
    });
  });

  it('is undone with the decision that reached it', () => {
    const s = start(
      'Start.\n* [End it] -> finale\n* [Wait] -> finale\n=== finale ===\n# ending: us-x\nDone.\n-> END\n',
      {},
      true,
    );
    s.choose(0);
    expect(s.view().ending?.id).toBe('us-x');
    expect(s.undo()).toBe(true);
    expect(s.view()).toMatchObject({ ending: null, ended: false, decisions: [] });
  });
});

describe('choose and undo', () => {
  const two =
    'Start. # turn: 1\n* [One]\n  ~ change_capital(-5)\n  -> next\n* [Two] -> next\n=== next ===\nNext.\n* [Three] -> END\n';

  it('refuses an option not on offer, saying what is', () => {
    const s = start(two);
    expect(() => s.choose(2)).toThrow(new RangeError('choice 3 is not on offer (1-2)'));
    expect(() => s.choose(0.5)).toThrow(RangeError);
    expect(s.decisions).toHaveLength(0);
  });

  it('records the decision with the meters before and after and the change it made', () => {
    const s = start(two);
    const v = s.choose(0);
    expect(v.delta).toEqual({ capital: -5, usTroops: 0, alliedTroops: 0 });
    expect(s.decisions[0]).toMatchObject({
      index: 0,
      text: 'One',
      options: ['One', 'Two'],
      before: BUILT_IN_SCENARIOS.full.start,
      meters: { ...BUILT_IN_SCENARIOS.full.start, capital: 55 },
    });
  });

  it('takes back decisions one at a time, and the story plays on the same afterwards', () => {
    const s = start(two, {}, true);
    s.choose(0);
    s.choose(0);
    expect(s.view().canUndo).toBe(true);
    expect(s.undo()).toBe(true);
    expect(s.view()).toMatchObject({ turn: 1, decisions: [expect.objectContaining({ text: 'One' })] });
    expect(s.undo()).toBe(true);
    expect(s.view().meters).toEqual(BUILT_IN_SCENARIOS.full.start);
    expect(s.view().canUndo).toBe(false);
    expect(s.undo()).toBe(false);
    expect(s.choose(1).passage.lines.map((l) => l.text)).toEqual(['Next.']);
  });

  it('keeps nothing to undo when undo is off, in the scenario or by the caller', () => {
    const off = start(two, { undo: false });
    off.choose(0);
    expect(off.undo()).toBe(false);
    expect(off.view().decisions).toHaveLength(1);
    const overridden = start(two, { undo: true }, false);
    overridden.choose(0);
    expect(overridden.view().canUndo).toBe(false);
  });
});

describe('the externals', () => {
  it('read the meters and the tracks, and move them', () => {
    const s = start(
      '~ change_troops(4, -2)\n~ move_track("un", "drafting")\nCapital {capital()}, US {us_troops()}, allied {allied_troops()}, UN {track("un")}, bad {track("nope")}.\n* [Go] -> END\n',
    );
    expect(s.view().passage.lines[0]!.text).toBe('Capital 60, US 150, allied 20, UN drafting, bad .');
    expect(s.view().tracks.un).toBe('drafting');
  });

  it('end a month with its upkeep and say when the months are used up', () => {
    const s = start('Out: {end_turn()}.\n* [Go] -> END\n', { turns: 1 });
    expect(s.view().passage.lines[0]!.text).toBe('Out: time.');
    expect(s.view().meters.capital).toBe(56);
    // What the next month's end would take: 146,000 US troops, 4 above 100,000 by tens of thousands.
    expect(s.view().upkeep).toBe(4);
  });

  it('say which optional events are on (absent ones are), and how many turns the scenario has', () => {
    const s = start('{event_on("riots")} {event_on("summit")} {event_on("vote")} {max_turns()}\n* [Go] -> END\n', {
      turns: 7,
      events: { riots: false, vote: true },
    });
    expect(s.view().passage.lines[0]!.text).toBe('false true true 7');
  });

  it('turn a broken rule into a story error naming the external and where it happened', () => {
    const err = (body: string) => thrown(() => start(body));
    const capital = err('-> k\n=== k ===\n~ change_capital(1.5)\n-> END\n');
    expect(capital).toBeInstanceOf(StoryRuntimeError);
    expect(capital.message).toMatch(/^change_capital: capital change must be a whole number, got 1\.5 \(at k/);
    expect(err('~ change_troops(500, 0)\n-> END\n').message).toMatch(/^change_troops: meter out of range: US troops/);
    expect(err('~ move_track("un", "passed")\n-> END\n').message).toMatch(
      /^move_track: illegal track transition: un cannot move from "none" to "passed"/,
    );
  });
});

describe('the story underneath', () => {
  it('is named by its global tags, and labelled by them', () => {
    const s = GameSession.start({
      storyJson: story('Hello.\n* [Go] -> END\n', '# story: tiny\n# version: 2\n# track_un: The mandate\n'),
      role: 'nato',
      seed: 1,
      scenario: BUILT_IN_SCENARIOS.short,
    });
    expect(s.storyInfo()).toEqual({ id: 'tiny', version: '2' });
    expect(s.labels.tracks.un).toBe('The mandate');
    expect(s.view().labels).toBe(s.labels);
    expect(s.probe.visitCount('nothing')).toBe(0);
  });
});

describe('a decision’s question, its reason, and what a desk can end with', () => {
  it('takes the question from the last line that asks something, else the last line, else nothing', () => {
    const prompt = (body: string) => {
      const s = start(body);
      s.choose(0);
      return s.decisions[0]!.prompt;
    };
    expect(prompt('One.\nTwo.\nThree.\n* [Go] -> END\n')).toBe('Three.');
    expect(prompt('Why now?\nTwo.\nThree.\n* [Go] -> END\n')).toBe('Why now?');
    expect(prompt('Why now?\nTwo.\nAnd who pays?\nThree.\n* [Go] -> END\n')).toBe('And who pays?');
    expect(prompt('* [Go] -> END\n')).toBe('');
  });

  it('asks the question of the month that began, from its text lines only', () => {
    const s = start(
      '# turn: 1\n# date: 2003-08\nGo on?\n* [Go on] Done that. Why so?\n  ~ temp w = end_turn()\n  # turn: 2\n  # date: 2003-09\n  September.\n  A new month.\n  Why not? # question\n  * * [Stop] -> END\n',
    );
    s.choose(0);
    s.choose(0);
    // Not the line before the month began, nor the question for the class.
    expect(s.decisions[1]!.prompt).toBe('A new month.');
  });

  it('shows the lean a story tags on an option, and none otherwise', () => {
    const s = start('Which?\n* [Talk # lean:  toward Paris ]\n  -> END\n* [Wait # note: x]\n  -> END\n');
    expect(s.view().choices).toEqual([
      { index: 0, text: 'Talk', lean: 'toward Paris' },
      { index: 1, text: 'Wait' },
    ]);
  });

  it('has the glossary of its briefing knot, and no scorecard or conditions it does not declare', () => {
    const s = start('Go?\n* [Go] -> END\n=== briefing ===\n# term: NAC; North Atlantic Council\n-> END\n');
    expect(s.view().glossary).toEqual([{ name: 'NAC', text: 'North Atlantic Council' }]);
    expect(s.view().conditions).toEqual([]);
    s.choose(0);
    expect(s.view().scorecard).toEqual([]);
  });

  it('cannot go back from a choice that fails when undo is off: the session says it failed', () => {
    const s = start('Go?\n* [Break]\n  ~ change_capital(1.5)\n  -> END\n* [Fine] Fine.\n  -> END\n', {}, false);
    expect(s.failed).toBeNull();
    const e = thrown(() => s.choose(0));
    expect(s.failed).toBe(e);
  });

  it('takes the turn from a whole number only, and the month from a day’s date', () => {
    for (const bad of ['3x', 'x3']) expect(start(`# turn: ${bad}\nOne.\n* [Go] -> END\n`).view().turn).toBe(0);
    expect(start('# date: 2003-10-15\nOne.\n* [Go] -> END\n').view().month).toBe('2003-10');
  });

  it('lists the bodies a passage puts on the table, known ones once each', () => {
    const head = [
      '# body: unsc; Security Council; vote 9; decides un: passed',
      '# body: nac; North Atlantic Council; consensus; decides command: training 0',
      '# member: nac.x; X; stance 1',
      '',
    ].join('\n');
    const tables = (body: string) => start(`${body}\n* [Go] -> END\n`, {}, undefined, head).view().passage.tables;
    expect(tables('One. # table: nac\nTwo. # table: nac # table: nobody')).toEqual(['nac']);
    expect(tables('One. # table: unsc # table: nac')).toEqual(['unsc', 'nac']);
    // Only a `table` tag puts a body on the table, not another tag that names one.
    expect(tables('One. # note: nac # memo: unsc')).toEqual([]);
    expect(start('One. # note: x\n* [Go] -> END\n').view().passage.tables).toEqual([]);
  });

  it('keeps a reason only for a decision that was taken', () => {
    const s = start('Go?\n* [Go] -> END\n');
    s.choose(0);
    s.annotate(1, 'Because.');
    expect(s.decisions[0]!.reason).toBe('Because.');
    expect(() => s.annotate(2, 'Too late.')).toThrow(new RangeError('no decision 2 to annotate'));
  });

  it('lists the endings of the desk that played, in story order, or all when none is named by desk', () => {
    const endings = (ids: string[]) => {
      const knots = ids.map((id) => `=== ${id.replace(/-/g, '_')} ===\n# ending: ${id}\nThe end.\n-> END\n`);
      const s = start(
        `Which?\n${ids.map((id) => `* [${id}] -> ${id.replace(/-/g, '_')}`).join('\n')}\n${knots.join('')}`,
      );
      expect(s.view().endings).toEqual([]);
      s.choose(0);
      return s.view().endings;
    };
    expect(endings(['us-deal', 'nato-deal', 'us-walkout'])).toEqual(['us-deal', 'us-walkout']);
    expect(endings(['deal', 'walkout'])).toEqual(['deal', 'walkout']);
  });

  it('keeps each line shown while its assertion was false, for the checker, with the decision it follows', () => {
    const s = start(
      'Fine. # assert: {1 == 1}\nWrong. # assert: {1 == 2}\n* [Go] Also wrong. # assert: {false}\n  -> END\n',
    );
    expect(s.assertionFailures).toEqual([{ text: 'Wrong.', value: 'false', where: expect.any(String), step: 0 }]);
    s.choose(0);
    // Shown as the consequence of the first decision: step 1.
    expect(s.assertionFailures[1]).toEqual({ text: 'Also wrong.', value: 'false', where: expect.any(String), step: 1 });
  });

  it('goes back to before a choice whose consequences fail, and plays on from there', () => {
    const s = start('Go?\n* [Break]\n  ~ change_capital(1.5)\n  -> END\n* [Fine] Fine.\n  -> END\n');
    expect(() => s.choose(0)).toThrow(/^change_capital: capital change must be a whole number/);
    expect(s.view().choices.map((c) => c.text)).toEqual(['Break', 'Fine']);
    expect(s.decisions).toEqual([]);
    expect(s.view().canUndo).toBe(false);
    s.choose(1);
    expect(s.view()).toMatchObject({ ended: true });
    expect(s.view().passage.lines.map((l) => l.text)).toEqual(['Fine.']);
  });

  it('marks where the ending begins at its first tag, however many lines the ending tags', () => {
    const s = start('Go?\n* [Go] Before.\n  The end. # ending: first\n  After. # ending: second\n  -> END\n');
    s.choose(0);
    expect(s.view().passage.lines.map((l) => l.text)).toEqual(['Before.', 'The end.', 'After.']);
    expect(s.view().passage.endingAt).toBe(1);
  });

  it('names who blocks by the body that decides, and tallies only a body that votes', () => {
    const head = [
      '# body: unsc; Security Council; vote 9; decides un: passed',
      '# body: nac; North Atlantic Council; consensus; decides command: training 0',
      '# member: unsc.x; Mr Council; permanent; stance 1',
      '# member: nac.x; Ms Alliance; stance -2',
      '',
    ].join('\n');
    const tabled = (body: string) => start(body, {}, undefined, head);
    const s = tabled('Blocked by {blockers("command", "training")}. Vote: {tally("unsc")}.\n* [Go] -> END\n');
    expect(s.view().passage.lines[0]!.text).toMatch(/^Blocked by Ms Alliance\. Vote: /);
    expect(() => tabled('{tally("nac")}\n-> END\n')).toThrow(/^tally: no voting body "nac" at the table/);
  });

  it('names a member or a voting body the table does not have', () => {
    const message = (body: string) => thrown(() => start(body)).message;
    expect(message('~ temp s = stance("un", "nobody")\n-> END\n')).toMatch(
      /^stance: no member "un\.nobody" at the table/,
    );
    expect(message('~ temp t = tally("nobody")\n-> END\n')).toMatch(/^tally: no voting body "nobody" at the table/);
    // Each function names itself when the table cannot take what it is asked.
    expect(message('~ temp p = propose("nowhere", "x")\n-> END\n')).toMatch(/^propose: /);
    expect(message('~ temp b = blockers("nowhere", "x")\n-> END\n')).toMatch(/^blockers: /);
    expect(message('~ move_stance("un", "nobody", 1)\n-> END\n')).toMatch(
      /^move_stance: no member "un\.nobody" at the table/,
    );
  });

  it('lets move_track stay in the state a track is in, though a body decides a move into it', () => {
    const head =
      '# body: nac; North Atlantic Council; consensus; decides command: support 0\n# member: nac.x; X; stance 1\n';
    const s = start(
      '~ move_track("command", "support")\nStill {track("command")}.\n* [Go] -> END\n',
      {},
      undefined,
      head,
    );
    expect(s.view().passage.lines[0]!.text).toBe('Still support.');
    expect(() =>
      start('~ move_track("command", "training")\n-> END\n', {}, undefined, head.replace('support', 'training')),
    ).toThrow(/^move_track: command → training is decided by nac/);
  });
});
