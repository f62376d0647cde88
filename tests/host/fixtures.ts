/** A class host in this process, on a free port of 127.0.0.1, over a folder of its own. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLog } from '../../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import { ClassState, newClassCode, newToken } from '../../src/host/class-state.js';
import { Pairs } from '../../src/host/pairs.js';
import { HostServer } from '../../src/host/server.js';
import { type ClassRecord, writeClass } from '../../src/storage/class-folder.js';
import { newSession, storyJson } from '../helpers/story.js';

export async function startHost(seed = 5) {
  const folder = mkdtempSync(join(tmpdir(), 'mandate-host-'));
  const record: ClassRecord = {
    format: 'mandate-class',
    version: 1,
    name: 'Test class',
    code: newClassCode(),
    token: newToken(),
    scenario: 'short',
    seed,
    memos: null,
    createdAt: new Date().toISOString(),
    games: [],
    pairs: [],
  };
  writeClass(folder, record);
  const pairs = new Pairs(folder, record, { json: storyJson, parsed: storyJson }, BUILT_IN_SCENARIOS.short);
  const host = new HostServer({ state: new ClassState(folder, record), pairs, report: async () => '<p>report</p>' });
  const address = await host.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${address.port}`;
  return { folder, record, host, base };
}

/** Every file under `dir` with its bytes: what "changes no file" compares. */
export function folderSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The log of a game of `role` and `seed` after `n` decisions, as a student's machine saves it. */
export function studentLog(
  player: string,
  role: Role,
  seed: number,
  n: number,
  createdAt = '2026-03-02T10:00:00.000Z',
) {
  const session = newSession(role, seed, 'short');
  for (let i = 0; i < n && !session.view().ended; i++) session.choose(0);
  return buildLog(session, storyJson, { player, createdAt }, new Date(createdAt));
}
