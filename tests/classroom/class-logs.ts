/**
 * A class of decision logs for the report tests and the benchmark: seeded random games played
 * through the engine and written with buildLog, exactly as the game writes them, plus the
 * kinds of damage a teacher meets in hand-ins. Everything the tests expect is recorded here
 * from the games themselves, never from the story's text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLog, type DecisionLog } from '../../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';

/** A small seeded generator (mulberry32): the same class every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let parsed: { json: string | object; story: ParsedStory } | null = null;

/** The story parsed once for all the games of a class (parsing costs more than playing). */
export function parsedStory(storyJson: string | object): ParsedStory {
  if (parsed?.json !== storyJson) parsed = { json: storyJson, story: new ParsedStory(storyJson) };
  return parsed.story;
}

export interface PlayedGame {
  session: GameSession;
  /** Ending id reached, or null when the game stopped early (unfinished). */
  ending: string | null;
}

/** Plays random choices from `pickSeed`; stops after `stopAfter` decisions when given. */
export function playRandom(
  storyJson: string | object,
  role: Role,
  scenario: 'full' | 'short',
  seed: number,
  pickSeed: number,
  stopAfter?: number,
): PlayedGame {
  const session = GameSession.start({
    storyJson: parsedStory(storyJson),
    role,
    seed,
    scenario: BUILT_IN_SCENARIOS[scenario],
    undo: false,
  });
  const random = rng(pickSeed);
  let view = session.view();
  for (let n = 0; !view.ended && n < (stopAfter ?? 500); n++) {
    view = session.choose(Math.floor(random() * view.choices.length));
  }
  return { session, ending: view.ended ? (view.ending?.id ?? '') : null };
}

export type Damage = 'truncated' | 'wrong-version' | 'edited-choice';

export interface ClassFile {
  file: string;
  /** Undamaged logs carry their game; damaged ones say how they were damaged. */
  kind: 'good' | Damage;
  log: DecisionLog;
  ending: string | null;
  role: Role;
  scenario: 'full' | 'short';
}

export interface ClassOptions {
  /** How many files in all. */
  count: number;
  /** Which file numbers get which damage. */
  damage?: Record<number, Damage>;
  /** File numbers whose game stops half way (a student who did not finish). */
  unfinished?: readonly number[];
  /** Varies the whole class. */
  seed?: number;
}

/** The default class of the tests: 40 files, 6 of them damaged, 3 games unfinished. */
export const CLASS_OF_40: ClassOptions = {
  count: 40,
  damage: {
    3: 'truncated',
    11: 'truncated',
    17: 'wrong-version',
    24: 'wrong-version',
    29: 'edited-choice',
    36: 'edited-choice',
  },
  unfinished: [5, 20, 33],
};

function damage(log: DecisionLog, how: Damage): string {
  const text = `${JSON.stringify(log, null, 2)}\n`;
  switch (how) {
    case 'truncated':
      return text.slice(0, Math.floor(text.length / 2));
    case 'wrong-version':
      return JSON.stringify({ ...log, version: 99 }, null, 2);
    case 'edited-choice': {
      const decisions = log.decisions.map((d, i) =>
        i === Math.floor(log.decisions.length / 2) ? { ...d, text: `${d.text} (and then some)` } : d,
      );
      return JSON.stringify({ ...log, decisions }, null, 2);
    }
  }
}

/** Writes the class into `dir` (created), one file per student; returns what was written. */
export function writeClass(dir: string, storyJson: string | object, o: ClassOptions): ClassFile[] {
  mkdirSync(dir, { recursive: true });
  const files: ClassFile[] = [];
  for (let i = 0; i < o.count; i++) files.push(writeStudent(dir, storyJson, o, i));
  return files;
}

/**
 * Writes files `from` to `to` (excluded) of the class, the same files writeClass writes, keeping
 * none of them: for the benchmark's classes of 100,000, made by several processes at once.
 */
export function writeClassRange(dir: string, storyJson: string | object, o: ClassOptions, from: number, to: number) {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < Math.min(to, o.count); i++) writeStudent(dir, storyJson, o, i);
}

/** Where student `i` of a class is written (the desk alternates, US first). */
export function studentFile(dir: string, i: number): string {
  return join(dir, `student-${String(i + 1).padStart(5, '0')}-${i % 2 === 0 ? 'us' : 'nato'}.json`);
}

/** Student `i`'s name, start and last save: what makes two students' logs different games. */
export function studentTimes(i: number): { player: string; createdAt: string; updatedAt: string } {
  return {
    player: `Student ${String(i + 1).padStart(2, '0')}`,
    createdAt: new Date(Date.UTC(2026, 2, 2, 9, 0, i)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 2, 2, 10, 0, i)).toISOString(),
  };
}

/** Plays and writes student `i` of the class. */
function writeStudent(dir: string, storyJson: string | object, o: ClassOptions, i: number): ClassFile {
  const base = o.seed ?? 1;
  const role: Role = i % 2 === 0 ? 'us' : 'nato';
  const scenario = Math.floor(i / 2) % 2 === 0 ? 'full' : 'short';
  // A class shares a seed per scenario, as a teacher would set it; choices differ per student.
  const seed = scenario === 'full' ? 1000 + base : 2000 + base;
  const stop = o.unfinished?.includes(i) ? 3 : undefined;
  const game = playRandom(storyJson, role, scenario, seed, base * 100_003 + i, stop);
  const times = studentTimes(i);
  const log = buildLog(
    game.session,
    storyJson,
    { player: times.player, createdAt: times.createdAt },
    new Date(times.updatedAt),
  );
  const file = studentFile(dir, i);
  const how = o.damage?.[i];
  writeFileSync(file, how ? damage(log, how) : `${JSON.stringify(log, null, 2)}\n`);
  return { file, kind: how ?? 'good', log, ending: game.ending, role, scenario };
}
