/**
 * The class host under a class's load (issue 14): 40 students, each sending a decision every
 * second, for MANDATE_BENCH_HOST_SECONDS (default 600: ten minutes), and a dashboard following
 * the class by server-sent events on the path the dashboard page's EventSource opens. The host
 * is the built `mandate host` in a process of its own, as a class runs it; the students and the
 * dashboard run in this process. The figure: the median time from a student's decision leaving
 * the student (the log's PUT) to the dashboard receiving it; beside it, the floor of any request
 * in the same run (a bare request the host answers at once). A decision is lost unless it
 * reached both the dashboard and the host's folder (the game's log there holds it): every
 * decision sent is counted, acknowledged or not, and one lost fails the row.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLog } from '../src/engine/log.js';
import { BUILT_IN_SCENARIOS } from '../src/engine/scenario.js';
import { GameSession, type Role } from '../src/engine/session.js';
import { ParsedStory } from '../src/engine/story/runtime.js';
import { gameLogFile } from '../src/storage/class-folder.js';
import { type BenchRow, median } from './harness.js';

const STUDENTS = 40;
const SECONDS = Number(process.env.MANDATE_BENCH_HOST_SECONDS ?? 600);
const TARGET_MS = 200;
/** The class's seed: every game of a role is the same game, so its logs are made once. */
const SEED = 7;
const PLAYER = '@@PLAYER@@';

interface Answer {
  status: number;
  text: string;
}

function call(port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<Answer>((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false, timeout: 10_000 }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', () => resolve({ status: 0, text: '' }));
    });
    // A failed request is counted (not acknowledged), never the end of the run.
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

/** A game of `role` as the logs its student sends, one per decision, for any player's name. */
function gameLogs(story: ParsedStory, role: Role): ((player: string) => string)[] {
  const session = GameSession.start({ storyJson: story, role, seed: SEED, scenario: BUILT_IN_SCENARIOS.full });
  const meta = { player: PLAYER, createdAt: new Date().toISOString() };
  const out: ((player: string) => string)[] = [];
  for (let i = 0; !session.view().ended && i < 200; i++) {
    session.choose(i % session.view().choices.length);
    const text = JSON.stringify(buildLog(session, story, meta, new Date()));
    out.push((player) => text.replace(JSON.stringify(PLAYER), JSON.stringify(player)));
  }
  return out;
}

interface HostProcess {
  port: number;
  code: string;
  token: string;
  stop(): Promise<void>;
}

/** `mandate host` from dist/, on a free port of 127.0.0.1, over `folder`. */
function startHost(folder: string, home: string): Promise<HostProcess> {
  const bin = new URL('../dist/mandate.js', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [bin, 'host', '--bind', '127.0.0.1', '--port', '0', '--folder', folder, '--scenario', 'full'].concat([
      '--seed',
      String(SEED),
      '--no-announce',
      '--name',
      'bench',
    ]),
    { env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mandate host did not start:\n${out}`)), 30_000);
    void exited.then(() => reject(new Error(`mandate host exited:\n${out}`)));
    const check = () => {
      const address = /Address: +http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      const code = /Class code: +(\S+)/.exec(out);
      const token = /Dashboard: +\S+\?token=(\S+)/.exec(out);
      if (!address || !code || !token) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve({
        port: Number(address[1]),
        code: code[1]!,
        token: token[1]!,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', check);
  });
}

/** The dashboard's live feed: when each game's decision count arrived. */
function followDashboard(port: number, token: string, arrived: Map<string, number>): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/api/events?token=${token}`, agent: false }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`the dashboard's feed answered ${res.statusCode}`));
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
            const key = `${g.id}:${g.decisions}`;
            if (!arrived.has(key)) arrived.set(key, performance.now());
          }
          end = buffer.indexOf('\n\n');
        }
      });
      resolve(() => req.destroy());
    });
    req.on('error', reject);
    req.end();
  });
}

