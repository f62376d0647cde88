/** How many logs per desk and scenario, and how the games ended (report/counts.ts). */
import { describe, expect, it } from 'vitest';
import {
  EndingCounter,
  endingKey,
  RoleScenarioCounter,
  UNFINISHED_TITLE,
  UNTAGGED_TITLE,
} from '../../../src/engine/report/counts.js';
import type { GameSummary } from '../../../src/engine/report/summary.js';
import { ending, summary } from './games.js';

/** Each game added with its place in the report's order. */
function count<T extends { add(g: GameSummary, order: number): void }>(counter: T, games: [GameSummary, number][]): T {
  for (const [g, order] of games) counter.add(g, order);
  return counter;
}

describe('logs per desk and scenario', () => {
  it('counts each desk of each scenario apart, scenarios in order, the US desk before NATO', () => {
    const rows = count(new RoleScenarioCounter(), [
      [summary('nato', { scenario: 'short' }), 0],
      [summary('nato', { scenario: 'full' }), 1],
      [summary('us', { scenario: 'short' }), 2],
      [summary('nato', { scenario: 'full' }), 3],
      [summary('us', { scenario: 'full' }), 4],
    ]).result();
    expect(rows).toEqual([
      { role: 'us', scenario: 'full', scenarioTitle: 'Title of full', logs: 1 },
      { role: 'nato', scenario: 'full', scenarioTitle: 'Title of full', logs: 2 },
      { role: 'us', scenario: 'short', scenarioTitle: 'Title of short', logs: 1 },
      { role: 'nato', scenario: 'short', scenarioTitle: 'Title of short', logs: 1 },
    ]);
    expect(new RoleScenarioCounter().result()).toEqual([]);
  });

  it('names a scenario as the first game in the report’s order does, whatever order they come in', () => {
    const rows = count(new RoleScenarioCounter(), [
      [summary('us', { scenarioTitle: 'Third' }), 2],
      [summary('us', { scenarioTitle: 'First' }), 0],
      [summary('us', { scenarioTitle: 'Second' }), 1],
    ]).result();
    expect(rows).toEqual([{ role: 'us', scenario: 'full', scenarioTitle: 'First', logs: 3 }]);
  });
});

describe('endings', () => {
  it('keys a game by its ending id, "" for an end without a tag and null while unfinished', () => {
    expect(endingKey(summary('us', { ending: ending('us-a') }))).toBe('us-a');
    expect(endingKey(summary('us'))).toBe('');
    expect(endingKey(summary('us', { finished: false }))).toBeNull();
  });

  it('counts each ending by desk and by collapse', () => {
    const rows = count(new EndingCounter(), [
      [summary('nato', { ending: ending('split') }), 0],
      [summary('nato', { ending: ending('split'), collapse: 'capital' }), 1],
      [summary('us', { ending: ending('split') }), 2],
      [summary('nato', { ending: ending('deal') }), 3],
    ]).result();
    expect(rows).toEqual([
      { title: 'Title of split', ids: ['split'], finished: true, logs: 3, byRole: { us: 1, nato: 2 }, collapses: 1 },
      { title: 'Title of deal', ids: ['deal'], finished: true, logs: 1, byRole: { us: 0, nato: 1 }, collapses: 0 },
    ]);
  });

  it('puts the most common first, ties by title, and unfinished games last whatever their number', () => {
    const playing = () => summary('us', { finished: false });
    const rows = count(new EndingCounter(), [
      [playing(), 0],
      [playing(), 1],
      [playing(), 2],
      [summary('us', { ending: ending('b') }), 3],
      [summary('nato'), 4],
      [summary('us', { ending: ending('a') }), 5],
      [summary('us', { ending: ending('c') }), 6],
      [summary('us', { ending: ending('c') }), 7],
    ]).result();
    expect(rows.map((r) => [r.title, r.ids, r.finished, r.logs])).toEqual([
      ['Title of c', ['c'], true, 2],
      [UNTAGGED_TITLE, [''], true, 1],
      ['Title of a', ['a'], true, 1],
      ['Title of b', ['b'], true, 1],
      [UNFINISHED_TITLE, [], false, 3],
    ]);
    expect([UNFINISHED_TITLE, UNTAGGED_TITLE]).toEqual(['(not finished)', '(story ended without an ending tag)']);
  });

  it('keeps an ending titled "(not finished)" apart from the games still going', () => {
    const rows = count(new EndingCounter(), [
      [summary('us', { ending: ending('odd', UNFINISHED_TITLE) }), 0],
      [summary('us', { finished: false }), 1],
    ]).result();
    expect(rows.map((r) => [r.title, r.ids, r.finished, r.logs])).toEqual([
      [UNFINISHED_TITLE, ['odd'], true, 1],
      [UNFINISHED_TITLE, [], false, 1],
    ]);
  });

  it('lists the words of each ending reached, by desk, then by how many reached it, then by id', () => {
    const texts = count(new EndingCounter(), [
      [summary('nato', { ending: ending('n-one', 'One', ['n1'], ['q1']) }), 0],
      [summary('us', { ending: ending('u-b', 'B', ['b'], []) }), 1],
      [summary('us', { ending: ending('u-a', 'A', ['a'], []) }), 2],
      [summary('us', { ending: ending('u-c', 'C', ['c'], ['qc']) }), 3],
      [summary('us', { ending: ending('u-c', 'C', ['c'], ['qc']) }), 4],
      [summary('us'), 5],
    ]).endingTexts();
    expect(texts).toEqual([
      { id: 'u-c', title: 'C', role: 'us', logs: 2, history: ['c'], questions: ['qc'] },
      { id: 'u-a', title: 'A', role: 'us', logs: 1, history: ['a'], questions: [] },
      { id: 'u-b', title: 'B', role: 'us', logs: 1, history: ['b'], questions: [] },
      { id: 'n-one', title: 'One', role: 'nato', logs: 1, history: ['n1'], questions: ['q1'] },
    ]);
  });

  it('quotes an ending’s words from the first game in the report’s order, whatever order they come in', () => {
    const texts = count(new EndingCounter(), [
      [summary('us', { ending: ending('e', 'Late title', ['late'], ['late?']) }), 5],
      [summary('us', { ending: ending('e', 'Early title', ['early'], ['early?']) }), 1],
      [summary('us', { ending: ending('e', 'Middle title', ['middle'], ['middle?']) }), 3],
    ]).endingTexts();
    expect(texts).toEqual([
      { id: 'e', title: 'Early title', role: 'us', logs: 3, history: ['early'], questions: ['early?'] },
    ]);
  });
});
