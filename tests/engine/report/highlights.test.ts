/** The fastest collapse, the best outcome and the costliest choice (report/highlights.ts). */
import { describe, expect, it } from 'vitest';
import {
  BEST_OUTCOME_RULE,
  COSTLIEST_RULE,
  FASTEST_COLLAPSE_RULE,
  gameRef,
  HighlightFinder,
} from '../../../src/engine/report/highlights.js';
import type { GameSummary } from '../../../src/engine/report/summary.js';
import { decision, ending, type SummaryOptions, summary } from './games.js';

const highlights = (games: GameSummary[]) => {
  const h = new HighlightFinder();
  for (const g of games) h.add(g);
  return h.result();
};
const meters = (capital: number, usTroops = 130, alliedTroops = 20) => ({ capital, usTroops, alliedTroops });
const decisions = (n: number) => Array.from({ length: n }, (_, i) => decision({ step: i + 1 }));
const costly = (capital: number, turn: number, step: number) => ({
  step,
  turn,
  month: null,
  choice: `c${step}`,
  capital,
});

describe('highlights', () => {
  it('states the rules the report prints, in the order the games are compared', () => {
    expect(BEST_OUTCOME_RULE).toBe(
      "Best outcome: a finished game that did not collapse and met the most of its desk's brief; " +
        "ties go to the most left on the desk's capital meter, then fewer US troops, then more allied troops, then fewer decisions. " +
        'The endings themselves are not ranked.',
    );
    expect(FASTEST_COLLAPSE_RULE).toBe(
      'Fastest collapse: the game that ran out of capital or troops in the fewest decisions; ' +
        'ties go to the earlier turn, then the lower capital.',
    );
    expect(COSTLIEST_RULE).toBe(
      'Costliest choice: the single decision whose own choice cost its desk the most capital, ' +
        'events and monthly upkeep left out (the ledger); ties go to the earlier turn.',
    );
  });

  it('describes a game by its file, player, desk, ending, decisions, last turn, meters and brief', () => {
    const g = summary('nato', {
      file: 'f.json',
      player: 'Ann',
      seed: 4,
      ending: ending('e', 'E', ['h'], ['q']),
      decisions: decisions(2),
      turn: 3,
      final: meters(44, 120, 15),
      scorecard: [
        { label: 'a', met: true },
        { label: 'b', met: false },
      ],
    });
    expect(gameRef(g)).toEqual({
      file: 'f.json',
      player: 'Ann',
      role: 'nato',
      scenario: 'full',
      seed: 4,
      ending: { id: 'e', title: 'E' },
      collapse: null,
      decisions: 2,
      turn: 3,
      meters: meters(44, 120, 15),
      brief: { met: 1, of: 2 },
    });
    expect(gameRef(summary('us')).ending).toBeNull();
  });

  it('picks the best outcome by the brief, then capital, fewer US troops, more allied troops, fewer decisions', () => {
    const best = (games: GameSummary[]) => highlights(games)[0]?.bestOutcome?.file;
    const met = (n: number) => Array.from({ length: 2 }, (_, i) => ({ label: `l${i}`, met: i < n }));
    const g = (file: string, o: SummaryOptions) => summary('us', { file, ...o });
    expect(
      best([g('a', { scorecard: met(1), final: meters(90) }), g('b', { scorecard: met(2), final: meters(10) })]),
    ).toBe('b');
    expect(best([g('a', { final: meters(40) }), g('b', { final: meters(41) })])).toBe('b');
    expect(best([g('a', { final: meters(40, 140) }), g('b', { final: meters(40, 139) })])).toBe('b');
    expect(best([g('a', { final: meters(40, 140, 10) }), g('b', { final: meters(40, 140, 11) })])).toBe('b');
    expect(best([g('a', { decisions: decisions(3) }), g('b', { decisions: decisions(2) })])).toBe('b');
    expect(best([g('b', {}), g('a', {})])).toBe('a');
  });

  it('counts only finished games that did not collapse for the best outcome', () => {
    const [h] = highlights([
      summary('us', { file: 'playing', finished: false, final: meters(99) }),
      summary('us', { file: 'collapsed', collapse: 'burden', final: meters(98) }),
      summary('us', { file: 'done', final: meters(10) }),
    ]);
    expect(h?.bestOutcome?.file).toBe('done');
    expect(h?.fastestCollapse?.file).toBe('collapsed');
    expect(highlights([summary('us', { finished: false })])[0]?.bestOutcome).toBeNull();
  });

  it('picks the fastest collapse by decisions, then the earlier turn, then the lower capital', () => {
    const fastest = (games: GameSummary[]) => highlights(games)[0]?.fastestCollapse?.file;
    const g = (file: string, o: SummaryOptions) => summary('us', { file, collapse: 'capital', ...o });
    expect(fastest([g('a', { decisions: decisions(3) }), g('b', { decisions: decisions(2) })])).toBe('b');
    expect(fastest([g('a', { turn: 5 }), g('b', { turn: 4 })])).toBe('b');
    expect(fastest([g('a', { final: meters(5) }), g('b', { final: meters(4) })])).toBe('b');
    expect(fastest([g('b', {}), g('a', {})])).toBe('a');
  });

  it('picks the costliest choice by capital, then the earlier turn, then the file, then the step', () => {
    const costliest = (games: GameSummary[]) => {
      const c = highlights(games)[0]?.costliest;
      return c && [c.game.file, c.step, c.capital];
    };
    const g = (file: string, c: ReturnType<typeof costly>) => summary('us', { file, costliest: c });
    expect(costliest([g('a', costly(-3, 1, 1)), g('b', costly(-5, 2, 2))])).toEqual(['b', 2, -5]);
    expect(costliest([g('a', costly(-5, 3, 1)), g('b', costly(-5, 2, 2))])).toEqual(['b', 2, -5]);
    expect(costliest([g('b', costly(-5, 2, 1)), g('a', costly(-5, 2, 2))])).toEqual(['a', 2, -5]);
    expect(costliest([g('a', costly(-5, 2, 3)), g('a', costly(-5, 2, 2))])).toEqual(['a', 2, -5]);
    expect(highlights([summary('us')])[0]?.costliest).toBeNull();
  });

  it('quotes the costliest choice with its game, turn, month and words', () => {
    const g = summary('nato', {
      file: 'x',
      costliest: { step: 4, turn: 2, month: '2003-10', choice: 'Pay', capital: -7 },
    });
    expect(highlights([g])[0]?.costliest).toEqual({
      game: gameRef(g),
      step: 4,
      turn: 2,
      month: '2003-10',
      choice: 'Pay',
      capital: -7,
    });
  });

  it('keeps the first of two games that tie on every rule', () => {
    const a = summary('us', { file: 'same', player: 'first', collapse: 'capital', costliest: costly(-2, 1, 1) });
    const b = summary('us', { file: 'same', player: 'second', collapse: 'capital', costliest: costly(-2, 1, 1) });
    const c = summary('us', { file: 'same', player: 'first' });
    const d = summary('us', { file: 'same', player: 'second' });
    const [h] = highlights([a, b, c, d]);
    expect([h?.fastestCollapse?.player, h?.costliest?.game.player, h?.bestOutcome?.player]).toEqual([
      'first',
      'first',
      'first',
    ]);
  });

  it('gives each desk of each scenario its own, scenarios in order, the US desk first', () => {
    const list = highlights([
      summary('nato', { scenario: 'short' }),
      summary('nato'),
      summary('us', { scenario: 'short' }),
      summary('us'),
    ]);
    expect(list.map((h) => [h.scenario, h.role])).toEqual([
      ['full', 'us'],
      ['full', 'nato'],
      ['short', 'us'],
      ['short', 'nato'],
    ]);
  });
});
