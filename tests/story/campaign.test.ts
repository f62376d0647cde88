/**
 * The campaign as players meet it: thousands of seeded random playthroughs per role and
 * scenario, through the engine and with the ink fallbacks only (as Inky plays it). Every
 * ending must be reached, and no game may stop without an ending, fail at run time, drive a
 * meter out of its range, or change anything outside a choice or a named event (the ledger).
 * The figures are printed for the issue notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadingCounter, type TurnReading } from '../../src/engine/fairness/reading.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { ParsedStory, StoryRuntime } from '../../src/engine/story/runtime.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { storyJson } from '../helpers/story.js';

const GAMES = 2000;
/**
 * Per batch of GAMES games. A game costs about 17 ms of CPU through the engine and 30 ms with
 * the ink fallbacks (the table's fallbacks run in ink); the margin is for a loaded machine.
 */
const BATCH_TIMEOUT = 300_000;
const ROLES: Role[] = ['us', 'nato'];
const SCENARIOS = ['full', 'short'] as const;
const shared = new ParsedStory(storyJson);

/** Every ending id the source declares, by role. */
function declaredEndings(): Record<Role, string[]> {
  const dir = new URL('../../story/', import.meta.url);
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .flatMap((f) =>
      [...readFileSync(new URL(f, dir), 'utf8').matchAll(/#\s*ending:\s*([a-z0-9-]+)/g)].map((m) => m[1]!),
    );
  return { us: ids.filter((i) => i.startsWith('us-')), nato: ids.filter((i) => i.startsWith('nato-')) };
}

/** A small seeded generator, so every run of the suite plays the same games. */
function rng(seed: number) {
  let x = seed * 2654435761 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const countWords = (lines: readonly { text: string }[]) =>
  lines.reduce((n, l) => n + (l.text.match(/\S+/g)?.length ?? 0), 0);

/**
 * One seeded random game through the engine; `words` counts every line of the story the player
 * read, `reading` those and the options too, in all and per turn (src/engine/fairness/reading.ts).
 */
function playEngine(role: Role, scenario: Scenario, seed: number) {
  const session = GameSession.start({ storyJson: shared, role, seed, scenario, undo: false });
  const pick = rng(seed + 17);
  const reading = new ReadingCounter();
  let view = session.view();
  reading.see(view);
  let words = countWords(view.passage.lines);
  while (!view.ended) {
    view = session.choose(pick(view.choices.length));
    reading.see(view);
    words += countWords(view.passage.lines);
  }
  return Object.assign(view, { words, reading });
}

/**
 * The same story with no engine behind it: every external runs its fallback in
 * story/contract.ink, as in Inky. A StoryRuntime without handlers plays it (the same lines as a
 * bare inkjs Story, tests/engine/runtime.test.ts) over the story parsed once.
 */
function playFallbacks(role: Role, scenario: 'full' | 'short', seed: number) {
  const runtime = new StoryRuntime(shared, { seed, variables: { role, scenario } });
  const v = runtime.story.variablesState;
  const pick = rng(seed + 31);
  let ending: string | null = null;
  let decisions = 0;
  // The fallback meters' lowest and highest values over the game, checked once at its end.
  const range = { capital: [100, 0], us: [250, 0], allied: [100, 0] };
  const widen = (r: number[], x: number) => {
    r[0] = Math.min(r[0]!, x);
    r[1] = Math.max(r[1]!, x);
  };
  for (;;) {
    runtime.continuePassage((line) => {
      const tag = line.tags.find((t) => t.key === 'ending');
      if (tag) ending = tag.value;
      widen(range.capital, v.$('fb_capital') as number);
      widen(range.us, v.$('fb_us_troops') as number);
      widen(range.allied, v.$('fb_allied_troops') as number);
    });
    const count = runtime.choices().length;
    if (count === 0) break;
    runtime.choose(pick(count));
    decisions++;
  }
  expect(range.capital[0]).toBeGreaterThanOrEqual(0);
  expect(range.capital[1]).toBeLessThanOrEqual(100);
  expect(range.us[0]).toBeGreaterThanOrEqual(0);
  expect(range.us[1]).toBeLessThanOrEqual(250);
  expect(range.allied[0]).toBeGreaterThanOrEqual(0);
  expect(range.allied[1]).toBeLessThanOrEqual(100);
  return { ending: ending as string | null, decisions };
}

const endings = declaredEndings();

/** What one seeded game through the engine came to. */
interface EngineGame {
  seed: number;
  ending: string | undefined;
  meters: { capital: number; usTroops: number };
  collapse: boolean;
  /** Where the game met each choice (the choice's container in the story). */
  positions: string[];
  decisions: number;
  words: number;
  /** Words read with the options, in the game and per turn before its first decision. */
  read: number;
  turns: TurnReading[];
  turn: number;
  /** Changes made outside a named event or a choice (after the opening, after a month ends). */
  unnamed: unknown[];
}

const engineRuns = new Map<string, EngineGame[]>();

/**
 * The GAMES seeded games of a role and scenario, played once and kept: the tests that read
 * them (an ending every time, every ending reached, the size of the story) each ask for what
 * they need, so any of them can run alone or in any order and gets the same games.
 */
function engineGames(role: Role, name: 'full' | 'short'): EngineGame[] {
  const key = `${role}/${name}`;
  let games = engineRuns.get(key);
  if (!games) {
    games = [];
    for (let seed = 1; seed <= GAMES; seed++) {
      const view = playEngine(role, BUILT_IN_SCENARIOS[name], seed);
      games.push({
        seed,
        ending: view.ending?.id,
        meters: view.meters,
        collapse: view.collapse !== null,
        positions: view.decisions.map((d) => d.position),
        decisions: view.decisions.length,
        words: view.words,
        read: view.reading.words,
        turns: view.reading.turns,
        turn: view.turn,
        unnamed: [...view.prelude.effects, ...view.decisions.flatMap((d) => d.effects)].filter(
          (e) => e.source === 'event' && (e.event === 'month' || e.event === 'start'),
        ),
      });
    }
    engineRuns.set(key, games);
  }
  return games;
}

describe(`${GAMES} seeded random playthroughs per role and scenario`, () => {
  for (const role of ROLES) {
    for (const name of SCENARIOS) {
      it(
        `${role}, ${name}, through the engine: an ending every time, meters in range`,
        () => {
          const counts = new Map<string, number>();
          for (const game of engineGames(role, name)) {
            expect(game.ending, `seed ${game.seed} stopped without an ending`).toMatch(new RegExp(`^${role}-`));
            expect(game.meters.capital).toBeGreaterThanOrEqual(0);
            expect(game.meters.capital).toBeLessThanOrEqual(100);
            expect(game.meters.usTroops).toBeLessThanOrEqual(250);
            // Every change has a cause the ledger can name: after the opening and after a month
            // ends, a meter, a track or a stance moves only inside a named event or a choice.
            expect(game.unnamed, `seed ${game.seed}: changes outside a named event`).toEqual([]);
            counts.set(game.ending!, (counts.get(game.ending!) ?? 0) + 1);
          }
          process.stdout.write(
            `engine ${role}/${name}: ${[...counts]
              .sort((a, b) => b[1] - a[1])
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}\n`,
          );
        },
        BATCH_TIMEOUT,
      );

      it(
        `${role}, ${name}, with the ink fallbacks only: an ending every time, no runtime error`,
        () => {
          const counts = new Map<string, number>();
          for (let seed = 1; seed <= GAMES; seed++) {
            const { ending } = playFallbacks(role, name, seed);
            expect(ending, `seed ${seed} stopped without an ending`).toMatch(new RegExp(`^${role}-`));
            counts.set(ending!, (counts.get(ending!) ?? 0) + 1);
          }
          expect(counts.size).toBeGreaterThanOrEqual(name === 'full' ? 6 : 4);
        },
        BATCH_TIMEOUT,
      );
    }

    it(`${role}: every ending is reached (out-of-time ones with fewer months)`, () => {
      const reached = new Set(SCENARIOS.flatMap((name) => engineGames(role, name).map((g) => g.ending)));
      // The out-of-time endings need a scenario file that cuts the months short.
      for (let seed = 1; seed <= 200; seed++) {
        const turns = 1 + (seed % 9);
        reached.add(playEngine(role, { ...BUILT_IN_SCENARIOS.full, id: 'cut', turns }, seed).ending!.id);
      }
      const missing = endings[role].filter((e) => !reached.has(e));
      expect(endings[role].length).toBeGreaterThanOrEqual(6);
      expect(missing, `endings never reached by random play: ${missing.join(', ')}`).toEqual([]);
    }, 240_000);
  }
});

describe('choice points', () => {
  it('at 90% or more, the options lead to different meters, tracks or passages', () => {
    const seen = new Map<string, boolean>();
    for (const role of ROLES) {
      for (const name of SCENARIOS) {
        for (let seed = 1; seed <= 150; seed++) {
          const session = GameSession.start({
            storyJson: shared,
            role,
            seed,
            scenario: BUILT_IN_SCENARIOS[name],
            undo: true,
          });
          const pick = rng(seed + 5);
          let view = session.view();
          while (!view.ended) {
            const key = `${role}|${name}|${view.choices.map((c) => c.text).join('|')}`;
            if (!seen.has(key)) {
              const outcomes = view.choices.map((c) => {
                const after = session.choose(c.index);
                const signature = JSON.stringify([after.meters, after.tracks, after.passage.lines.map((l) => l.text)]);
                session.undo();
                return signature;
              });
              seen.set(key, new Set(outcomes).size === outcomes.length);
            }
            view = session.choose(pick(view.choices.length));
          }
        }
      }
    }
    const distinct = [...seen.values()].filter(Boolean).length;
    process.stdout.write(`choice points: ${distinct} of ${seen.size} have options with different outcomes\n`);
    expect(seen.size).toBeGreaterThan(50);
    expect(distinct / seen.size).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('has the size of issues 3 and 12: 15,000 words, 30 choice points and 6 endings a role, full games of 3,000-6,000 words and 20-40 decisions, a short game of 4 turns', () => {
    const { stats } = compileStoryFile('story/main.ink');
    const range = (xs: number[]) => [Math.min(...xs), Math.max(...xs)];
    for (const role of ROLES) {
      const points = new Set(SCENARIOS.flatMap((name) => engineGames(role, name).flatMap((g) => g.positions)));
      // Complete full games: those no threshold cut short.
      const full = engineGames(role, 'full').filter((g) => !g.collapse);
      const [dMin, dMax] = range(full.map((g) => g.decisions));
      const [wMin, wMax] = range(full.map((g) => g.words));
      process.stdout.write(
        `size ${role}: ${points.size} choice points, ${endings[role].length} endings; ${full.length} complete full games of ` +
          `${dMin}-${dMax} decisions and ${wMin}-${wMax} words\n`,
      );
      expect(points.size).toBeGreaterThanOrEqual(30);
      expect(endings[role].length).toBeGreaterThanOrEqual(6);
      expect(full.length).toBeGreaterThan(GAMES / 2);
      expect(dMin).toBeGreaterThanOrEqual(20);
      expect(dMax).toBeLessThanOrEqual(40);
      expect(wMin).toBeGreaterThanOrEqual(3000);
      expect(wMax).toBeLessThanOrEqual(6000);
    }
    const shortTurns = Math.max(...ROLES.flatMap((role) => engineGames(role, 'short').map((g) => g.turn)));
    process.stdout.write(`size: ${stats?.words} words of ink; short games end by turn ${shortTurns}\n`);
    expect(stats?.words).toBeGreaterThanOrEqual(15_000);
    expect(shortTurns).toBeLessThanOrEqual(4);
  }, 240_000);
});

describe('the short scenario', () => {
  it('keeps the short scenario to a lesson: at most 2,000 words a playthrough, 400 words a turn before its first decision', () => {
    // Words read: the story's lines and the options offered (historical notes, shown on request, left out).
    for (const role of ROLES) {
      const games = engineGames(role, 'short');
      const longest = games.reduce((a, g) => (g.read > a.read ? g : a));
      const turns = games.flatMap((g) => g.turns.map((t) => ({ ...t, seed: g.seed })));
      const longTurn = turns.reduce((a, t) => (t.words > a.words ? t : a));
      process.stdout.write(
        `short ${role}: playthroughs of ${Math.min(...games.map((g) => g.read))}-${longest.read} words read; ` +
          `the longest turn ${longTurn.words} words before its first decision (turn ${longTurn.turn}, seed ${longTurn.seed})\n`,
      );
      expect(
        longest.read,
        `${role}, seed ${longest.seed}: ${longest.read} words in a short playthrough`,
      ).toBeLessThanOrEqual(2000);
      expect(
        longTurn.words,
        `${role}, seed ${longTurn.seed}: turn ${longTurn.turn} has ${longTurn.words} words before its first decision`,
      ).toBeLessThanOrEqual(400);
    }
  }, 240_000);
});
