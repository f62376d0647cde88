/**
 * What a teacher must know before comparing the games on a page: logs of different scenarios
 * (their charts, choices and highlights are shown apart), different seeds within a scenario
 * (students met different events, so their choices answer different situations), and games
 * that are not finished. Each warning is one sentence, printed first in every format.
 */
import { sanitize } from '../sanitize.js';
import type { VerifiedGame } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class WarningCollector {
  /** Games per scenario, and per seed within it. */
  private readonly scenarios = new Map<string, { games: number; seeds: Map<number, number> }>();
  private readonly unfinished: string[] = [];

  add({ log, file }: VerifiedGame): void {
    let s = this.scenarios.get(log.scenario.id);
    if (!s) {
      s = { games: 0, seeds: new Map() };
      this.scenarios.set(log.scenario.id, s);
    }
    s.games++;
    s.seeds.set(log.seed, (s.seeds.get(log.seed) ?? 0) + 1);
    if (log.status !== 'ended') this.unfinished.push(sanitize(log.player ?? '').trim() || file);
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
      out.push(
        `${plural(this.unfinished.length, 'game')} ${this.unfinished.length === 1 ? 'is' : 'are'} not finished (${this.unfinished.join(', ')}): ` +
          'they count in the charts up to their last turn, and in no ending.',
      );
    }
    return out;
  }
}
