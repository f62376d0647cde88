/**
 * The table in a real terminal (tests/engine/fixtures/table.ink): the count at a glance in the
 * status panel, the ledger under the option taken, and the full table in the state of play on `t`.
 */
import { describe, expect, it } from 'vitest';
import { KEYS, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

function open(cols = 100, rows = 34) {
  return openTerminal({
    args: ['play', '--story', 'tests/engine/fixtures/table.ink', '--role', 'us', '--seed', '3'],
    home: tempHome(),
    cols,
    rows,
  });
}

describe('the table on screen', () => {
  it('shows the count at a glance, the ledger after a decision, and the whole table on t', async () => {
    const t = open();
    await t.waitFor('The table (t)', { what: 'the table in the status panel' });
    expect(t.screen()).toContain('Security Council: 8 yes ·');
    expect(t.screen()).toContain('2 abstain · 0 no · no veto');
    t.press('1');
    const screen = await t.waitFor('January 2004. Training is on the table.', { what: 'the second month' });
    // The ledger sits under the option taken: each meter's change with its cause, then moves
    // and votes; once. The choice's consequences follow, all under the month it was made in.
    expect(screen.split('= capital -4 (upkeep) -2 (bomb) · UN resolution: none → drafting →')).toHaveLength(2);
    const order = [
      '▸ Vote now.',
      '= capital -4',
      'The draft is tabled.',
      'A bomb goes off.',
      '── Turn 2 · January 2004 ──',
      'January 2004. Training is on the table.',
    ].map((text) => screen.indexOf(text));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(screen).toContain('Bravo would block training');
    t.press('t');
    const overlay = await t.waitFor('State of play · January 2004', { what: 'the state of play overlay' });
    expect(overlay).toContain('The negotiations');
    let table = overlay;
    for (let page = 0; page < 6 && !table.includes('• Bravo'); page++) {
      const before = table;
      t.press(KEYS.pageDown);
      table = await t.waitFor((s) => s !== before, { what: `page ${page + 2} of the state of play` });
    }
    expect(table).toContain('• Bravo: -2 · would block training mission');
    expect(table).toContain('moved: -1 bomb');
    t.press(KEYS.escape);
    await t.waitFor((s) => !s.includes('State of play · January 2004'), { what: 'the overlay closed' });
  });

  it('puts the count before the vote in the story itself at 80×24, where the panel has no room', async () => {
    const t = open(80, 24);
    const screen = await t.waitFor('▤ Security Council: 8 yes', { what: 'the count before the vote' });
    expect(screen.indexOf('▤ Security Council')).toBeLessThan(screen.indexOf('1) Vote now.'));
    expect(screen).toContain('t: table');
  });

  it('measures the brief on the ending screen', async () => {
    const t = open(100, 34);
    await t.waitFor('1) Vote now.', { what: 'the first decision' });
    t.press('1');
    await t.waitFor('1) Propose training.', { what: 'the second decision' });
    t.press('1');
    const screen = await t.waitFor('Your brief, measured', { what: 'the scorecard' });
    expect(screen).toContain('✗ US troops below the start: 146,000 → 146,000');
    expect(screen).toContain('✗ No member had to block: Bravo blocked');
  });
});
