/**
 * Finds a game for every ending of the story by seeded exploration through the engine, so the
 * debrief tests cover each ending without knowing a single ending id or line of story text.
 * Starting a session parses the whole story, so one session explores many paths: it plays to
 * an end, then backs up with undo and tries another branch. Strategies mix random choices with
 * greed on the meters (spend capital, pile up troops...), which is how threshold endings such
 * as a collapse are reached quickly.
 */
import { buildLog, type DecisionLog } from '../../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { type Ending, GameSession, type Role } from '../../src/engine/session.js';
import type { Meters } from '../../src/engine/sim/meters.js';
import { parsedStory, rng } from './class-logs.js';

/** Every `# ending:` tag in a compiled story (both of ink's tag encodings). */
export function endingIdsOf(storyJson: string): string[] {
  return [...new Set([...storyJson.matchAll(/"(?:\^|#":")ending:\s*([^"]+)"/g)].map((m) => m[1]!.trim()))].sort();
}

type Strategy = (meters: Meters[], random: () => number) => number;

const greedy =
  (score: (m: Meters) => number): Strategy =>
  (after, random) => {
    // Greedy most of the time; a random step now and then keeps the walks apart.
    if (random() < 0.2) return Math.floor(random() * after.length);
    let best = 0;
    for (let i = 1; i < after.length; i++) if (score(after[i]!) > score(after[best]!)) best = i;
    return best;
  };

const STRATEGIES: Strategy[] = [
  (after, random) => Math.floor(random() * after.length),
  // Troops piled up while the capital to pay their upkeep is kept, with fewer random steps and
  // ties broken at random: the burden's collapse, which greed on troops alone rarely reaches.
  (after, random) => {
    if (random() < 0.05) return Math.floor(random() * after.length);
    const score = (m: Meters) => m.usTroops * 1000 + m.capital + random();
    let best = 0;
    for (let i = 1; i < after.length; i++) if (score(after[i]!) > score(after[best]!)) best = i;
    return best;
  },
  greedy((m) => m.usTroops),
  greedy((m) => -m.capital),
  greedy((m) => m.capital),
  greedy((m) => -m.usTroops),
  greedy((m) => m.alliedTroops),
];

/** Meters after each option on offer (choose, look, undo). */
function lookAhead(session: GameSession): Meters[] {
  const n = session.view().choices.length;
  const out: Meters[] = [];
  for (let i = 0; i < n; i++) {
    out.push(session.choose(i).meters);
    session.undo();
  }
  return out;
}

export interface Found {
  log: DecisionLog;
  /** The ending as the exploring session saw it: the truth the debrief is checked against. */
  ending: Ending;
  role: Role;
  scenario: 'full' | 'short';
}

/** A log for each ending in `wanted` reached within `budgetMs`; missing ones are absent. */
export function findEndings(storyJson: string, wanted: readonly string[], budgetMs: number): Map<string, Found> {
  const found = new Map<string, Found>();
  const deadline = Date.now() + budgetMs;
  const meta = { player: 'explorer', createdAt: '2026-03-02T09:00:00.000Z' };
  for (let run = 0; found.size < wanted.length && Date.now() < deadline; run++) {
    const role: Role = run % 2 === 0 ? 'us' : 'nato';
    const branch = Math.floor(run / 2) % 2 === 0 ? 'full' : 'short';
    const strategy = STRATEGIES[Math.floor(run / 4) % STRATEGIES.length]!;
    const random = rng(run * 7919 + 17);
    // Every third run gives fewer months than the branch has, as a teacher's scenario file may:
    // some endings (running out of time) exist only for such scenarios.
    const base = BUILT_IN_SCENARIOS[branch];
    const turns = run % 3 === 2 ? 1 + Math.floor(random() * Math.max(1, base.turns - 1)) : base.turns;
    const scenario = turns === base.turns ? base : { ...base, id: `${base.id}-${turns}`, turns };
    const session = GameSession.start({
      storyJson: parsedStory(storyJson),
      role,
      seed: run,
      scenario,
      undo: true,
    });
    for (let walk = 0; walk < 12 && Date.now() < deadline; walk++) {
      let view = session.view();
      while (!view.ended) {
        const pick =
          strategy === STRATEGIES[0]
            ? Math.floor(random() * view.choices.length)
            : strategy(lookAhead(session), random);
        view = session.choose(pick);
      }
      const ending = view.ending;
      if (ending && !found.has(ending.id)) {
        const log = buildLog(session, storyJson, meta, new Date(meta.createdAt));
        found.set(ending.id, { log, ending: structuredClone(ending), role, scenario: branch });
      }
      // Back up a random number of decisions and play on from there.
      const back = 1 + Math.floor(random() * view.decisions.length);
      for (let i = 0; i < back; i++) session.undo();
    }
  }
  return found;
}
