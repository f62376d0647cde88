/**
 * Fixtures for the log tests: the built story parsed once (sessions share it, and its hash is
 * computed once), random playthroughs, and logs written to temporary folders.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLog, type DecisionLog } from '../../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { ParsedStory } from '../../src/engine/story/runtime.js';
import { storyJson } from '../helpers/story.js';

/** The built story as one parsed object: logs are hashed from it, replays share its parse. */
export const story: object = JSON.parse(storyJson);
/**
 * The same story parsed once by ink, so the games these tests play do not each parse it; parsed
 * on first use, so a test file that plays no game does not pay for it.
 */
let parsed: ParsedStory | null = null;
const parsedStory = () => {
  parsed ??= new ParsedStory(story);
  return parsed;
};

export const CREATED = '2024-03-01T10:00:00.000Z';
export const UPDATED = new Date('2024-03-01T10:30:00.000Z');

/**
 * Plays `picks` (each taken modulo the options on offer; -1 means undo when allowed) and stops
 * at the end of the list, the end of the game, or `cap` decisions.
 */
export function randomPlay(
  role: Role,
  seed: number,
  scenario: 'full' | 'short',
  picks: readonly number[],
  undo = false,
  cap = 60,
): GameSession {
  const session = GameSession.start({
    storyJson: parsedStory(),
    role,
    seed,
    scenario: BUILT_IN_SCENARIOS[scenario],
    undo,
  });
  for (const p of picks) {
    const view = session.view();
    if (view.ended || view.decisions.length >= cap) break;
    if (p < 0) session.undo();
    else session.choose(p % view.choices.length);
  }
  return session;
}

export function logOf(session: GameSession, player: string | null = 'Ann'): DecisionLog {
  // Through JSON, as a log read from disk is: the engine's records share unchanged objects
  // (one tracks object for decisions that moved none), tests edit logs in place, and
  // structuredClone would keep the sharing.
  return JSON.parse(JSON.stringify(buildLog(session, story, { player, createdAt: CREATED }, UPDATED)));
}

/** A log played to the end with a simple deterministic policy. */
export function finishedLog(role: Role = 'us', seed = 7, scenario: 'full' | 'short' = 'short'): DecisionLog {
  const picks = Array.from({ length: 200 }, (_, i) => (seed * 7 + i * 13) % 97);
  const session = randomPlay(role, seed, scenario, picks, false, 10_000);
  if (!session.view().ended) throw new Error('fixture game did not end');
  return logOf(session);
}

/** A log stopped after `n` decisions (the game goes on). */
export function unfinishedLog(n = 1, role: Role = 'us', seed = 7): DecisionLog {
  const session = randomPlay(role, seed, 'full', Array(n).fill(0), false, n);
  if (session.view().ended) throw new Error('fixture game ended too soon');
  return logOf(session);
}

export function writeJson(dir: string, name: string, data: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** Contents and modification times of every file in `dir`, to prove a command changed none. */
export function snapshot(dir: string): Record<string, { text: string; mtime: number }> {
  const out: Record<string, { text: string; mtime: number }> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.size < 1024 * 1024) out[p] = { text: readFileSync(p, 'utf8'), mtime: st.mtimeMs };
      else out[p] = { text: `<${st.size} bytes>`, mtime: st.mtimeMs };
    }
  };
  walk(dir);
  return out;
}
