/**
 * The ledger adds up: in 2,000 seeded games per role, every decision's effects sum exactly to
 * the change of each meter it made, the opening's effects to the change before the first
 * decision, and every track move in the ledger chains from one state to the next.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import { METER_NAMES, meterChange } from '../../src/engine/table/ledger.js';
import { newSession } from '../helpers/story.js';

const GAMES = 2000;

/** A small, seeded generator so every run plays the same games. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

describe.each(['us', 'nato'] as Role[])('the ledger of %s games', (role) => {
  it(`adds up to every change in ${GAMES} seeded games (full and short)`, () => {
    let decisions = 0;
    for (let seed = 1; seed <= GAMES; seed++) {
      const scenario = seed % 4 === 0 ? 'short' : 'full';
      const s = newSession(role, seed, scenario);
      const pick = rng(seed * 7919);
      let view = s.view();
      const start = BUILT_IN_SCENARIOS[scenario].start;
      const opening = meterChange(view.prelude.effects);
      for (const m of METER_NAMES) expect(start[m] + opening[m], `seed ${seed}: opening ${m}`).toBe(view.meters[m]);
      while (!view.ended) view = s.choose(Math.floor(pick() * view.choices.length));
      let tracks = { un: 'none', invitation: 'none', command: 'support' } as Record<string, string>;
      for (const e of view.prelude.effects) if (e.kind === 'track') tracks[e.target] = e.to;
      for (const d of s.decisions) {
        decisions += 1;
        const sum = meterChange(d.effects);
        for (const m of METER_NAMES) {
          expect(d.before[m] + sum[m], `seed ${seed}, decision at ${d.position}: ${m}`).toBe(d.meters[m]);
        }
        for (const e of d.effects) {
          if (e.kind !== 'track') continue;
          expect(e.from, `seed ${seed}: ${e.target} moves from where it was`).toBe(tracks[e.target]);
          tracks = { ...tracks, [e.target]: e.to };
        }
        expect(tracks).toEqual(d.tracks);
      }
    }
    expect(decisions).toBeGreaterThan(GAMES * 10);
  }, 300_000);
});
