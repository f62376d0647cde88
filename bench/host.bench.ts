/**
 * The class host under a class's load (issue 14): 40 students, each sending a decision every
 * second, for MANDATE_BENCH_HOST_SECONDS (default 600: ten minutes), and a dashboard following
 * the class by server-sent events. The figure: the median time from a student's decision
 * leaving the student (the log's PUT) to the dashboard receiving it; beside it, the floor of
 * any request in the same run (a bare request the host answers at once). Every decision the
 * host acknowledged must reach the dashboard and the host's folder: a lost one fails the row.
 * The students and the dashboard run in this process: the figure includes their work too.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLog } from '../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../src/engine/scenario.js';
import { GameSession } from '../src/engine/session.js';
import { ParsedStory } from '../src/engine/story/runtime.js';
import { ClassState, newClassCode, newToken } from '../src/host/class-state.js';
import { HostServer } from '../src/host/server.js';
import { type ClassRecord, gameLogFile, writeClass } from '../src/storage/class-folder.js';
import { type BenchRow, median } from './harness.js';

const STUDENTS = 40;
const SECONDS = Number(process.env.MANDATE_BENCH_HOST_SECONDS ?? 600);
const TARGET_MS = 200;

function call(port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A student's game as the logs it sends, one per decision (the full scenario, seed of its own). */
function gameLogs(story: ParsedStory, seed: number, player: string, role: 'us' | 'nato'): string[] {
  const session = GameSession.start({ storyJson: story, role, seed, scenario: BUILT_IN_SCENARIOS.full });
  const meta = { player, createdAt: new Date().toISOString() };
  const out: string[] = [];
  for (let i = 0; !session.view().ended && i < 200; i++) {
    session.choose(i % session.view().choices.length);
    out.push(JSON.stringify(buildLog(session, story, meta, new Date())));
  }
  return out;
}

export async function rows(): Promise<BenchRow[]> {
  const storyJson = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
  const story = new ParsedStory(storyJson);
  const folder = mkdtempSync(join(tmpdir(), 'mandate-bench-host-'));
  const record: ClassRecord = {
    format: 'mandate-class',
    version: 1,
    name: 'bench',
    code: newClassCode(),
    token: newToken(),
    scenario: 'full',
    seed: null,
    memos: null,
    createdAt: new Date().toISOString(),
    games: [],
    pairs: [],
  };
  writeClass(folder, record);
  let seeds = 0;
  const host = new HostServer({ state: new ClassState(folder, record), report: async () => '', seed: () => ++seeds });
  const { port } = await host.listen(0, '127.0.0.1');
  const json = { 'content-type': 'application/json' };

  // The dashboard: when each game's decision count arrived.
  const arrived = new Map<string, number>();
  await new Promise<void>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: `/api/events?token=${record.token}`, agent: false }, (res) => {
      let buffer = '';
      res.on('data', (d: Buffer) => {
        buffer += d.toString('utf8');
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (message.startsWith('event: game')) {
            const g = JSON.parse(message.slice(message.indexOf('data: ') + 6)).game as {
              id: string;
              decisions: number;
            };
            arrived.set(`${g.id}:${g.decisions}`, performance.now());
          }
          end = buffer.indexOf('\n\n');
        }
      });
      resolve();
    });
    req.end();
  });

  const sent = new Map<string, number>();
  const acknowledged: string[] = [];
  const floor: number[] = [];
  const students = await Promise.all(
    Array.from({ length: STUDENTS }, async (_, i) => {
      const player = `Student ${i + 1}`;
      const join = async () => {
        const r = await call(port, 'POST', '/api/join', json, JSON.stringify({ code: record.code, player }));
        const { game } = JSON.parse(r.text) as {
          game: { id: string; secret: string; seed: number; role: 'us' | 'nato' };
        };
        return { ...game, logs: gameLogs(story, game.seed, player, game.role), next: 0 };
      };
      return { join, game: await join() };
    }),
  );
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    students.map(async (s, i) => {
      // Each student on a second of its own, not all at once.
      await new Promise((r) => setTimeout(r, (1000 * i) / STUDENTS));
      while (performance.now() < deadline) {
        const tick = performance.now();
        if (s.game.next >= s.game.logs.length) s.game = await s.join();
        const g = s.game;
        const n = ++g.next;
        const key = `${g.id}:${n}`;
        sent.set(key, performance.now());
        const r = await call(
          port,
          'PUT',
          `/api/games/${g.id}/log`,
          { ...json, 'x-mandate-code': record.code, authorization: `Bearer ${g.secret}` },
          g.logs[n - 1],
        );
        if (r.status === 200) acknowledged.push(key);
        if (i === 0) {
          const t0 = performance.now();
          await call(port, 'GET', '/favicon.ico', {});
          floor.push(performance.now() - t0);
        }
        await new Promise((r2) => setTimeout(r2, Math.max(0, 1000 - (performance.now() - tick))));
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 500));
  const lags = acknowledged.flatMap((k) => (arrived.has(k) ? [arrived.get(k)! - sent.get(k)!] : []));
  const lost = acknowledged.filter((k) => !arrived.has(k)).length;
  // And on disk: every game's file holds its last acknowledged decision.
  const last = new Map<string, number>();
  for (const k of acknowledged) {
    const [id, n] = k.split(':') as [string, string];
    last.set(id, Math.max(last.get(id) ?? 0, Number(n)));
  }
  let missing = 0;
  for (const [id, n] of last) {
    const log = JSON.parse(readFileSync(gameLogFile(folder, id), 'utf8')) as { decisions: unknown[] };
    if (log.decisions.length !== n) missing++;
  }
  await host.close();
  rmSync(folder, { recursive: true, force: true });
  const value = median(lags);
  return [
    {
      name: `host: decision to dashboard, ${STUDENTS} students × 1/s for ${SECONDS} s (${acknowledged.length.toLocaleString('en-US')} decisions, ${lost + missing} lost)`,
      value,
      unit: 'ms',
      baseline: { name: 'a bare request to the host', value: median(floor) },
      target: `< ${TARGET_MS} ms, none lost`,
      ok: value < TARGET_MS && lost === 0 && missing === 0 && acknowledged.length > 0,
    },
  ];
}
