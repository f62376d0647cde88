/**
 * A lesson as docs/teaching.md runs it: 12 named students in 6 pairs (one US, one NATO desk
 * each), the short scenario, seed 2003, reasons required; one pair did not finish. Written
 * with buildLog exactly as the game writes logs, the reasons typed through session.annotate as
 * the game does after a memo. `mixed` adds what a teacher's folder also holds by mistake: a
 * 3-turn test game of the teacher's own scenario, and a game played with another seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLog, type DecisionLog } from '../../src/engine/log.js';
import { withMemos } from '../../src/engine/memo.js';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { parsedStory, rng } from './class-logs.js';

export const STUDENTS = [
  'Ana Pereira',
  'Ben Kowalski',
  'Chloé Martin',
  'Dara Okafor',
  'Emil Novak',
  'Fatima Haddad',
  'Gus Lindqvist',
  'Hana Sato',
  'Ivo Petrov',
  'Jade Moreau',
  'Kofi Mensah',
  'Lena Fischer',
] as const;

/** The pair that ran out of time (students 11 and 12). */
export const UNFINISHED_PAIR = ['Kofi Mensah', 'Lena Fischer'];

export const TEST_SCENARIO: Scenario = {
  ...BUILT_IN_SCENARIOS.short,
  id: 'teacher-test',
  title: 'The teacher’s three-turn test',
  turns: 3,
};

export interface LessonGame {
  file: string;
  player: string;
  role: Role;
  log: DecisionLog;
  /** Ending id, or null when unfinished. */
  ending: string | null;
  endingTitle: string | null;
}

function play(
  storyJson: string | object,
  player: string,
  role: Role,
  scenario: Scenario,
  seed: number,
  pick: number,
  stopAfter?: number,
) {
  const session = GameSession.start({ storyJson: parsedStory(storyJson), role, seed, scenario });
  const random = rng(pick);
  let view = session.view();
  for (let n = 0; !view.ended && n < (stopAfter ?? 500); n++) {
    const index = Math.floor(random() * view.choices.length);
    const text = view.choices[index]!.text;
    view = session.choose(index);
    // Every student writes a reason; it names the option, so a test can find it again.
    if (scenario.memos?.ask === 'required') {
      session.annotate(view.decisions.length, `${player.split(' ')[0]} chose “${text.slice(0, 24)}” on purpose`);
    }
  }
  return session;
}

/** Writes the lesson's logs into `dir`; returns them. */
export function writeLesson(dir: string, storyJson: string | object, o: { mixed?: boolean } = {}): LessonGame[] {
  mkdirSync(dir, { recursive: true });
  const scenario = withMemos(BUILT_IN_SCENARIOS.short, 'required');
  const out: LessonGame[] = [];
  const write = (player: string, role: Role, session: GameSession, i: number) => {
    const created = new Date(Date.UTC(2026, 2, 2, 9, 0, i)).toISOString();
    const log = buildLog(session, storyJson, { player, createdAt: created }, new Date(Date.UTC(2026, 2, 2, 9, 40, i)));
    const file = join(dir, `${player.split(' ')[0]!.toLowerCase()}-${role}.json`);
    writeFileSync(file, `${JSON.stringify(log, null, 2)}\n`);
    const view = session.view();
    out.push({
      file,
      player,
      role,
      log,
      ending: view.ended ? (view.ending?.id ?? '') : null,
      endingTitle: view.ending?.title ?? null,
    });
  };
  STUDENTS.forEach((player, i) => {
    const role: Role = i % 2 === 0 ? 'us' : 'nato';
    const stop = UNFINISHED_PAIR.includes(player) ? 4 : undefined;
    write(player, role, play(storyJson, player, role, scenario, 2003, 7919 * (i + 1), stop), i);
  });
  if (o.mixed) {
    write('Teacher', 'us', play(storyJson, 'Teacher', 'us', TEST_SCENARIO, 2003, 5), 20);
    write('Mo Late', 'nato', play(storyJson, 'Mo Late', 'nato', scenario, 42, 77), 21);
  }
  return out;
}
