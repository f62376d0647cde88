/**
 * `mandate debrief DIR --out FOLDER`: one debrief per log of a class, and an index listing
 * them and every log left out. The HTML debrief opens in Chromium, fetches nothing, and a
 * short game prints on one A4 page; screenshots and PDFs go to test-output/classroom/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Debrief } from '../../src/engine/report/index.js';
import { artifactDir, launch, openPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { textOpsPerPage } from '../helpers/pdf-pages.js';
import { storyJson } from '../helpers/story.js';
import { type LessonGame, writeLesson } from './lesson.js';

const OUT = artifactDir('classroom');
let root: string;
let logs: string;
let games: LessonGame[];
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mandate-debriefs-'));
  logs = join(root, 'logs');
  games = writeLesson(logs, storyJson);
  writeFileSync(join(logs, 'broken.json'), '{"format": "mandate-log", "vers');
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('debrief DIR --out FOLDER', () => {
  it('writes one HTML page per log and an index; a log that does not read is listed (exit 1)', () => {
    const out = join(root, 'html');
    const r = runCli(['debrief', logs, '--out', out, '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Wrote ${games.length} debriefs to ${out}`);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON/);
    const pages = readdirSync(out).filter((f) => f !== 'index.html');
    const name = (g: LessonGame) => `${g.player.split(' ')[0]!.toLowerCase().replace('é', 'e')}-${g.role}.html`;
    expect(pages.sort()).toEqual(games.map(name).sort());
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const g of games) expect(index).toContain(`<a href="${name(g)}">${g.player}</a>`);
    expect(index).toContain('broken.json');
  });

  it('opens in Chromium: the player, the path with the reasons, the ending; nothing fetched; at most two printed pages, then the glossary on a page of its own', async () => {
    const out = join(root, 'html');
    const ana = games.find((g) => g.player.startsWith('Ana'))!;
    const file = join(out, 'ana-us.html');
    const { page, requests, errors } = await openPage(browser, pathToFileURL(file).href);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Debrief: Ana Pereira, US official');
    await expect(page.locator('table.path tbody tr').count()).resolves.toBe(ana.log.decisions.length);
    const reasons = await page.locator('.reason').allTextContents();
    expect(reasons).toEqual(ana.log.decisions.map((d) => `“${d.reason}”`));
    await expect(page.locator('.ending-title').textContent()).resolves.toBe(ana.endingTitle);
    await page.screenshot({ path: join(OUT, 'debrief-1024.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(OUT, 'debrief.pdf'), pdf);
    // The glossary is a page of its own after the debrief: one page more than without it.
    const printed = textOpsPerPage(pdf);
    await expect(page.locator('section.glossary dt').count()).resolves.toBeGreaterThan(20);
    await page.locator('section.glossary').evaluate((el) => el.remove());
    const debriefOnly = textOpsPerPage(
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    expect(printed).toHaveLength(debriefOnly.length + 1);
    // A full game with what each choice changed takes a sheet: at most two A4 pages, none empty.
    expect(debriefOnly.length).toBeLessThanOrEqual(2);
    for (const ops of printed) expect(ops).toBeGreaterThan(100);
    expect(readFileSync(file, 'utf8')).not.toMatch(/https?:|\ssrc=|url\(|@import|<script/);
  });

  it('writes Markdown by default, and JSON that reads back as the debrief', () => {
    const md = join(root, 'md');
    expect(runCli(['debrief', logs, '--out', md]).code).toBe(1);
    expect(readdirSync(md)).toContain('index.md');
    expect(readFileSync(join(md, 'ben-nato.md'), 'utf8')).toMatch(/^# Debrief: Ben Kowalski, NATO official/);
    const json = join(root, 'json');
    expect(runCli(['debrief', logs, '--out', json, '--format', 'json']).code).toBe(1);
    const d: Debrief = JSON.parse(readFileSync(join(json, 'ben-nato.json'), 'utf8'));
    expect(d.format).toBe('mandate-debrief');
    expect(d.player).toBe('Ben Kowalski');
  });

  it('needs --out for a folder, and keeps JSON debriefs out of the logs folder (exit 2)', () => {
    const none = runCli(['debrief', logs]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/is a folder: add --out FOLDER/);
    const inside = runCli(['debrief', logs, '--out', join(logs, 'debriefs'), '--format', 'json']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/inside the logs folder/);
    expect(existsSync(join(logs, 'debriefs'))).toBe(false);
  });
});
