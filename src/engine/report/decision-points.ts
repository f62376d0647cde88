/**
 * Choice popularity. A decision point is a story position (the choice set's path, stable across
 * playthroughs) within one scenario, and an option is its text: indexes shift when a
 * conditional option is hidden, text and position do not. Scenarios are kept apart because the
 * same passage falls in a different turn and month in the short game than in the full one.
 * Each point keeps the question players were asked, every reason given for each option, and,
 * with `names`, who chose what. Games are added one at a time, in any order: reasons and names
 * are listed, and ties broken, in the report's order of games (`order`) and of decisions.
 */
import type { Role } from '../session.js';
import type { GameSummary } from './summary.js';
import type { DecisionPoint, ReasonEntry } from './types.js';

/** Where a thing was met: the game's place in the report's order, then the decision's in the game. */
type Met = [order: number, decision: number];
const before = (a: Met, b: Met) => a[0] - b[0] || a[1] - b[1];

interface OptionTally {
  chosen: number;
  reasons: { met: Met; entry: ReasonEntry }[];
  players: { met: Met; player: string | null }[];
}

/** How often something was met, and where first. */
interface Seen {
  n: number;
  first: Met;
}

interface Tally {
  scenario: string;
  position: string;
  roles: Set<Role>;
  turns: Map<string, { turn: number; month: string | null } & Seen>;
  prompts: Map<string, Seen>;
  reached: number;
  logs: number;
  lastLog: number;
  options: Map<string, OptionTally>;
  /** Sum of the decision numbers met here: their mean puts points in story order. */
  stepSum: number;
}

/** The most frequent key of a count map (ties: the first met). */
function mostCommon<K>(counts: Map<K, Seen>): K | undefined {
  let best: [K, Seen] | undefined;
  for (const [k, c] of counts) {
    if (!best || c.n > best[1].n || (c.n === best[1].n && before(c.first, best[1].first) < 0)) best = [k, c];
  }
  return best?.[0];
}

/** Counts one more meeting of `key`, at `met`. */
function see<K, V extends Seen>(map: Map<K, V>, key: K, met: Met, make: () => Omit<V, keyof Seen>): void {
  const seen = map.get(key);
  if (!seen) map.set(key, { ...make(), n: 1, first: met } as V);
  else {
    seen.n++;
    if (before(met, seen.first) < 0) seen.first = met;
  }
}

export class DecisionPointCounter {
  private readonly points = new Map<string, Tally>();
  private games = 0;

  constructor(private readonly names: boolean) {}

  add(game: GameSummary, order: number): void {
    const g = this.games++;
    game.decisions.forEach((d, i) => {
      const met: Met = [order, i];
      const key = `${game.scenario.id}\u0000${d.position}`;
      let t = this.points.get(key);
      if (!t) {
        t = {
          scenario: game.scenario.id,
          position: d.position,
          roles: new Set(),
          turns: new Map(),
          prompts: new Map(),
          reached: 0,
          logs: 0,
          lastLog: -1,
          options: new Map(),
          stepSum: 0,
        };
        this.points.set(key, t);
      }
      t.roles.add(game.role);
      t.reached++;
      t.stepSum += d.step;
      if (t.lastLog !== g) {
        t.logs++;
        t.lastLog = g;
      }
      see(t.turns, `${d.turn}\u0000${d.month ?? ''}`, met, () => ({ turn: d.turn, month: d.month }));
      see(t.prompts, d.prompt, met, () => ({}));
      for (const text of d.options)
        if (!t.options.has(text)) t.options.set(text, { chosen: 0, reasons: [], players: [] });
      const option = t.options.get(d.text)!;
      option.chosen++;
      if (this.names) option.players.push({ met, player: game.player });
      if (d.reason) option.reasons.push({ met, entry: { player: game.player, file: game.file, reason: d.reason } });
    });
  }

  result(): DecisionPoint[] {
    const order = new Map<DecisionPoint, number>();
    const out: DecisionPoint[] = [];
    for (const t of this.points.values()) {
      const when = [...t.turns.values()].sort((a, b) => b.n - a.n || a.turn - b.turn || before(a.first, b.first))[0]!;
      const point: DecisionPoint = {
        scenario: t.scenario,
        position: t.position,
        prompt: mostCommon(t.prompts) ?? '',
        roles: (['us', 'nato'] as const).filter((r) => t.roles.has(r)),
        turn: when.turn,
        month: when.month,
        reached: t.reached,
        logs: t.logs,
        options: [...t.options]
          .map(([text, o]) => ({
            text,
            chosen: o.chosen,
            share: t.reached ? Math.round((o.chosen / t.reached) * 1000) / 10 : 0,
            reasons: o.reasons.sort((a, b) => before(a.met, b.met)).map((r) => r.entry),
            ...(this.names ? { players: o.players.sort((a, b) => before(a.met, b.met)).map((p) => p.player) } : {}),
          }))
          .sort((a, b) => b.chosen - a.chosen || a.text.localeCompare(b.text)),
      };
      order.set(point, t.stepSum / t.reached);
      out.push(point);
    }
    // Per scenario, the US desk's points, then NATO's (then any both reach), each in story
    // order: by turn, then by how far into the game players were when they met the point.
    const roleRank = (p: DecisionPoint) => (p.roles.length > 1 ? 2 : p.roles[0] === 'us' ? 0 : 1);
    return out.sort(
      (a, b) =>
        a.scenario.localeCompare(b.scenario) ||
        roleRank(a) - roleRank(b) ||
        a.turn - b.turn ||
        order.get(a)! - order.get(b)! ||
        a.position.localeCompare(b.position),
    );
  }
}
