/**
 * Linked desks (engine/linked): one world for a US and a NATO desk. Both desks enter each
 * month in the same world; what one desk chose reaches the other's table by the next month;
 * the game does not depend on which desk ends a month first, so a pair replays from its moves.
 */
import { describe, expect, it } from 'vitest';
import { type DeskState, LinkedGame, otherDesk } from '../../src/engine/linked/game.js';
import { mergeMonth } from '../../src/engine/linked/world.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import { INITIAL_TRACKS } from '../../src/engine/sim/tracks.js';
import type { Effect } from '../../src/engine/table/ledger.js';
import { storyJson } from '../helpers/story.js';

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** Plays a pair to the end; `first` says which desk moves when both can. */
function playPair(seed: number, scenario: 'full' | 'short', first: (step: number) => Role) {
  const game = new LinkedGame({ storyJson, seed, scenario: BUILT_IN_SCENARIOS[scenario] });
  const pick = rng(seed * 31 + 7);
  const picks: Record<Role, number[]> = { us: [], nato: [] };
  for (let step = 0; !game.over && step < 400; step++) {
    let role = first(step);
    if (game.state(role) !== 'deciding') role = otherDesk(role);
    const n = game.view(role).choices.length;
    const i = Math.floor(pick() * n);
    picks[role].push(i);
    game.choose(role, i);
  }
  return { game, picks };
}

/** Replays the same per-desk choices in another order of desks. */
function replayPair(
  seed: number,
  scenario: 'full' | 'short',
  picks: Record<Role, number[]>,
  first: (step: number) => Role,
) {
  const game = new LinkedGame({ storyJson, seed, scenario: BUILT_IN_SCENARIOS[scenario] });
  const next = { us: 0, nato: 0 };
  for (let step = 0; !game.over && step < 400; step++) {
    let role = first(step);
    if (game.state(role) !== 'deciding' || next[role] >= picks[role].length) role = otherDesk(role);
    if (game.state(role) !== 'deciding') break;
    game.choose(role, picks[role][next[role]++]!);
  }
  return game;
}

describe('merging a month', () => {
  const start = { tracks: INITIAL_TRACKS, stances: { 'nac.france': -2 }, usTroops: 146, alliedTroops: 22 };
  const choice = (e: Record<string, unknown>): Effect => ({ source: 'choice', ...e }) as Effect;

  it('adds both desks’ choices, counts the events once, and lets the owner’s track move stand', () => {
    const us: Effect[] = [
      { source: 'event', event: 'polish_division', kind: 'meter', target: 'usTroops', delta: -6 },
      choice({ kind: 'track', target: 'un', from: 'none', to: 'drafting' }),
      choice({ kind: 'track', target: 'command', from: 'support', to: 'polish-model' }),
    ];
    const nato: Effect[] = [
      { source: 'event', event: 'polish_division', kind: 'meter', target: 'usTroops', delta: -6 },
      choice({ kind: 'stance', target: 'nac.france', delta: 1 }),
      choice({ kind: 'track', target: 'command', from: 'support', to: 'training' }),
    ];
    const world = mergeMonth(start, { us, nato });
    expect(world.usTroops).toBe(140);
    expect(world.stances['nac.france']).toBe(-1);
    expect(world.tracks).toEqual({ un: 'drafting', invitation: 'none', command: 'training' });
    expect(mergeMonth(start, { nato, us })).toEqual(world);
  });
});

describe('a linked pair', () => {
  it.each([1, 2, 3, 4, 5, 6])('seed %i: both desks enter every month in the same world, to the end', (seed) => {
    const { game } = playPair(seed, seed % 2 ? 'short' : 'full', (s) => (s % 3 === 0 ? 'nato' : 'us'));
    expect(game.over).toBe(true);
    const us = game.desks.us.decisions;
    const nato = game.desks.nato.decisions;
    expect(us.length).toBeGreaterThan(3);
    expect(nato.length).toBeGreaterThan(3);
    // The first decision of each month starts from the same tracks on both desks.
    for (const d of us) {
      const twin = nato.find((n) => n.turn === d.turn);
      if (!twin || d.turn === 1) continue;
      const usFirst = us.find((x) => x.turn === d.turn)!;
      const natoFirst = nato.find((x) => x.turn === d.turn)!;
      const tracksBefore = (desk: typeof us, first: typeof usFirst) => desk[desk.indexOf(first) - 1]?.tracks;
      expect(tracksBefore(us, usFirst), `turn ${d.turn}`).toEqual(tracksBefore(nato, natoFirst));
    }
  });

  it('does not depend on which desk ends a month first', () => {
    for (const seed of [11, 12, 13]) {
      const a = playPair(seed, 'full', () => 'us');
      const b = replayPair(seed, 'full', a.picks, () => 'nato');
      for (const role of ['us', 'nato'] as const) {
        expect(b.desks[role].decisions.map((d) => [d.text, d.meters, d.tracks])).toEqual(
          a.game.desks[role].decisions.map((d) => [d.text, d.meters, d.tracks]),
        );
      }
    }
  });

  it('a desk that ends its month first waits; the other desk’s month end lets it on', () => {
    const game = new LinkedGame({ storyJson, seed: 5, scenario: BUILT_IN_SCENARIOS.short });
    let state: DeskState = 'deciding';
    let guard = 0;
    while (state === 'deciding' && guard++ < 20) state = game.choose('us', 0);
    expect(state).toBe('waiting');
    const waitingAt = game.view('us').turn;
    expect(() => game.choose('us', 0)).toThrow(/cannot decide now: it is waiting/);
    guard = 0;
    while (game.state('nato') === 'deciding' && game.state('us') === 'waiting' && guard++ < 20) game.choose('nato', 0);
    expect(game.state('us')).toBe('deciding');
    expect(game.view('us').turn).toBeGreaterThan(waitingAt);
  });

  it('what the NATO desk chose reaches the US desk by the next month, as the other desk’s doing', () => {
    let found = false;
    for (let seed = 1; seed <= 40 && !found; seed++) {
      const { game } = playPair(seed, 'full', (s) => (s % 2 ? 'us' : 'nato'));
      const natoChoices = game.desks.nato.decisions.flatMap((d) =>
        d.effects.filter((e) => e.source === 'choice' && (e.kind === 'stance' || e.kind === 'track')),
      );
      const arrived = game.desks.us.decisions.flatMap((d) =>
        d.effects.filter((e) => e.source === 'event' && e.event === 'other_desk'),
      );
      if (natoChoices.length > 0 && arrived.length > 0) found = true;
    }
    expect(found).toBe(true);
  });

  it('keeps cables from both desks, in order, with where they were sent', () => {
    const game = new LinkedGame({ storyJson, seed: 2, scenario: BUILT_IN_SCENARIOS.short });
    game.cable('us', 'Can NATO live with a timetable?');
    game.choose('us', 0);
    game.cable('nato', ' Paris wants the UN first. ');
    expect(game.cables).toEqual([
      expect.objectContaining({ from: 'us', text: 'Can NATO live with a timetable?', after: 0 }),
      expect.objectContaining({ from: 'nato', text: 'Paris wants the UN first.', after: 1 }),
    ]);
    expect(() => game.cable('us', '   ')).toThrow(/needs some words/);
    expect(() => game.cable('us', 'x'.repeat(501))).toThrow(/at most 500/);
  });
});
