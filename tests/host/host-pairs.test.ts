/**
 * `mandate host --pairs`: the host pairs the students itself (issue 14, "the host pairs students
 * who join as a pair, or pairs them itself"). Students type the usual `mandate join` with no
 * pair name; the host seats them two by two at the desks of pairs it names "Pair #1", "Pair #2"…
 * (a name no student can type), honouring a desk asked for. A seated student comes back to the
 * same desk by the same command, and a pair the host made plays to its end like any other.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readClass } from '../../src/storage/class-folder.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { joinStudent, type Student, startHostProcess, until } from './processes.js';

const children: { kill(signal?: NodeJS.Signals): void }[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

describe('a class the host pairs itself', () => {
  it('seats students two by two, honours a desk asked for, and brings a student back to the same desk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-host-pairs-'));
    const host = await startHostProcess(folder, 0, ['--pairs']);
    children.push(host.child);
    expect(host.out()).toContain('Pairs:      the host seats the students two by two, one desk each');

    /** Joins with no pair name and waits for the line that says where the host seated them. */
    const arrive = async (player: string, extra: string[] = [], home = tempHome()): Promise<Student> => {
      const s = joinStudent(host.base, host.code, player, home, extra);
      children.push(s.child);
      await until(`${player} seated`, () => /(Joined|Back at) the pair/.test(s.out()));
      return s;
    };
    const ann = await arrive('Ann');
    const bob = await arrive('Bob');
    const cy = await arrive('Cy', ['--role', 'nato']);
    expect(ann.out()).toMatch(/^Joined the pair "Pair #1" as Ann: the US desk, short scenario\./);
    expect(bob.out()).toMatch(/^Joined the pair "Pair #1" as Bob: the NATO desk, short scenario\./);
    // Pair #1 is full, so Cy's wish opens Pair #2 at its NATO desk.
    expect(cy.out()).toMatch(/^Joined the pair "Pair #2" as Cy: the NATO desk, short scenario\./);
    const record = readClass(folder)!;
    expect(record.hostPairs).toBe(true);
    expect(record.games).toEqual([]);
    expect(record.pairs.map((p) => [p.name, p.desks.us?.player ?? null, p.desks.nato?.player ?? null])).toEqual([
      ['Pair #1', 'Ann', 'Bob'],
      ['Pair #2', null, 'Cy'],
    ]);

    // Cy's laptop sleeps before a decision; the same command on the same machine finds the desk.
    cy.child.kill('SIGKILL');
    await cy.done;
    const back = await arrive('Cy', [], cy.home);
    expect(back.out()).toMatch(/^Back at the pair "Pair #2" as Cy: the NATO desk, after 0 decisions\./);
    // Dee asks for no desk: the free one of Pair #2.
    const dee = await arrive('Dee');
    expect(dee.out()).toMatch(/^Joined the pair "Pair #2" as Dee: the US desk/);
    expect(readClass(folder)!.pairs).toHaveLength(2);

    // Both pairs play to their ends; their pair logs replay.
    const everyone = [ann, bob, back, dee];
    for (const s of everyone) s.child.stdin.end('1\n'.repeat(200));
    const late = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(everyone.map((s) => s.out().slice(-600)).join('\n=====\n'))), 120_000),
    );
    expect(await Promise.race([Promise.all(everyone.map((s) => s.done)), late])).toEqual([0, 0, 0, 0]);
    for (const s of everyone) expect(s.out()).toContain('Both desks have finished; the host has the pair log.');
    for (const p of readClass(folder)!.pairs) {
      const verify = runCli(['replay', '--verify', join(folder, 'games', `${p.id}.json`)]);
      expect(verify.stdout).toMatch(/^ok: /);
      expect(verify.code).toBe(0);
    }
  }, 200_000);
});
