/**
 * A class session end to end, through the built CLI: `mandate host` on a random port, students
 * joining it in plain mode and playing to their endings, the teacher's dashboard open in
 * headless Chromium; two of them join as a linked pair, one desk each, and cable each other. The
 * dashboard shows every player and updates within a second of a
 * decision without a reload (screenshot in test-output/host/); the host's folder then holds a
 * log per student that `replay --verify` accepts, and the report over it lists every player.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PairLog } from '../../src/engine/linked/pair-log.js';
import { artifactDir, launch, openPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { type HostProcess, joinStudent, type Student, startHostProcess, until } from './processes.js';

const CABLE = 'Can NATO live with a timetable?';
const REPLY = 'Only with Paris on board.';
let browser: Browser | null = null;
const children: { kill(): void }[] = [];
afterAll(async () => {
  for (const c of children) c.kill();
  await browser?.close();
});

describe('a class session', () => {
  it('collects every student’s game and a linked pair live, on the dashboard and in the host’s folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-class-'));
    const host: HostProcess = await startHostProcess(folder);
    children.push(host.child);
    browser = await launch();
    const { page, requests, errors } = await openPage(browser, host.dashboard);
    await page.waitForSelector('#status:text("live")');
    // Set once: still there at the end only if the page was never reloaded.
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // Ann decides one step at a time, watched on the dashboard.
    const ann: Student = joinStudent(host.base, host.code, 'Ann');
    children.push(ann.child);
    const row = (player: string) => `tr[data-player="${player}"]`;
    await page.waitForSelector(row('Ann'), { timeout: 10_000 });
    const decisionsOf = (player: string) =>
      page.$eval(row(player), (tr) => Number((tr as HTMLElement).dataset.decisions));
    const lags: number[] = [];
    for (let n = 1; n <= 4; n++) {
      // The decision is taken when Ann answers the prompt: wait for the n-th prompt.
      await until('Ann’s prompt', () => (ann.out().match(/(^|\n)> /g) ?? []).length >= n && ann.out().endsWith('> '));
      ann.decide();
      const t0 = Date.now();
      // Within one second of the decision, or the wait fails.
      await page.waitForFunction(
        ([sel, want]) =>
          Number((document.querySelector(sel as string) as HTMLElement | null)?.dataset.decisions) === want,
        [row('Ann'), n] as const,
        { timeout: 1000, polling: 20 },
      );
      lags.push(Date.now() - t0);
    }
    expect(lags.every((ms) => ms < 1000)).toBe(true);
    // Then Bo and Cy play straight through, and Dee and Eli join as a linked pair: Dee at the
    // US desk cables first; Eli answers.
    const rest = ['Bo', 'Cy'].map((p) => joinStudent(host.base, host.code, p));
    rest.forEach((s) => {
      s.child.stdin.end('1\n'.repeat(120));
    });
    const dee = joinStudent(host.base, host.code, 'Dee', undefined, ['--pair', 'table 4', '--role', 'us']);
    dee.child.stdin.end(`c\n${CABLE}\n${'1\n'.repeat(200)}`);
    const eli = joinStudent(host.base, host.code, 'Eli', undefined, ['--pair', 'table 4', '--role', 'nato']);
    eli.child.stdin.end(`c\n${REPLY}\n${'1\n'.repeat(200)}`);
    rest.push(dee, eli);
    children.push(...rest.map((s) => s.child));
    const finished = Promise.all(rest.map((s) => s.done));
    const late = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(rest.map((s) => s.out().slice(-600)).join('\n======\n'))), 90_000),
    );
    expect(await Promise.race([finished, late])).toEqual([0, 0, 0, 0]);
    for (const p of ['Bo', 'Cy', 'Dee', 'Eli'])
      await page.waitForSelector(`${row(p)} td.state-ended`, { timeout: 5000 });
    await page.screenshot({ path: `${artifactDir('host')}dashboard.png` });
    for (const p of ['Ann', 'Bo', 'Cy', 'Dee', 'Eli']) expect(await page.locator(row(p)).count()).toBe(1);
    expect(await page.locator(`${row('Eli')} td.desk`).textContent()).toBe('NATO · pair table 4');
    expect(await decisionsOf('Ann')).toBe(4);
    expect(await page.locator('#counts').textContent()).toBe('5 players · 4 ended');

    // The pair: each cable on the other desk's screen; the NATO desk's doings on the US desk's table.
    expect(eli.out()).toContain(`[cable] from the US desk, August 2003: ${CABLE}`);
    expect(dee.out()).toContain(`[cable] from the NATO desk`);
    expect(dee.out()).toContain(REPLY);
    expect(dee.out()).toMatch(/the other desk: .*\(NAC\) [+-]\d/);
    ann.child.stdin.end('1\n'.repeat(120));
    expect(await ann.done).toBe(0);
    await page.waitForSelector(`${row('Ann')} td.state-ended`, { timeout: 5000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(errors).toEqual([]);
    // Nothing from anywhere but the host.
    expect(requests.every((u) => u.startsWith(host.base))).toBe(true);

    host.child.kill('SIGINT');
    await new Promise((r) => host.child.once('exit', r));
    const logs = readdirSync(join(folder, 'games')).map((f) => join(folder, 'games', f));
    expect(logs).toHaveLength(4);
    const verify = runCli(['replay', '--verify', ...logs, '--jobs', '1']);
    expect(verify.stdout).toContain('4 logs: 4 match, 0 diverge, 0 cannot be verified');
    const pairLog = logs
      .map((f) => JSON.parse(readFileSync(f, 'utf8')))
      .find((l) => l.format === 'mandate-pair-log') as PairLog;
    // Both desks play at once over the network: the cables are kept in the order they arrived.
    expect(pairLog.cables.map((c) => `${c.from}: ${c.text}`).sort()).toEqual([`nato: ${REPLY}`, `us: ${CABLE}`]);
    expect(pairLog.status).toBe('ended');
    // The US desk's log names what the NATO desk did as the other desk's doing.
    expect(
      pairLog.desks.us.decisions.some((d) => d.effects?.some((e) => e.source === 'event' && e.event === 'other_desk')),
    ).toBe(true);
    expect(verify.code).toBe(0);
    const report = runCli(['report', folder, '--format', 'json']);
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout) as { roster: { player: string | null }[]; totals: { rejected: number } };
    expect(json.roster.map((g) => g.player).sort()).toEqual(['Ann', 'Bo', 'Cy', 'Dee', 'Eli']);
    expect(json.totals.rejected).toBe(0);
  }, 180_000);
});
