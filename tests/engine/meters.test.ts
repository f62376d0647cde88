import { describe, expect, it } from 'vitest';
import {
  BURDEN_LIMIT,
  changeCapital,
  changeTroops,
  collapseReason,
  MeterRangeError,
  type Meters,
  upkeep,
} from '../../src/engine/sim/meters.js';
import { createSim, sim, turnOutcome } from '../../src/engine/sim/simulation.js';
import { INITIAL_TRACKS } from '../../src/engine/sim/tracks.js';

const start: Meters = { capital: 60, usTroops: 146, alliedTroops: 22 };

describe('meters', () => {
  it('clamps capital to 0-100', () => {
    expect(changeCapital(start, -80).capital).toBe(0);
    expect(changeCapital(start, 80).capital).toBe(100);
    expect(changeCapital(start, -8).capital).toBe(52);
  });

  it('rejects troop meters out of range and non-integers', () => {
    expect(() => changeTroops(start, -147, 0)).toThrow(MeterRangeError);
    expect(() => changeTroops(start, 0, -23)).toThrow('allied troops would be -1,000');
    expect(() => changeTroops(start, 105, 0)).toThrow('US troops would be 251,000');
    expect(() => changeCapital(start, 1.5)).toThrow('whole number');
    expect(() => changeCapital(start, 'x')).toThrow(MeterRangeError);
    expect(changeTroops(start, -6, 6)).toEqual({ capital: 60, usTroops: 140, alliedTroops: 28 });
  });

  it('charges upkeep for every 10,000 US troops above 100,000', () => {
    expect(upkeep(100)).toBe(0);
    expect(upkeep(109)).toBe(0);
    expect(upkeep(146)).toBe(4);
    expect(upkeep(174)).toBe(7);
    expect(upkeep(60)).toBe(0);
  });

  it('ends the game when capital is exhausted', () => {
    expect(collapseReason({ ...start, capital: 0 })).toBe('capital');
    expect(collapseReason({ ...start, capital: 1 })).toBeNull();
    const s = sim.endTurn(createSim({ ...start, capital: 4 }, INITIAL_TRACKS));
    expect(s.meters.capital).toBe(0);
    expect(s.collapse).toBe('capital');
  });

  it('ends the game when the burden is unsustainable', () => {
    expect(collapseReason({ ...start, usTroops: BURDEN_LIMIT })).toBe('burden');
    expect(collapseReason({ ...start, usTroops: BURDEN_LIMIT - 1 })).toBeNull();
    const s = sim.endTurn(createSim({ ...start, capital: 90, usTroops: 180 }, INITIAL_TRACKS));
    expect(s.collapse).toBe('burden');
    expect(s.meters.capital).toBe(82);
  });

  it('counts months and leaves the game going below the thresholds', () => {
    const s = sim.endTurn(sim.endTurn(createSim(start, INITIAL_TRACKS)));
    expect(s.monthsEnded).toBe(2);
    expect(s.meters.capital).toBe(52);
    expect(s.collapse).toBeNull();
  });

  it('says the months are used up at the scenario limit, after any collapse', () => {
    let s = createSim(start, INITIAL_TRACKS);
    s = sim.endTurn(sim.endTurn(s));
    expect(turnOutcome(s, 3)).toBe('');
    s = sim.endTurn(s);
    expect(turnOutcome(s, 3)).toBe('time');
    expect(turnOutcome(sim.endTurn(createSim({ ...start, capital: 2 }, INITIAL_TRACKS)), 1)).toBe('capital');
  });
});