export async function rows(): Promise<BenchRow[]> {
  const storyJson = readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8');
  const story = new ParsedStory(storyJson);
  const logs: Record<Role, ((player: string) => string)[]> = {
    us: gameLogs(story, 'us'),
    nato: gameLogs(story, 'nato'),
  };
  const folder = mkdtempSync(join(tmpdir(), 'mandate-bench-host-'));
  const home = mkdtempSync(join(tmpdir(), 'mandate-bench-home-'));
  const host = await startHost(folder, home);
  const { port } = host;
  const json = { 'content-type': 'application/json' };
  const arrived = new Map<string, number>();
  const closeDashboard = await followDashboard(port, host.token, arrived);

  const sent = new Map<string, number>();
  const acknowledged = new Set<string>();
  const floor: number[] = [];
  const enrol = async (player: string) => {
    const r = await call(port, 'POST', '/api/join', json, JSON.stringify({ code: host.code, player }));
    if (r.status !== 200) throw new Error(`${player} could not join: ${r.status} ${r.text}`);
    const { game } = JSON.parse(r.text) as { game: { id: string; secret: string; role: Role } };
    return { ...game, player, next: 0 };
  };
  const students = await Promise.all(Array.from({ length: STUDENTS }, (_, i) => enrol(`Student ${i + 1}`)));
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    students.map(async (first, i) => {
      let g = first;
      // Each student on a second of its own, not all at once.
      await new Promise((r) => setTimeout(r, (1000 * i) / STUDENTS));
      while (performance.now() < deadline) {
        const tick = performance.now();
        // A game at its end: the student joins the class again for a new one.
        if (g.next >= logs[g.role].length) g = await enrol(g.player);
        const n = ++g.next;
        const key = `${g.id}:${n}`;
        sent.set(key, performance.now());
        const r = await call(
          port,
          'PUT',
          `/api/games/${g.id}/log`,
          { ...json, 'x-mandate-code': host.code, authorization: `Bearer ${g.secret}` },
          logs[g.role][n - 1]!(g.player),
        );
        if (r.status === 200) acknowledged.add(key);
        if (i === 0) {
          const t0 = performance.now();
          await call(port, 'GET', '/favicon.ico', {});
          floor.push(performance.now() - t0);
        }
        await new Promise((r2) => setTimeout(r2, Math.max(0, 1000 - (performance.now() - tick))));
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 1000));
  closeDashboard();
  await host.stop();

  // The folder: how many decisions each game's log there holds, after the host has closed.
  const onDisk = new Map<string, number>();
  for (const key of sent.keys()) {
    const id = key.slice(0, key.indexOf(':'));
    if (onDisk.has(id)) continue;
    try {
      const log = JSON.parse(readFileSync(gameLogFile(folder, id), 'utf8')) as { decisions: unknown[] };
      onDisk.set(id, log.decisions.length);
    } catch {
      onDisk.set(id, 0);
    }
  }
  let reached = 0;
  let saved = 0;
  let lost = 0;
  const lags: number[] = [];
  for (const [key, at] of sent) {
    const [id, n] = key.split(':') as [string, string];
    const shown = arrived.get(key);
    const kept = (onDisk.get(id) ?? 0) >= Number(n);
    if (shown !== undefined) {
      reached++;
      lags.push(shown - at);
    }
    if (kept) saved++;
    if (shown === undefined || !kept) lost++;
  }
  rmSync(folder, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
  const value = median(lags);
  const fmt = (n: number) => n.toLocaleString('en-US');
  process.stderr.write(
    `host bench: ${fmt(sent.size)} decisions sent, ${fmt(acknowledged.size)} acknowledged, ` +
      `${fmt(reached)} on the dashboard, ${fmt(saved)} in the folder, ${fmt(lost)} lost; ` +
      `median ${value.toFixed(1)} ms, 95th percentile ${percentile(lags, 0.95).toFixed(1)} ms, ` +
      `floor ${median(floor).toFixed(1)} ms\n`,
  );
  return [
    {
      name: `host: decision to dashboard, ${STUDENTS} students × 1/s for ${SECONDS} s (${fmt(sent.size)} decisions sent, ${fmt(lost)} lost)`,
      value,
      unit: 'ms',
      baseline: { name: 'a bare request to the host', value: median(floor) },
      target: `< ${TARGET_MS} ms, none lost`,
      ok: value < TARGET_MS && lost === 0 && acknowledged.size === sent.size && sent.size > 0,
    },
  ];
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
}
