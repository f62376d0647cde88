/**
 * A desk of a linked pair whose student's game stops mid-game (a laptop that slept, a closed
 * window: here SIGKILL) comes back with the same `mandate join`: the same desk of the same pair,
 * at the decision where it stopped. The host knows the desk by the secret it gave, kept on the
 * student's machine: another student typing the same name and pair is refused and changes
 * nothing. The pair plays on to its end, and the host's pair log holds every decision once.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PairLog } from '../../src/engine/linked/pair-log.js';
import { readClass } from '../../src/storage/class-folder.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { joinStudent, type Student, startHostProcess, until } from './processes.js';

const children: { kill(signal?: NodeJS.Signals): void }[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** How many times the student was asked for a decision (plain mode's `> ` prompt). */
const prompts = (out: string) => (out.match(/(^|\n)> /g) ?? []).length;
/** The options listed before the student's latest prompt. */
const lastOptions = (out: string) => {
  const before = out.slice(0, out.lastIndexOf('> '));
  const chunk = before.slice(before.lastIndexOf('\n> ') + 1);
  return chunk.split('\n').filter((l) => /^\s+\d+\) /.test(l));
};

describe('a desk of a linked pair that stops mid-game', () => {
  it('rejoins the same desk at the same decision by its secret, and the host keeps every decision once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-pair-rejoin-'));
    const host = await startHostProcess(folder);
    children.push(host.child);
    const pairArgs = (role?: string) => ['--pair', 'table 2', ...(role ? ['--role', role] : [])];
    const dee = joinStudent(host.base, host.code, 'Dee', tempHome(), pairArgs('us'));
    const eli = joinStudent(host.base, host.code, 'Eli', tempHome(), pairArgs('nato'));
    children.push(dee.child, eli.child);
    // Eli plays straight through, waiting for the US desk at each month's end.
    eli.child.stdin.end('1\n'.repeat(200));
    const pairLog = () => {
      const id = readClass(folder)!.pairs[0]!.id;
      return JSON.parse(readFileSync(join(folder, 'games', `${id}.json`), 'utf8')) as PairLog;
    };
    const usMoves = () => pairLog().moves.filter((m) => m.role === 'us').length;
    for (let n = 1; n <= 3; n++) {
      await until(`Dee's prompt ${n}`, () => prompts(dee.out()) >= n && dee.out().endsWith('> '));
      dee.decide();
    }
    await until('three US decisions at the host', () => usMoves() === 3);
    // The fourth decision is on Dee's screen when her game stops.
    await until("Dee's fourth prompt", () => prompts(dee.out()) === 4 && dee.out().endsWith('> '));
    const where = lastOptions(dee.out());
    expect(where.length).toBeGreaterThan(0);
    dee.child.kill('SIGKILL');
    await dee.done;
    const before = pairLog();
    expect(before.desks.us.decisions).toHaveLength(3);

    // Another student types Dee's name and pair: refused, and nothing changes at the host.
    const record = readClass(folder)!;
    const imposter: Student = joinStudent(host.base, host.code, 'dee', tempHome(), ['--pair', 'TABLE 2']);
    children.push(imposter.child);
    expect(await imposter.done).toBe(2);
    expect(imposter.out()).toMatch(/already has the US desk of pair "table 2"/);
    expect(readClass(folder)).toEqual(record);
    expect(pairLog().desks.us.decisions).toEqual(before.desks.us.decisions);

    // Dee's machine joins again: her desk, at her fourth decision.
    const back = joinStudent(host.base, host.code, 'Dee', dee.home, pairArgs());
    children.push(back.child);
    await until('the first prompt after rejoining', () => back.out().endsWith('> '));
    expect(back.out()).toMatch(/^Back at the pair "table 2" as Dee: the US desk, after 3 decisions\./);
    expect(lastOptions(back.out())).toEqual(where);
    back.child.stdin.end('1\n'.repeat(200));
    const late = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${back.out().slice(-800)}\n=====\n${eli.out().slice(-800)}`)), 90_000),
    );
    expect(await Promise.race([Promise.all([back.done, eli.done]), late])).toEqual([0, 0]);
    expect(back.out()).toContain('Both desks have finished; the host has the pair log.');

    host.child.kill('SIGINT');
    await new Promise((r) => host.child.once('exit', r));
    // One pair, the same one, with Dee still at its US desk.
    const pairs = readClass(folder)!.pairs;
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.desks.us!.player).toBe('Dee');
    const final = pairLog();
    expect(final.status).toBe('ended');
    // Every decision once: the three before the stop, as they were, then one per prompt answered.
    expect(final.desks.us.decisions.slice(0, 3)).toEqual(before.desks.us.decisions);
    expect(final.desks.us.decisions).toHaveLength(3 + prompts(back.out()));
    expect(final.moves.filter((m) => m.role === 'us')).toHaveLength(3 + prompts(back.out()));
    expect(final.desks.nato.decisions).toHaveLength(prompts(eli.out()));
    const verify = runCli(['replay', '--verify', join(folder, 'games', `${pairs[0]!.id}.json`)]);
    expect(verify.stdout).toMatch(/^ok: /);
    expect(verify.code).toBe(0);
  }, 180_000);
});
