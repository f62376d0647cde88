/**
 * A killed game loses at most the decision in flight. The built CLI plays in plain mode with
 * `--log FILE`, answers arrive slowly on stdin, and SIGKILL lands at a random point: between
 * decisions, while the story runs, or in the middle of a save. Fifty times. Every log left
 * behind must parse and replay to the point it records, and record every decision whose next
 * prompt the process had printed (it saves before it prints).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayLog } from '../../src/engine/replay.js';
import { readLog } from '../../src/storage/logs.js';
import { BIN, tempHome } from '../helpers/cli.js';
import { finishedLog, story } from './fixtures.js';

const RUNS = 50;
const PARALLEL = 4;
/** How many decisions a game of each scenario takes, from the story as built. */
const LENGTH = { full: finishedLog('us', 1, 'full').decisions.length, short: finishedLog('us', 1).decisions.length };

/** A small seeded generator, so a failing run can be told apart and retried. */
function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

interface Run {
  home: string;
  file: string;
  /** Prompts the process had printed when it was killed (or when it ended). */
  prompts: number;
  killed: boolean;
}

function playAndKill(run: number): Promise<Run> {
  const random = rng(run * 7919 + 17);
  const home = tempHome();
  const file = join(home, 'game.json');
  const role = random(2) ? 'us' : 'nato';
  const scenario = random(3) === 0 ? 'short' : 'full';
  const args = [
    'play',
    '--plain',
    '--role',
    role,
    '--seed',
    String(random(1e6)),
    '--log',
    file,
    '--scenario',
    scenario,
  ];
  // Answers given before the kill: anywhere in a game of typical length.
  const answers = random(LENGTH[scenario]);
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, MANDATE_HOME: home, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let prompts = 0;
    let given = 0;
    let killedAt: number | null = null;
    const kill = () => {
      if (killedAt !== null) return;
      killedAt = prompts;
      child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const seen = out.match(/^> /gm)?.length ?? 0;
      while (prompts < seen) {
        prompts++;
        const block = out.slice(0, out.lastIndexOf('> '));
        const options = block.slice(block.lastIndexOf('\n\n')).match(/^ {2}\d+\) /gm)?.length ?? 1;
        if (given < answers) {
          given++;
          const answer = `${1 + random(options)}\n`;
          setTimeout(() => child.stdin.write(answer, () => {}), random(12));
          // Now and then the kill follows the answer at once: the decision is in flight.
          if (given === answers) setTimeout(kill, random(3) ? random(25) : 0);
        } else setTimeout(kill, random(10));
      }
    });
    child.stdin.on('error', () => {}); // the process may be gone before an answer arrives
    child.on('error', reject);
    child.on('exit', () => resolve({ home, file, prompts: killedAt ?? prompts, killed: killedAt !== null }));
  });
}

describe('SIGKILL during a game', () => {
  it(`leaves only logs that replay, losing at most the decision in flight (${RUNS} kills)`, async () => {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i += PARALLEL) {
      const batch = Array.from({ length: Math.min(PARALLEL, RUNS - i) }, (_, k) => playAndKill(i + k));
      runs.push(...(await Promise.all(batch)));
    }
    let decisions = 0;
    for (const [i, run] of runs.entries()) {
      const saves = join(run.home, 'saves');
      const logs = [
        ...readdirSync(run.home)
          .filter((n) => n.endsWith('.json'))
          .map((n) => join(run.home, n)),
        ...(readdirSync(run.home).includes('saves') ? readdirSync(saves) : [])
          .filter((n) => n.endsWith('.json'))
          .map((n) => join(saves, n)),
      ];
      // The first save comes before the first prompt: a game that printed one has its logs.
      if (run.prompts > 0) expect(logs, `run ${i}`).toHaveLength(2);
      for (const file of logs) {
        const log = readLog(file);
        const replay = replayLog(log, story, { undo: false });
        if (!replay.ok)
          throw new Error(`run ${i}: ${file}: step ${replay.divergence.step}: ${replay.divergence.reason}`);
        expect(log.decisions.length, `run ${i}: ${file}`).toBeGreaterThanOrEqual(run.prompts - 1);
        decisions += log.decisions.length;
      }
    }
    expect(runs.filter((r) => r.killed).length).toBeGreaterThan(RUNS / 2);
    expect(decisions).toBeGreaterThan(RUNS);
  }, 180_000);
});
