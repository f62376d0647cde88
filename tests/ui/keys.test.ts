import { describe, expect, it } from 'vitest';
import {
  BINDINGS,
  footerItems,
  footerLine,
  helpRows,
  type KeyPress,
  type Mode,
  matchesCommand,
  resolveKey,
  unavailableFor,
} from '../../src/ui/keys.js';

const none: KeyPress = {
  upArrow: false,
  downArrow: false,
  pageUp: false,
  pageDown: false,
  return: false,
  escape: false,
  ctrl: false,
};
const key = (k: Partial<KeyPress>) => ({ ...none, ...k });

describe('the key table', () => {
  it('gives each key its command in a mode', () => {
    expect(resolveKey('u', none, 'game')?.command).toBe('undo');
    expect(resolveKey('h', none, 'game')?.command).toBe('history');
    expect(resolveKey('n', none, 'game')?.command).toBe('notes');
    expect(resolveKey('s', none, 'game')?.command).toBe('save');
    expect(resolveKey('q', none, 'game')?.command).toBe('quit');
    expect(resolveKey('?', none, 'game')?.command).toBe('help');
    expect(resolveKey('j', none, 'game')?.command).toBe('lineDown');
    expect(resolveKey('k', none, 'game')?.command).toBe('lineUp');
    expect(resolveKey('', key({ pageUp: true }), 'game')?.command).toBe('pageUp');
    expect(resolveKey('', key({ pageDown: true }), 'game')?.command).toBe('pageDown');
    expect(resolveKey('', key({ upArrow: true }), 'game')?.command).toBe('prev');
    expect(resolveKey('', key({ return: true }), 'game')?.command).toBe('choose');
  });

  it('reads digits as the option they name', () => {
    expect(resolveKey('3', none, 'game')).toMatchObject({ command: 'pick', index: 2 });
    expect(resolveKey('0', none, 'game')).toBeNull();
  });

  it('changes meaning with the mode', () => {
    expect(resolveKey('', key({ upArrow: true }), 'ending')?.command).toBe('lineUp');
    expect(resolveKey('q', none, 'overlay')?.command).toBe('close');
    expect(resolveKey('n', none, 'confirm')?.command).toBe('no');
    expect(resolveKey('y', none, 'confirm')?.command).toBe('yes');
    expect(resolveKey('q', none, 'menu')?.command).toBe('back');
    expect(resolveKey('u', none, 'menu')).toBeNull();
  });

  it('knows Ctrl+C everywhere', () => {
    for (const mode of ['title', 'menu', 'game', 'ending', 'overlay', 'confirm', 'small'] as const) {
      expect(resolveKey('c', key({ ctrl: true }), mode)?.command).toBe('interrupt');
    }
  });

  it('builds the footer from the table and leaves out what is unavailable', () => {
    const all = footerItems('game').map((i) => i.label);
    expect(all).toEqual(
      expect.arrayContaining(['choose', 'scroll', 'undo', 'history', 'note', 'save', 'quit', 'help']),
    );
    const some = footerItems('game', unavailableFor({ canUndo: false, passage: { notes: [] } })).map((i) => i.label);
    expect(some).not.toContain('undo');
    expect(some).not.toContain('note');
    expect(some).toContain('history');
  });

  it('fits the footer to the width, keeping help and quit', () => {
    const items = footerItems('game');
    const line = footerLine(items, 40);
    expect(line.length).toBeLessThanOrEqual(40);
    expect(line).toContain('?: help');
    expect(line).toContain('q: quit');
    expect(footerLine(items, 200)).toContain('u: undo');
  });

  it('builds the help from the same table, marking what cannot be used now', () => {
    const rows = helpRows('game', new Set(['undo']));
    const undo = rows.find((r) => r.keys === 'u');
    expect(undo?.available).toBe(false);
    expect(rows.find((r) => r.keys.startsWith('PgUp'))?.available).toBe(true);
    // Every command with a footer word appears in the help of its modes.
    for (const b of BINDINGS.filter((b) => b.footer && b.modes.includes('game'))) {
      expect(rows.some((r) => r.help === b.help)).toBe(true);
    }
  });
});

/** Every key the tests press, by name: its input and the flags Ink sets for it. */
const KEYS: Record<string, [string, Partial<KeyPress>]> = {
  up: ['', { upArrow: true }],
  down: ['', { downArrow: true }],
  left: ['', { leftArrow: true }],
  right: ['', { rightArrow: true }],
  pgup: ['', { pageUp: true }],
  pgdn: ['', { pageDown: true }],
  home: ['', { home: true }],
  end: ['', { end: true }],
  enter: ['', { return: true }],
  esc: ['', { escape: true }],
  tab: ['', { tab: true }],
  space: [' ', {}],
  'ctrl+c': ['c', { ctrl: true }],
  'ctrl+q': ['q', { ctrl: true }],
  'ctrl+u': ['u', { ctrl: true }],
  'ctrl+1': ['1', { ctrl: true }],
  'ctrl+j': ['j', { ctrl: true }],
  'ctrl+y': ['y', { ctrl: true }],
  'ctrl+?': ['?', { ctrl: true }],
};
for (const c of 'uhnstq?jklbgGyYNQ1590c') KEYS[c] = [c, {}];

