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
