/**
 * Property: any random playthrough (role, seed, scenario, choices, undos), saved as JSON and
 * read back, replays to the same state: the same decisions, meters, tracks, passage and ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLog } from '../../src/engine/log.js';
import { parseLogText } from '../../src/engine/log-schema.js';
import { replayLog } from '../../src/engine/replay.js';
import { propertyParameters } from '../helpers/property.js';
import { CREATED, logOf, randomPlay, story, UPDATED } from './fixtures.js';

const playthrough = fc.record({
  role: fc.constantFrom('us' as const, 'nato' as const),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  scenario: fc.constantFrom('full' as const, 'short' as const),
  undo: fc.boolean(),
  // -1 is an undo (when allowed); anything else picks an option modulo those on offer.
  picks: fc.array(fc.oneof({ weight: 6, arbitrary: fc.nat(20) }, { weight: 1, arbitrary: fc.constant(-1) }), {
    maxLength: 50,
  }),
  player: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
});

describe('a saved playthrough replays to the same game', () => {
  it('for 1,000 random playthroughs', () => {
    fc.assert(
      fc.property(playthrough, ({ role, seed, scenario, undo, picks, player }) => {
        const session = randomPlay(role, seed, scenario, picks, undo, 40);
        const log = logOf(session, player);
        const read = parseLogText(JSON.stringify(log, null, 2));
        if (!read.ok) throw new Error(read.problem);
        expect(read.log).toEqual(log);

        const replay = replayLog(read.log, story, { undo: false });
        if (!replay.ok) throw new Error(`step ${replay.divergence.step}: ${replay.divergence.reason}`);
        const a = session.view();
        const b = replay.session.view();
        expect(b.decisions).toEqual(a.decisions);
        expect(b.meters).toEqual(a.meters);
        expect(b.tracks).toEqual(a.tracks);
        expect(b.passage).toEqual(a.passage);
        expect(b.choices).toEqual(a.choices);
        expect(b.ended).toBe(a.ended);
        expect(b.ending).toEqual(a.ending);
        expect(b.collapse).toBe(a.collapse);
        // The replayed game writes the same log (the undo switch aside: the replay had none).
        const again = buildLog(replay.session, story, { player, createdAt: CREATED }, UPDATED);
        expect({ ...again, scenario: log.scenario }).toEqual(log);
      }),
      propertyParameters('saved playthrough replays', 1000),
    );
  }, 90_000);
});