/**
 * What each key does in each mode, written out: `key=command`, every key not listed does
 * nothing. Ctrl with a letter is never that letter's command; Ctrl+C is an interrupt everywhere.
 */
const EXPECTED: Record<Mode, string> = {
  title: 'up=prev down=next enter=choose 1=pick 5=pick 9=pick q=quit esc=quit ?=help ctrl+c=interrupt',
  menu: 'up=prev down=next enter=choose 1=pick 5=pick 9=pick q=back esc=back ?=help ctrl+c=interrupt',
  game:
    'up=prev down=next enter=choose 1=pick 5=pick 9=pick k=lineUp j=lineDown pgup=pageUp b=pageUp ' +
    'pgdn=pageDown space=pageDown home=top g=top end=bottom G=bottom u=undo h=history n=notes t=table s=save ' +
    'q=quit ?=help ctrl+c=interrupt',
  ending:
    'up=lineUp down=lineDown k=lineUp j=lineDown pgup=pageUp b=pageUp pgdn=pageDown space=pageDown home=top ' +
    'g=top end=bottom G=bottom u=undo h=history t=table s=save q=quit ?=help ctrl+c=interrupt',
  overlay:
    'up=lineUp down=lineDown k=lineUp j=lineDown pgup=pageUp b=pageUp pgdn=pageDown space=pageDown home=top ' +
    'g=top end=bottom G=bottom h=history n=notes t=table esc=close q=close ?=help ctrl+c=interrupt',
  confirm: 'y=yes Y=yes q=yes enter=yes n=no N=no esc=no ctrl+c=interrupt',
  small: 'ctrl+c=interrupt',
  replay:
    'right=stepOn j=stepOn l=stepOn left=stepBack k=stepBack h=stepBack q=quit esc=quit pgup=pageUp b=pageUp ' +
    'pgdn=pageDown space=pageDown home=top g=top end=bottom G=bottom ?=help ctrl+c=interrupt',
};

describe('every key in every mode', () => {
  for (const [mode, spec] of Object.entries(EXPECTED) as [Mode, string][]) {
    it(`${mode}: ${spec.split(' ').length} keys do something, every other key nothing`, () => {
      const want = new Map(spec.split(' ').map((pair) => pair.split('=') as [string, string]));
      for (const [name, [input, flags]] of Object.entries(KEYS)) {
        expect(resolveKey(input, key(flags), mode)?.command ?? null, `${name} in ${mode}`).toBe(want.get(name) ?? null);
      }
    });
  }

  it('tells which option a digit names, 1 to 9', () => {
    for (let d = 1; d <= 9; d++) expect(resolveKey(String(d), none, 'menu')?.index).toBe(d - 1);
    expect(resolveKey('10', none, 'game')).toBeNull();
    // Pasted text is not a digit key, even when it ends with one.
    expect(resolveKey('12', none, 'game')).toBeNull();
    expect(resolveKey('x3', none, 'menu')).toBeNull();
    expect(resolveKey('u', none, 'game')?.index).toBeUndefined();
    expect(resolveKey('1', none, 'game')?.binding.label).toBe('1-9');
  });

  it('matches a command in any mode only with its own keys', () => {
    expect(matchesCommand('interrupt', 'c', key({ ctrl: true }))).toBe(true);
    expect(matchesCommand('interrupt', 'c', none)).toBe(false);
    expect(matchesCommand('undo', 'u', none)).toBe(true);
    expect(matchesCommand('undo', 'h', none)).toBe(false);
  });
});

