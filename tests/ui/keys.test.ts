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
import { keyPress as key, NO_FLAGS as none } from './helpers/key-press.js';

describe('the key table', () => {
  it('gives each key its command in a mode', () => {
    expect(resolveKey('u', none, 'game')?.command).toBe('undo');
    expect(resolveKey('h', none, 'game')?.command).toBe('history');
    expect(resolveKey('n', none, 'game')?.command).toBe('notes');
    expect(resolveKey('s', none, 'game')?.command).toBe('save');
    expect(resolveKey('q', none, 'game')?.command).toBe('quit');
    expect(resolveKey('', key({ escape: true }), 'game')?.command).toBe('quit');
    expect(resolveKey('t', none, 'game')?.command).toBe('table');
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
    // While reading, Enter and Space read on and the arrows scroll; with the options in view
    // Enter takes one and the arrows move the highlight (on the ending, through its menu).
    expect(resolveKey('', key({ return: true }), 'reading')?.command).toBe('readOn');
    expect(resolveKey(' ', none, 'reading')?.command).toBe('readOn');
    expect(resolveKey('', key({ upArrow: true }), 'reading')?.command).toBe('lineUp');
    expect(resolveKey('', key({ downArrow: true }), 'reading')?.command).toBe('lineDown');
    expect(resolveKey('', key({ return: true }), 'game')?.command).toBe('choose');
    expect(resolveKey('', key({ upArrow: true }), 'ending')?.command).toBe('prev');
    expect(resolveKey('', key({ upArrow: true }), 'overlay')?.command).toBe('lineUp');
    expect(resolveKey('', key({ upArrow: true }), 'replay')?.command).toBe('lineUp');
    expect(resolveKey('q', none, 'overlay')?.command).toBe('close');
    expect(resolveKey('n', none, 'confirm')?.command).toBe('no');
    expect(resolveKey('y', none, 'confirm')?.command).toBe('yes');
    expect(resolveKey('q', none, 'menu')?.command).toBe('back');
    expect(resolveKey('u', none, 'menu')).toBeNull();
  });

  it('reads a digit while reading as the option to highlight', () => {
    expect(resolveKey('2', none, 'reading')).toMatchObject({ command: 'pick', index: 1 });
    expect(BINDINGS.find((b) => b.command === 'pick')?.help).toContain('while reading, highlight it');
  });

  it('goes back one level with Esc and q everywhere', () => {
    const esc = key({ escape: true });
    for (const [mode, command] of [
      ['title', 'quit'],
      ['menu', 'back'],
      ['game', 'quit'],
      ['reading', 'quit'],
      ['ending', 'back'],
      ['overlay', 'close'],
      ['replay', 'back'],
    ] as const) {
      expect(resolveKey('q', none, mode)?.command, `q in ${mode}`).toBe(command);
      expect(resolveKey('', esc, mode)?.command, `Esc in ${mode}`).toBe(command);
    }
  });

  it('scrolls with the same keys on every screen with text, and steps the replay with ←/→', () => {
    for (const mode of ['game', 'reading', 'ending', 'overlay', 'replay'] as const) {
      expect(resolveKey('j', none, mode)?.command, mode).toBe('lineDown');
      expect(resolveKey('k', none, mode)?.command, mode).toBe('lineUp');
      expect(resolveKey('', key({ pageDown: true }), mode)?.command, mode).toBe('pageDown');
      expect(resolveKey('', key({ pageUp: true }), mode)?.command, mode).toBe('pageUp');
      expect(resolveKey('g', none, mode)?.command, mode).toBe('top');
      expect(resolveKey('G', none, mode)?.command, mode).toBe('bottom');
      expect(resolveKey('?', none, mode)?.command, mode).toBe('help');
    }
    expect(resolveKey('', key({ rightArrow: true }), 'replay')?.command).toBe('stepOn');
    expect(resolveKey('', key({ leftArrow: true }), 'replay')?.command).toBe('stepBack');
    for (const mode of ['game', 'reading', 'ending', 'overlay'] as const) {
      expect(resolveKey('h', none, mode)?.command, mode).toBe('history');
      expect(resolveKey('t', none, mode)?.command, mode).toBe('table');
    }
  });

  it('knows Ctrl+C everywhere', () => {
    // EXPECTED (below) names every mode: the type makes it list them all.
    const modes = Object.keys(EXPECTED) as Mode[];
    expect(modes).toContain('memo');
    for (const mode of modes) {
      expect(resolveKey('c', key({ ctrl: true }), mode)?.command, mode).toBe('interrupt');
    }
  });

  it('builds the footer from the table and leaves out what is unavailable', () => {
    const all = footerItems('game').map((i) => i.label);
    expect(all).toEqual(expect.arrayContaining(['choose', 'undo', 'history', 'note', 'table', 'save', 'quit', 'help']));
    const some = footerItems('game', unavailableFor({ canUndo: false, passage: { notes: [] } })).map((i) => i.label);
    expect(some).not.toContain('undo');
    expect(some).not.toContain('note');
    expect(some).toContain('history');
  });

  it('fits the footer to the width, keeping what takes an option and quit; h and s at 80 columns', () => {
    for (const mode of ['game', 'reading'] as const) {
      const items = footerItems(mode);
      const line = footerLine(items, 40);
      expect(line.length).toBeLessThanOrEqual(40);
      expect(line).toContain(mode === 'game' ? 'Enter: choose' : 'Enter: read on');
      expect(line).toContain('Esc/q: quit');
      // 80 columns leave 78 for the footer (? help sits in the header at every width).
      const at80 = footerLine(items, 78);
      expect(at80.length).toBeLessThanOrEqual(78);
      expect(at80).toContain('h: history');
      expect(at80).toContain('s: save');
      expect(at80).toContain('t: table');
      const wide = footerLine(items, 200);
      expect(wide).toContain('u: undo');
      expect(wide).toContain('?: help');
    }
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
for (const c of 'uhnstwq?jklbgGyYNQ1590c') KEYS[c] = [c, {}];

/**
 * What each key does in each mode, written out: `key=command`, every key not listed does
 * nothing. Ctrl with a letter is never that letter's command; Ctrl+C is an interrupt everywhere.
 */
const EXPECTED: Record<Mode, string> = {
  title: '1=pick 5=pick 9=pick up=prev down=next enter=choose esc=quit ctrl+c=interrupt q=quit ?=help',
  menu: '1=pick 5=pick 9=pick up=prev down=next enter=choose esc=back ctrl+c=interrupt q=back ?=help',
  game: '1=pick 5=pick 9=pick up=prev down=next pgup=pageUp pgdn=pageDown home=top end=bottom enter=choose esc=quit space=pageDown ctrl+c=interrupt u=undo h=history n=notes s=save t=table w=glossary q=quit ?=help j=lineDown k=lineUp b=pageUp g=top G=bottom',
  reading:
    '1=pick 5=pick 9=pick up=lineUp down=lineDown pgup=pageUp pgdn=pageDown home=top end=bottom enter=readOn esc=quit space=readOn ctrl+c=interrupt u=undo h=history n=notes s=save t=table w=glossary q=quit ?=help j=lineDown k=lineUp b=pageUp g=top G=bottom',
  ending:
    '1=pick 5=pick 9=pick up=prev down=next pgup=pageUp pgdn=pageDown home=top end=bottom enter=choose esc=back space=pageDown ctrl+c=interrupt u=undo h=history s=save t=table w=glossary q=back ?=help j=lineDown k=lineUp b=pageUp g=top G=bottom',
  overlay:
    'up=lineUp down=lineDown pgup=pageUp pgdn=pageDown home=top end=bottom esc=close space=pageDown ctrl+c=interrupt h=history n=notes t=table w=glossary q=close ?=help j=lineDown k=lineUp b=pageUp g=top G=bottom',
  confirm: 'enter=yes esc=no ctrl+c=interrupt n=no q=yes y=yes Y=yes N=no',
  small: 'ctrl+c=interrupt',
  replay:
    'up=lineUp down=lineDown left=stepBack right=stepOn pgup=pageUp pgdn=pageDown home=top end=bottom esc=back space=pageDown ctrl+c=interrupt q=back ?=help j=lineDown k=lineUp b=pageUp g=top G=bottom',
  memo: 'enter=choose esc=back ctrl+c=interrupt',
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
    expect(footer('title')).toEqual(['Enter: choose (0)', 'Esc/q: quit (0)', '?: help (4)']);
    expect(footer('menu')).toEqual(['Enter: choose (0)', 'Esc/q: back (0)', '?: help (4)']);
    expect(footer('game')).toEqual([
      'Enter: choose (0)',
      'u: undo (3)',
      'n: note (3)',
      't: table (2)',
      'w: words (4)',
      'h: history (1)',
      's: save (1)',
      'Esc/q: quit (0)',
      '?: help (4)',
    ]);
    expect(footer('reading')).toEqual([
      'Enter: read on (0)',
      'u: undo (3)',
      'n: note (3)',
      't: table (2)',
      'w: words (4)',
      'h: history (1)',
      's: save (1)',
      'Esc/q: quit (0)',
      '?: help (4)',
    ]);
    expect(footer('ending')).toEqual([
      'Enter: choose (0)',
      'u: undo (3)',
      't: table (2)',
      'w: words (4)',
      'h: history (1)',
      's: save (1)',
      'Esc/q: back (0)',
      '?: help (4)',
    ]);
    expect(footer('overlay')).toEqual([
      'n: note (3)',
      't: table (2)',
      'w: words (4)',
      'h: history (1)',
      'Esc/q: close (0)',
      '?: help (4)',
    ]);
    expect(footer('confirm')).toEqual(['y: yes (0)', 'n: no (0)']);
    expect(footer('small')).toEqual([]);
    expect(footer('replay')).toEqual(['←/→: step (0)', 'Esc/q: back (0)', '?: help (4)']);
    expect(footer('memo')).toEqual(['Enter: decide (0)', 'Esc: back to the options (1)']);
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

  // Rows the help of several modes shares, in the table's order.
  const PICK = '1-9: take that option at once (while reading, highlight it)';
  const CHOOSING = [
    '↑: highlight the previous option',
    '↓: highlight the next option',
    'Enter: take the highlighted option',
    PICK,
  ];
  const PAGES = [
    'PgUp/b: scroll back a page (earlier passages)',
    'PgDn/Space: scroll forward a page',
    'Home/g: go to the first line',
    'End/G: go to the last line',
  ];
  const PANELS = [
    't: the state of play: the three conditions, the tracks, and the table (every member, its stance, what it wants, what moved it)',
    'w: the glossary: every acronym and office in the story, explained (CPA, NAC, veto…)',
    'h: the decisions so far and what each cost',
  ];
  const LAST = ['?: show or hide this help', 'Ctrl+C: save and leave at once'];

  it('writes each mode’s help from the same table, every key of a command on one row', () => {
    const help = (mode: Mode) => helpRows(mode).map((r) => `${r.keys}: ${r.help}`);
    expect(help('title')).toEqual([
      ...CHOOSING,
      'Esc/q: quit (asks first while a game is on; it is saved either way)',
      ...LAST,
    ]);
    expect(help('menu')).toEqual([...CHOOSING, 'Esc/q: go back', ...LAST]);
    expect(help('game')).toEqual([
      ...CHOOSING,
      'k: scroll up one line',
      'j: scroll down one line',
      ...PAGES,
      'u: take back the last decision',
      'n: the historical note for this passage',
      ...PANELS,
      's: save now (the game also saves after every decision)',
      'Esc/q: quit (asks first while a game is on; it is saved either way)',
      ...LAST,
    ]);
    expect(help('reading')).toEqual([
      'Enter/Space: read on: the options come at the end of the passage',
      PICK,
      'k ↑: scroll up one line',
      'j ↓: scroll down one line',
      ...PAGES,
      'u: take back the last decision',
      'n: the historical note for this passage',
      ...PANELS,
      's: save now (the game also saves after every decision)',
      'Esc/q: quit (asks first while a game is on; it is saved either way)',
      ...LAST,
    ]);
    expect(help('ending')).toEqual([
      ...CHOOSING,
      'k: scroll up one line',
      'j: scroll down one line',
      ...PAGES,
      'u: take back the last decision',
      ...PANELS,
      's: save now (the game also saves after every decision)',
      'Esc/q: go back',
      ...LAST,
    ]);
    expect(help('overlay')).toEqual([
      'k ↑: scroll up one line',
      'j ↓: scroll down one line',
      ...PAGES,
      'n: the historical note for this passage',
      ...PANELS,
      'Esc/q: close this panel',
      ...LAST,
    ]);
    expect(help('confirm')).toEqual(['y: yes', 'n: no, go back', 'Ctrl+C: save and leave at once']);
    expect(help('small')).toEqual(['Ctrl+C: save and leave at once']);
    expect(help('replay')).toEqual([
      '→: the next decision',
      '←: the decision before',
      'k ↑: scroll up one line',
      'j ↓: scroll down one line',
      ...PAGES,
      'Esc/q: go back',
      ...LAST,
    ]);
    expect(help('memo')).toEqual([
      'Enter: take the option, with the reason written',
      'Esc: put the option back: nothing is decided yet',
      'Ctrl+C: save and leave at once',
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
    // t is never unavailable: the state of play (conditions, tracks) is there without a table too.
    expect([...unavailableFor({ canUndo: false, passage: { notes: [] } })]).not.toContain('table');
  });
});
