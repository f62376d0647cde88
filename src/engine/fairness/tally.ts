/**
 * The fairness figures: for one role and scenario, how often each strategy's games reached each
 * ending, how many collapsed (a meter ran out: capital spent, or the US troop burden), and which
 * endings it reached without a collapse. docs/story.md prints them as a table (markdown.ts);
 * tests/story/fairness-*.test.ts hold the story to the promise of issue 12 (rules below).
 */
import type { Role } from '../session.js';
import type { ScriptedGame } from './games.js';
import { isLean, STRATEGIES, type Strategy } from './players.js';

/** Every lean reaches at least this many endings that are not collapses... */
export const MIN_ENDINGS = 3;
/** ...and collapses in at most this share of its games. */
export const MAX_COLLAPSE_RATE = 0.25;

export interface StrategyFigures {
  strategy: Strategy;
  games: number;
  /** Games that reached each ending, by id. */
  endings: Record<string, number>;
  /** Games a meter collapsed in. */
  collapses: number;
  /** The endings reached at least once without a collapse, in the order given. */
  endingsNotCollapsed: string[];
}

export interface FairnessFigures {
  role: Role;
  /** The scenario's id (`full`, `short`). */
  scenario: string;
  /** The role's endings in story order, then any other reached. */
  endings: string[];
  rows: StrategyFigures[];
}

/** Counts games by strategy and ending; `endings` are the role's endings in story order. */
export function tallyGames(
  role: Role,
  scenario: string,
  endings: readonly string[],
  games: readonly ScriptedGame[],
): FairnessFigures {
  const all = [...endings];
  for (const g of games) if (g.ending !== null && !all.includes(g.ending)) all.push(g.ending);
  const rows = STRATEGIES.filter((s) => games.some((g) => g.strategy === s)).map((strategy) => {
    const mine = games.filter((g) => g.strategy === strategy);
    const counts: Record<string, number> = {};
    const calm = new Set<string>();
    for (const g of mine) {
      const id = g.ending ?? '(no ending)';
      counts[id] = (counts[id] ?? 0) + 1;
      if (g.collapse === null && g.ending !== null) calm.add(g.ending);
    }
    return {
      strategy,
      games: mine.length,
      endings: counts,
      collapses: mine.filter((g) => g.collapse !== null).length,
      endingsNotCollapsed: all.filter((id) => calm.has(id)),
    };
  });
  return { role, scenario, endings: all, rows };
}

/**
 * What breaks the promise of issue 12, one sentence each (empty when it holds): every lean
 * reaches MIN_ENDINGS endings that are not collapses and collapses in at most MAX_COLLAPSE_RATE
 * of its games. Random play is shown beside the leans but held to nothing: it is no strategy.
 */
export function fairnessProblems(figures: FairnessFigures): string[] {
  const where = `${figures.role}, ${figures.scenario}`;
  const out: string[] = [];
  for (const row of figures.rows) {
    if (!isLean(row.strategy)) continue;
    const reached = row.endingsNotCollapsed;
    if (reached.length < MIN_ENDINGS) {
      out.push(
        `${where}: the ${row.strategy} lean reaches ${reached.length} endings that are not collapses ` +
          `(${reached.join(', ') || 'none'}), fewer than ${MIN_ENDINGS}`,
      );
    }
    const rate = row.games > 0 ? row.collapses / row.games : 0;
    if (rate > MAX_COLLAPSE_RATE) {
      out.push(
        `${where}: the ${row.strategy} lean collapses in ${row.collapses} of ${row.games} games ` +
          `(${percent(rate)}), more than ${percent(MAX_COLLAPSE_RATE)}`,
      );
    }
  }
  return out;
}

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
