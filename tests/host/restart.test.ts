/**
 * Nothing lost: the host is killed with SIGKILL mid-class and restarted on the same folder.
 * Every decision that had reached it is still in its folder; the student's game went on while
 * the host was gone (saved on the student's machine), and once the host is back the student's
 * decisions reach it and the game carries on to its end there.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import { readClass } from '../../src/storage/class-folder.js';
import { runCli } from '../helpers/cli.js';
import { joinStudent, startHostProcess, until } from './processes.js';

const children: { kill(signal?: NodeJS.Signals): void }[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

describe('a host killed mid-class', () => {
  it('keeps every decision that reached it, and the game carries on once it is back', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-restart-'));
    const first = await startHostProcess(folder);
    children.push(first.child);
    const port = new URL(first.base).port;
    const ann = joinStudent(first.base, first.code, 'Ann');
    children.push(ann.child);
    const record = () => readClass(folder)!;
    const hostLog = () => {
      const id = record().games[0]?.id;
      try {
        return id ? (JSON.parse(readFileSync(join(folder, 'games', `${id}.json`), 'utf8')) as DecisionLog) : null;
      } catch {
        return null;
      }
    };
    const decide = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const before = ann.out().length;
        // The prompt, maybe followed by a word about the host (which comes when it comes).
        await until('the prompt', () => /> (?:\(The host[^\n]*\n)*$/.test(ann.out()));
        ann.decide();
        await until('the decision taken', () => ann.out().length > before + 2);
      }
    };
    await decide(2);
    await until('two decisions at the host', () => hostLog()?.decisions.length === 2);
    const reached = hostLog()!;

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    // Everything that reached the host is on its disk.
    expect(hostLog()).toEqual(reached);
    // The game goes on without the host.
    await decide(2);
    await until('word that the host is gone', () => ann.out().includes('The host cannot be reached'));
    expect(hostLog()!.decisions).toHaveLength(2);

    const second = await startHostProcess(folder, Number(port));
    children.push(second.child);
    expect(second.code).toBe(first.code);
    expect(second.out()).toContain('open again');
    expect(second.out()).toContain('1 games carry on from before.');
    // The decisions taken while it was gone arrive, then the rest of the game.
    await until('the four decisions at the host', () => hostLog()?.decisions.length === 4, 30_000);
    ann.child.stdin.end('1\n'.repeat(100));
    expect(await ann.done).toBe(0);
    expect(ann.out()).toContain('The host has your decisions again.');
    const final = hostLog()!;
    expect(final.status).toBe('ended');
    expect(final.decisions.slice(0, 2)).toEqual(reached.decisions);
    second.child.kill('SIGINT');
    const verify = runCli(['replay', '--verify', join(folder, 'games', `${record().games[0]!.id}.json`)]);
    expect(verify.code).toBe(0);
  }, 120_000);

  it('a student whose game was closed (a laptop that slept) joins again and carries on the same game', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-rejoin-'));
    const host = await startHostProcess(folder);
    children.push(host.child);
    const first = joinStudent(host.base, host.code, 'Bo');
    children.push(first.child);
    const id = () => readClass(folder)!.games[0]?.id;
    const decisions = () => {
      try {
        return (JSON.parse(readFileSync(join(folder, 'games', `${id()}.json`), 'utf8')) as DecisionLog).decisions
          .length;
      } catch {
        return -1;
      }
    };
    await until('the prompt', () => first.out().endsWith('> '));
    first.decide();
    first.decide();
    await until('two decisions at the host', () => decisions() === 2);
    first.child.kill('SIGKILL');
    await first.done;
    const again = joinStudent(host.base, host.code, 'Bo', first.home);
    children.push(again.child);
    again.child.stdin.end('1\n'.repeat(100));
    expect(await again.done).toBe(0);
    expect(again.out()).toMatch(/^Rejoining class \w+ after 2 decisions/);
    // One game at the host, the same one, to its end.
    expect(readClass(folder)!.games).toHaveLength(1);
    const log = JSON.parse(readFileSync(join(folder, 'games', `${id()}.json`), 'utf8')) as DecisionLog;
    expect(log.status).toBe('ended');
    expect(log.player).toBe('Bo');
    host.child.kill('SIGINT');
  }, 120_000);
});
