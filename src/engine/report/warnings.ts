/**
 * What a teacher must know before comparing the games on a page: logs of different scenarios
 * (their charts, choices and highlights are shown apart), different seeds within a scenario
 * (students met different events, so their choices answer different situations), and games
 * that are not finished. Each warning is one sentence, printed first in every format.
 */
import { sanitize } from '../sanitize.js';
import type { GameSummary } from './summary.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class WarningCollector {
  /** Games per scenario, and per seed within it. */
  private readonly scenarios = new Map<string, { games: number; seeds: Map<number, number> }>();
  /** Who has not finished, with each game's place in the report's order (games come in any order). */
  private readonly unfinished: { order: number; name: string }[] = [];

  add(game: GameSummary, order: number): void {
    let s = this.scenarios.get(game.scenario.id);
    if (!s) {
      s = { games: 0, seeds: new Map() };
      this.scenarios.set(game.scenario.id, s);
    }
    s.games++;
    s.seeds.set(game.seed, (s.seeds.get(game.seed) ?? 0) + 1);
    if (!game.finished) this.unfinished.push({ order, name: sanitize(game.player ?? '').trim() || game.file });
  }

  result(): string[] {
    const out: string[] = [];
    const list = [...this.scenarios].sort(([a], [b]) => a.localeCompare(b));
    if (list.length > 1) {
      out.push(
        `The logs come from ${list.length} scenarios (${list.map(([id, s]) => `${id}: ${plural(s.games, 'game')}`).join('; ')}). ` +
          'Games of different scenarios are not comparable: charts, choices and highlights are given per scenario.',
      );
    }
    for (const [id, s] of list) {
      if (s.seeds.size < 2) continue;
      const seeds = [...s.seeds].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      out.push(
        `Scenario ${id} was played with ${s.seeds.size} different seeds (${seeds.map(([seed, n]) => `seed ${seed}: ${plural(n, 'game')}`).join('; ')}). ` +
          'Students with different seeds met different events, so compare their choices with care.',
      );
    }
    if (this.unfinished.length) {
      const names = this.unfinished.sort((a, b) => a.order - b.order).map((u) => u.name);
      out.push(
        `${plural(names.length, 'game')} ${names.length === 1 ? 'is' : 'are'} not finished (${names.join(', ')}): ` +
          'they count in the charts up to their last turn, and in no ending.',
      );
    }
    return out;
  }
}
