import { describe, expect, it } from 'vitest';
import {
  ALLIED_TROOPS_RANGE,
  BURDEN_LIMIT,
  CAPITAL_RANGE,
  changeCapital,
  changeTroops,
  collapseReason,
  danger,
  MeterRangeError,
  type Meters,
  US_TROOPS_RANGE,
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

  it('has the ranges and the limit of the design', () => {
    expect(CAPITAL_RANGE).toEqual({ min: 0, max: 100 });
    expect(US_TROOPS_RANGE).toEqual({ min: 0, max: 250 });
    expect(ALLIED_TROOPS_RANGE).toEqual({ min: 0, max: 100 });
    expect(BURDEN_LIMIT).toBe(175);
  });

  it('accepts troop meters at the very edges of their ranges', () => {
    const zero = { capital: 50, usTroops: 0, alliedTroops: 0 };
    expect(changeTroops(zero, 0, 0)).toEqual(zero);
    expect(changeTroops(zero, 250, 100)).toEqual({ capital: 50, usTroops: 250, alliedTroops: 100 });
    expect(() => changeTroops(zero, -1, 0)).toThrow(
      'meter out of range: US troops would be -1,000 (allowed 0-250 thousand)',
    );
    expect(() => changeTroops(zero, 0, 101)).toThrow(
      'meter out of range: allied troops would be 101,000 (allowed 0-100 thousand)',
    );
    expect(() => changeTroops(zero, 0, -1)).toThrow(MeterRangeError);
    expect(() => changeTroops(zero, 251, 0)).toThrow(MeterRangeError);
  });

  it('names the meter and the value when a change is not a whole number', () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as Error;
      }
      throw new Error('no error');
    };
    expect(error(() => changeCapital(start, 1.5))).toMatchObject({
      name: 'MeterRangeError',
      message: 'capital change must be a whole number, got 1.5',
    });
    expect(error(() => changeTroops(start, '3', 0)).message).toBe('US troop change must be a whole number, got 3');
    expect(error(() => changeTroops(start, 0, null)).message).toBe(
      'allied troop change must be a whole number, got null',
    );
    expect(error(() => changeTroops(start, 0, Number.NaN)).message).toBe(
      'allied troop change must be a whole number, got NaN',
    );
  });

  it('leaves the meters it was given unchanged', () => {
    const m = { ...start };
    changeCapital(m, -10);
    changeTroops(m, 5, 5);
    expect(m).toEqual(start);
    expect(changeCapital(m, 5)).toEqual({ ...start, capital: 65 });
  });

  // The mutant of issue 18: upkeep starting above 110,000 instead of 100,000.
  it('charges upkeep for every 10,000 US troops above 100,000', () => {
    expect(upkeep(100)).toBe(0);
    expect(upkeep(101)).toBe(0);
    expect(upkeep(109)).toBe(0);
    expect(upkeep(110)).toBe(1);
    expect(upkeep(119)).toBe(1);
    expect(upkeep(120)).toBe(2);
    expect(upkeep(146)).toBe(4);
    expect(upkeep(174)).toBe(7);
    expect(upkeep(60)).toBe(0);
  });

  it('tells how close the meters are to ending the game: the next upkeep, one costly choice, one deployment', () => {
    const at = (capital: number, usTroops: number, next: number) =>
      danger({ capital, usTroops, alliedTroops: 0 }, next);
    expect(at(3, 130, 3)).toEqual({ upkeep: 3, capital: 'upkeep', troopsLeft: BURDEN_LIMIT - 130, troops: null });
    expect(at(8, 130, 3)).toMatchObject({ capital: 'brink' });
    expect(at(9, 130, 3)).toMatchObject({ capital: null });
    expect(at(50, BURDEN_LIMIT - 10, 0)).toMatchObject({ capital: null, troopsLeft: 10, troops: 'brink' });
    expect(at(50, BURDEN_LIMIT - 11, 0)).toMatchObject({ troopsLeft: 11, troops: null });
  });

  it('blames capital first when both meters have collapsed', () => {
    expect(collapseReason({ capital: 0, usTroops: 200, alliedTroops: 0 })).toBe('capital');
    expect(collapseReason({ capital: 100, usTroops: 0, alliedTroops: 0 })).toBeNull();
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

describe('the simulation state', () => {
  it('starts from copies of the meters and tracks it is given, with no month ended', () => {
    const meters = { ...start };
    const tracks = { ...INITIAL_TRACKS };
    const s = createSim(meters, tracks);
    meters.capital = 1;
    tracks.un = 'passed';
    expect(s).toEqual({ meters: start, tracks: INITIAL_TRACKS, monthsEnded: 0, collapse: null, stances: {} });
  });

  it('changes one thing at a time and leaves the state it was given as it was', () => {
    const s = createSim(start, INITIAL_TRACKS);
    const a = sim.changeCapital(s, -5);
    expect(a).toEqual({ ...s, meters: { ...start, capital: 55 } });
    const b = sim.changeTroops(a, 4, -2);
    expect(b).toEqual({ ...a, meters: { capital: 55, usTroops: 150, alliedTroops: 20 } });
    const c = sim.moveTrack(b, 'un', 'drafting');
    expect(c).toEqual({ ...b, tracks: { ...INITIAL_TRACKS, un: 'drafting' } });
    expect(s).toEqual(createSim(start, INITIAL_TRACKS));
    expect(() => sim.moveTrack(s, 'un', 'passed')).toThrow('un cannot move from "none" to "passed"');
    expect(() => sim.changeTroops(s, 0.5, 0)).toThrow(MeterRangeError);
  });

  it('ends a month by paying its upkeep: 146,000 troops cost 4 points', () => {
    const s = sim.endTurn(createSim(start, INITIAL_TRACKS));
    expect(s).toEqual({
      meters: { ...start, capital: 56 },
      tracks: INITIAL_TRACKS,
      monthsEnded: 1,
      collapse: null,
      stances: {},
    });
  });

  it('says "time" once the months are used up or passed, and a collapse before that', () => {
    const s = { ...createSim(start, INITIAL_TRACKS), monthsEnded: 5 };
    expect(turnOutcome(s, 6)).toBe('');
    expect(turnOutcome(s, 5)).toBe('time');
    expect(turnOutcome(s, 4)).toBe('time');
    expect(turnOutcome({ ...s, collapse: 'burden' }, 5)).toBe('burden');
    expect(turnOutcome({ ...s, collapse: 'burden' }, 9)).toBe('burden');
  });
});
