import { describe, expect, it } from 'vitest';
import {
  BINDINGS,
  footerItems,
  footerLine,
  helpRows,
  type KeyPress,
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
    for (const mode of [
      'title',
      'menu',
      'game',
      'reading',
      'ending',
      'overlay',
      'confirm',
      'small',
      'replay',
    ] as const) {
      expect(resolveKey('c', key({ ctrl: true }), mode)?.command).toBe('interrupt');
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
