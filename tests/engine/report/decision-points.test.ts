/** Where players chose, and what (report/decision-points.ts). */
import { describe, expect, it } from 'vitest';
import { DecisionPointCounter } from '../../../src/engine/report/decision-points.js';
import type { DecisionSummary, GameSummary } from '../../../src/engine/report/summary.js';
import type { Role } from '../../../src/engine/session.js';
import { decision, summary } from './games.js';

/** A game of `role` whose decisions are `steps` (numbered in order). */
const played = (role: Role, steps: Partial<DecisionSummary>[], o: Parameters<typeof summary>[1] = {}) =>
  summary(role, { decisions: steps.map((s, i) => decision({ step: i + 1, ...s })), ...o });

function points(games: [GameSummary, number][], names = false) {
  const c = new DecisionPointCounter(names);
  for (const [g, order] of games) c.add(g, order);
  return c.result();
}

describe('decision points', () => {
  it('counts how often each option was taken, options never taken as 0, most taken first, ties by text', () => {
    const options = ['delay', 'accept', 'refuse', 'bargain'];
    const [p, ...rest] = points([
      [played('us', [{ text: 'refuse', options }]), 0],
      [played('us', [{ text: 'accept', options }]), 1],
      [played('us', [{ text: 'refuse', options }]), 2],
      [played('us', [{ text: 'bargain', options }]), 3],
    ]);
    expect(rest).toEqual([]);
    expect(p).toEqual({
      scenario: 'full',
      position: 'knot.0',
      prompt: 'What now?',
      roles: ['us'],
      turn: 1,
      month: null,
      reached: 4,
      logs: 4,
      options: [
        { text: 'refuse', chosen: 2, share: 50, reasons: [] },
        { text: 'accept', chosen: 1, share: 25, reasons: [] },
        { text: 'bargain', chosen: 1, share: 25, reasons: [] },
        { text: 'delay', chosen: 0, share: 0, reasons: [] },
      ],
    });
  });

  it('counts a game that comes back to a point once among the logs, every time among the choices', () => {
    const p = points([
      [played('nato', [{ position: 'other.0' }]), 0],
      [played('nato', [{ text: 'stay' }, { text: 'go' }, { text: 'stay' }]), 1],
      [played('nato', [{ text: 'go' }]), 2],
    ]).find((x) => x.position === 'knot.0');
    expect([p?.position, p?.reached, p?.logs, p?.options.map((o) => [o.text, o.chosen, o.share])]).toEqual([
      'knot.0',
      4,
      2,
      [
        ['go', 2, 50],
        ['stay', 2, 50],
      ],
    ]);
  });

  it('gives the turn and month most games were in, the earlier turn on a tie, then the first met', () => {
    const at = (turn: number, month: string | null) => played('us', [{ turn, month }]);
    const when = (games: [GameSummary, number][]) => points(games).map((p) => [p.turn, p.month]);
    expect(
      when([
        [at(3, '2003-11'), 0],
        [at(2, '2003-10'), 1],
        [at(3, '2003-11'), 2],
      ]),
    ).toEqual([[3, '2003-11']]);
    expect(
      when([
        [at(3, '2003-11'), 0],
        [at(2, '2003-10'), 1],
      ]),
    ).toEqual([[2, '2003-10']]);
    // One turn in two months (a shorter scenario's calendar): the month first met in the report's order.
    expect(
      when([
        [at(2, '2003-12'), 1],
        [at(2, '2003-10'), 0],
      ]),
    ).toEqual([[2, '2003-10']]);
    expect(
      when([
        [at(2, null), 1],
        [at(2, '2003-10'), 0],
        [at(2, null), 2],
      ]),
    ).toEqual([[2, null]]);
  });

  it('asks the question most players were asked; on a tie, the one met first in the report’s order', () => {
    const asked = (prompt: string) => played('us', [{ prompt }]);
    const prompt = (games: [GameSummary, number][]) => points(games)[0]?.prompt;
    expect(
      prompt([
        [asked('Old?'), 0],
        [asked('New?'), 1],
        [asked('New?'), 2],
      ]),
    ).toBe('New?');
    expect(
      prompt([
        [asked('Later?'), 3],
        [asked('Sooner?'), 1],
      ]),
    ).toBe('Sooner?');
    expect(
      prompt([
        [asked('Sooner?'), 1],
        [asked('Later?'), 3],
      ]),
    ).toBe('Sooner?');
  });

  it('lists every reason under its option in the report’s order, and who chose what only with names', () => {
    const games: [GameSummary, number][] = [
      [played('us', [{ text: 'go', reason: 'Third.' }], { player: 'Cy', file: 'c' }), 2],
      [
        played(
          'us',
          [
            { text: 'go', reason: 'First.' },
            { text: 'go', reason: 'Again.' },
          ],
          { player: 'Al', file: 'a' },
        ),
        0,
      ],
      [played('us', [{ text: 'go' }], { player: 'Bo', file: 'b' }), 1],
      [played('us', [{ text: 'stay' }], { player: null, file: 'd' }), 3],
    ];
    const [plain] = points(games);
    expect(plain?.options).toEqual([
      {
        text: 'go',
        chosen: 4,
        share: 80,
        reasons: [
          { player: 'Al', file: 'a', reason: 'First.' },
          { player: 'Al', file: 'a', reason: 'Again.' },
          { player: 'Cy', file: 'c', reason: 'Third.' },
        ],
      },
      { text: 'stay', chosen: 1, share: 20, reasons: [] },
    ]);
    const [named] = points(games, true);
    expect(named?.options.map((o) => o.players)).toEqual([['Al', 'Al', 'Bo', 'Cy'], [null]]);
  });

  it('names the desks whose games passed a point, the US desk first', () => {
    const [p] = points([
      [played('nato', [{}]), 0],
      [played('us', [{}]), 1],
    ]);
    expect(p?.roles).toEqual(['us', 'nato']);
  });

  it('orders points by scenario, then the US desk’s, NATO’s and shared ones, each by turn', () => {
    const list = points([
      [played('us', [{ position: 'short-us', turn: 1 }], { scenario: 'short' }), 0],
      [played('nato', [{ position: 'shared', turn: 1 }]), 1],
      [played('us', [{ position: 'shared', turn: 1 }]), 2],
      [played('nato', [{ position: 'nato-late', turn: 3 }]), 3],
      [played('nato', [{ position: 'nato-early', turn: 2 }]), 4],
      [played('us', [{ position: 'us-late', turn: 5 }]), 5],
      [played('us', [{ position: 'us-early', turn: 1 }]), 6],
    ]);
    expect(list.map((p) => `${p.scenario}/${p.position}`)).toEqual([
      'full/us-early',
      'full/us-late',
      'full/nato-early',
      'full/nato-late',
      'full/shared',
      'short/short-us',
    ]);
  });

  it('puts points of one turn in the order players met them on average, then by name', () => {
    const list = points([
      // Met at decisions: a 1 and 3 (mean 2), c 2, x 3, 4 and 1 (mean 2.67), b 2 and 4 (mean 3), d 5.
      [
        played('us', [{ position: 'a' }, { position: 'b' }, { position: 'x' }, { position: 'x' }, { position: 'd' }]),
        0,
      ],
      [played('us', [{ position: 'x' }, { position: 'c' }, { position: 'a' }, { position: 'b' }]), 1],
    ]);
    expect(list.map((p) => p.position)).toEqual(['a', 'c', 'x', 'b', 'd']);
  });

  it('keeps the same passage in two scenarios apart', () => {
    const list = points([
      [played('us', [{ turn: 4 }], { scenario: 'short' }), 0],
      [played('us', [{ turn: 9 }]), 1],
    ]);
    expect(list.map((p) => [p.scenario, p.turn, p.reached])).toEqual([
      ['full', 9, 1],
      ['short', 4, 1],
    ]);
  });
});
