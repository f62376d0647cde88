/**
 * Choice popularity. A decision point is a story position (the choice set's path, stable across
 * playthroughs) within one scenario, and an option is its text: indexes shift when a
 * conditional option is hidden, text and position do not. Scenarios are kept apart because the
 * same passage falls in a different turn and month in the short game than in the full one.
 * Each point keeps the question players were asked, every reason given for each option, and,
 * with `names`, who chose what. Games are added one at a time.
 */
import type { Role } from '../session.js';
import type { DecisionPoint, ReasonEntry, VerifiedGame } from './types.js';

interface OptionTally {
  chosen: number;
  reasons: ReasonEntry[];
  players: (string | null)[];
}

interface Tally {
  scenario: string;
  position: string;
  roles: Set<Role>;
  turns: Map<string, { turn: number; month: string | null; n: number }>;
  prompts: Map<string, number>;
  reached: number;
  logs: number;
  lastLog: number;
  options: Map<string, OptionTally>;
  /** Sum of the decision numbers met here: their mean puts points in story order. */
  stepSum: number;
}

/** The most frequent key of a count map (ties: the first met). */
function mostCommon<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

export class DecisionPointCounter {
  private readonly points = new Map<string, Tally>();
  private games = 0;

  constructor(private readonly names: boolean) {}

  add(game: VerifiedGame): void {
    const g = this.games++;
    const { log } = game;
    log.decisions.forEach((d, i) => {
      const key = `${log.scenario.id}\u0000${d.position}`;
      let t = this.points.get(key);
      if (!t) {
        t = {
          scenario: log.scenario.id,
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
      t.roles.add(log.role);
      t.reached++;
      t.stepSum += d.step;
      if (t.lastLog !== g) {
        t.logs++;
        t.lastLog = g;
      }
      const when = `${d.turn}\u0000${d.month ?? ''}`;
      const seen = t.turns.get(when);
      if (seen) seen.n++;
      else t.turns.set(when, { turn: d.turn, month: d.month, n: 1 });
      const prompt = game.prompts[i] ?? '';
      t.prompts.set(prompt, (t.prompts.get(prompt) ?? 0) + 1);
      for (const text of d.options)
        if (!t.options.has(text)) t.options.set(text, { chosen: 0, reasons: [], players: [] });
      const option = t.options.get(d.text)!;
      option.chosen++;
      if (this.names) option.players.push(log.player);
      if (d.reason) option.reasons.push({ player: log.player, file: game.file, reason: d.reason });
    });
  }

  result(): DecisionPoint[] {
    const order = new Map<DecisionPoint, number>();
    const out: DecisionPoint[] = [];
    for (const t of this.points.values()) {
      const when = [...t.turns.values()].sort((a, b) => b.n - a.n || a.turn - b.turn)[0]!;
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
            reasons: o.reasons,
            ...(this.names ? { players: o.players } : {}),
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