describe('the footer and the help, mode by mode', () => {
  const footer = (mode: Mode) => footerItems(mode).map((i) => `${i.keys}: ${i.label} (${i.rank})`);

  it('lists each footer command once, in table order, with the rank that decides what drops first', () => {
    expect(footer('title')).toEqual(['↑↓ Enter: choose (2)', 'q: quit (1)', '?: help (0)']);
    expect(footer('menu')).toEqual(['↑↓ Enter: choose (2)', 'q/Esc: back (1)', '?: help (0)']);
    expect(footer('game')).toEqual([
      '↑↓ Enter: choose (2)',
      'PgUp/PgDn: scroll (4)',
      'u: undo (3)',
      'h: history (6)',
      'n: note (3)',
      't: table (4)',
      's: save (7)',
      'q: quit (1)',
      '?: help (0)',
    ]);
    expect(footer('ending')).toEqual([
      'PgUp/PgDn: scroll (4)',
      'u: undo (3)',
      'h: history (6)',
      't: table (4)',
      's: save (7)',
      'q: quit (1)',
      '?: help (0)',
    ]);
    expect(footer('overlay')).toEqual([
      'PgUp/PgDn: scroll (4)',
      'h: history (6)',
      'n: note (3)',
      't: table (4)',
      'Esc: close (0)',
      '?: help (0)',
    ]);
    expect(footer('confirm')).toEqual(['y: yes (0)', 'n: no (0)']);
    expect(footer('small')).toEqual([]);
    expect(footer('replay')).toEqual(['←/→ or j/k: step (0)', 'q: quit (0)', 'PgUp/PgDn: scroll (4)', '?: help (0)']);
  });

  it('drops the highest rank first, the later of equal ranks first, and always keeps one item', () => {
    const items = [
      { keys: 'a', label: 'one', rank: 1 },
      { keys: 'b', label: 'two', rank: 5 },
      { keys: 'c', label: 'three', rank: 5 },
      { keys: 'd', label: 'four', rank: 0 },
    ];
    const all = 'a: one · b: two · c: three · d: four';
    expect(footerLine(items, all.length)).toBe(all);
    expect(footerLine(items, all.length - 1)).toBe('a: one · b: two · d: four');
    expect(footerLine(items, 'a: one · b: two · d: four'.length - 1)).toBe('a: one · d: four');
    expect(footerLine(items, 'a: one · d: four'.length - 1)).toBe('d: four');
    expect(footerLine(items, 1)).toBe('d: four');
    expect(footerLine([], 10)).toBe('');
    expect(items).toHaveLength(4);
  });

  it('writes each mode’s help from the same table, every key of a command on one row', () => {
    const help = (mode: Mode) => helpRows(mode).map((r) => `${r.keys}: ${r.help}`);
    const interrupt = 'Ctrl+C: save and leave at once';
    const choose = [
      '↑: highlight the previous option',
      '↓: highlight the next option',
      'Enter: take the highlighted option',
      '1-9: take that option at once',
    ];
    const quit = 'q: quit (asks first while a game is on; it is saved either way)';
    const scroll = [
      'PgUp/b: scroll back a page (earlier passages)',
      'PgDn/Space: scroll forward a page',
      'Home/g: go to the first line',
      'End/G: go to the last line',
    ];
    const history = 'h: the decisions so far and what each cost';
    const note = 'n: the historical note for this passage';
    const table = 't: the negotiating table: every member, its stance, what it wants, what moved it';
    const save = 's: save now (the game also saves after every decision)';
    const undo = 'u: take back the last decision';
    const toggleHelp = '?: show or hide this help';
    expect(help('title')).toEqual([...choose, quit, 'Esc: quit', toggleHelp, interrupt]);
    expect(help('menu')).toEqual([...choose, 'q/Esc: go back', toggleHelp, interrupt]);
    expect(help('game')).toEqual([
      ...choose,
      'k: scroll up one line',
      'j: scroll down one line',
      ...scroll,
      undo,
      history,
      note,
      table,
      save,
      quit,
      toggleHelp,
      interrupt,
    ]);
    expect(help('ending')).toEqual([
      'k ↑: scroll up one line',
      'j ↓: scroll down one line',
      ...scroll,
      undo,
      history,
      table,
      save,
      quit,
      toggleHelp,
      interrupt,
    ]);
    expect(help('overlay')).toEqual([
      'k ↑: scroll up one line',
      'j ↓: scroll down one line',
      ...scroll,
      history,
      note,
      table,
      'Esc: close this panel',
      toggleHelp,
      interrupt,
    ]);
    expect(help('confirm')).toEqual(['y: yes', 'n: no, go back', interrupt]);
    expect(help('small')).toEqual([interrupt]);
    expect(help('replay')).toEqual([
      '→ j l: the next decision',
      '← k h: the decision before',
      'q Esc: leave the replay',
      ...scroll,
      toggleHelp,
      interrupt,
    ]);
  });

  it('marks as unavailable only what the game says cannot be used now', () => {
    const rows = helpRows('game', new Set(['notes', 'undo']));
    expect(rows.filter((r) => !r.available).map((r) => r.keys)).toEqual(['u', 'n']);
    expect(helpRows('game').every((r) => r.available)).toBe(true);
    expect(footerItems('game', new Set(['save'])).map((i) => i.label)).not.toContain('save');
    expect(footerItems('game', new Set(['save']))).toHaveLength(8);
  });

  it('finds undo unavailable when it is off or nothing was decided, and notes when the passage has none', () => {
    expect([...unavailableFor({ canUndo: true, passage: { notes: ['a note'] } })]).toEqual([]);
    expect([...unavailableFor({ canUndo: false, passage: { notes: ['a note'] } })]).toEqual(['undo']);
    expect([...unavailableFor({ canUndo: true, passage: { notes: [] } })]).toEqual(['notes']);
    // The table, only when the story has one (a story without bodies has no table to show).
    const notes = { notes: ['a note'] };
    expect([...unavailableFor({ canUndo: true, passage: notes, table: { bodies: [] } })]).toEqual(['table']);
    expect([...unavailableFor({ canUndo: true, passage: notes, table: { bodies: [{}] } })]).toEqual([]);
  });
});
