/**
 * The HTML report of a lesson (12 named students in pairs, reasons required, one pair not
 * finished, plus a teacher's 3-turn test game and a late student with another seed) in a real
 * browser at 1024×768: every student in the roster with their ending and a link to their
 * debrief; decision points headed by month and question, with shares and the reasons given;
 * the real events on the month axis and in the timeline; one y-axis per measure; the warnings;
 * what really happened and the questions; nothing fetched; no empty printed page. Screenshots
 * and the PDF are left in test-output/classroom/ for a person to look at.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport } from '../../src/engine/report/index.js';
import { artifactDir, launch, openPage, type WatchedPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { textOpsPerPage } from '../helpers/pdf-pages.js';
import { storyJson } from '../helpers/story.js';
import { type LessonGame, STUDENTS, UNFINISHED_PAIR, writeLesson } from './lesson.js';

const OUT = artifactDir('classroom');

let browser: Browser;
let watched: WatchedPage;
let page: Page;
let html: string;
let report: ClassReport;
let games: LessonGame[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-html-'));
  games = writeLesson(join(dir, 'logs'), storyJson, { mixed: true });
  const file = join(OUT, 'report.html');
  const r = runCli(['report', join(dir, 'logs'), '--out', file]);
  expect(r.code).toBe(0);
  html = readFileSync(file, 'utf8');
  report = JSON.parse(runCli(['report', join(dir, 'logs'), '--format', 'json']).stdout);
  browser = await launch();
  watched = await openPage(browser, pathToFileURL(file).href);
  page = watched.page;
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const text = async (selector: string) => (await page.locator(selector).textContent()) ?? '';

describe('the HTML report of a lesson, in Chromium at 1024×768', () => {
  it('fetches nothing but itself, refers to nothing outside itself, and raises no errors', () => {
    expect(watched.requests).toHaveLength(1);
    expect(watched.requests[0]).toMatch(/^file:/);
    expect(watched.errors).toEqual([]);
    expect(html).not.toMatch(/https?:|\/\/[a-z]|<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
  });

  it('lists every student in the roster with their desk and ending, the unfinished pair marked', async () => {
    const rows = page.locator('table.roster tbody tr');
    await expect(rows.count()).resolves.toBe(games.length);
    for (const g of games) {
      const row = rows.filter({ hasText: g.player });
      await expect(row.count()).resolves.toBe(1);
      const cells = (await row.textContent()) ?? '';
      expect(cells).toContain(g.role === 'us' ? 'US' : 'NATO');
      if (g.ending === null) expect(cells).toMatch(/not finished/);
      else expect(cells).toContain(g.endingTitle);
    }
    for (const name of UNFINISHED_PAIR) {
      await expect(page.locator('tr.unfinished', { hasText: name }).count()).resolves.toBe(1);
    }
    expect(STUDENTS.every((s) => games.some((g) => g.player === s))).toBe(true);
  });

  it('links each name to that game’s debrief on the page', async () => {
    for (const g of report.roster) {
      const link = page.locator(`table.roster a[href="#${g.id}"]`);
      await expect(link.textContent()).resolves.toBe(g.player);
      await expect(page.locator(`#${g.id}`).textContent()).resolves.toContain(`Debrief: ${g.player}`);
    }
    await page.locator(`a[href="#${report.roster[2]!.id}"]`).click();
    const top = await page.locator(`#${report.roster[2]!.id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
  });

  it('warns that seeds and scenarios are mixed, and that a pair did not finish', async () => {
    const box = await text('.warnings');
    expect(box).toMatch(/2 scenarios/);
    expect(box).toMatch(/2 different seeds/);
    for (const name of UNFINISHED_PAIR) expect(box).toContain(name);
  });

  it('heads each decision point with its month and the question asked, with shares and the reasons', async () => {
    await expect(page.locator('.point').count()).resolves.toBe(report.decisionPoints.length);
    const headings = await page.locator('.point h4').allInnerTexts();
    report.decisionPoints.forEach((p, i) => {
      expect(headings[i]).toMatch(/^Turn \d+ · [A-Z][a-z]+ \d{4} · /);
      expect(headings[i]).toContain(p.prompt);
      expect(headings[i]).not.toContain(p.position);
    });
    const shares = await page.locator('table.choices tbody td.n:nth-child(3)').allInnerTexts();
    for (const s of shares) expect(s).toMatch(/^\d+%$/);
    // Every reason a student wrote is under its option, with the student's name.
    const reasons = await page.locator('.reasons li').allInnerTexts();
    const written = games.flatMap((g) => g.log.decisions.filter((d) => d.reason).map((d) => ({ g, d })));
    expect(reasons).toHaveLength(written.length);
    for (const { g, d } of written.slice(0, 30)) {
      expect(reasons.some((r) => r.includes(d.reason!) && r.includes(g.player) && r.includes(d.text))).toBe(true);
    }
  });

  it('draws the months on the x-axis, the real events on them, and one y-axis per measure', async () => {
    const charts = page.locator('svg.chart.trajectory');
    await expect(charts.count()).resolves.toBe(report.trajectories.length * 2);
    const ticks = await page.locator('svg.chart.trajectory').first().locator('text.tick').allTextContents();
    expect(ticks).toContain('Aug 2003');
    expect(ticks).toContain('Jun 2004');
    expect(ticks).not.toContain('1');
    await expect(page.locator('svg.chart.trajectory g.event').count()).resolves.toBeGreaterThan(0);
    const axes = async (meter: string) =>
      new Set(
        await Promise.all(
          (await page.locator(`figure:has(figcaption:text-matches("${meter}"))`).all()).map(async (f) =>
            JSON.stringify(
              (await f.locator('text.tick[text-anchor="end"]').allTextContents()).filter((t) => /^\d+$/.test(t)),
            ),
          ),
        ),
      );
    await expect(axes('^US troops')).resolves.toHaveProperty('size', 1);
    await expect(axes('^Political capital')).resolves.toHaveProperty('size', 1);
  });

  it('has the timeline, and for each ending reached what really happened and its questions', async () => {
    await expect(page.locator('ol.timeline li').count()).resolves.toBe(report.timeline.length);
    expect(report.timeline.length).toBeGreaterThan(10);
    const history = await text('#history');
    const reached = new Set(games.filter((g) => g.ending).map((g) => g.ending));
    expect(new Set(report.endingTexts.map((e) => e.id))).toEqual(reached);
    for (const e of report.endingTexts) {
      for (const h of e.history) expect(history).toContain(h);
      for (const q of e.questions) expect(history).toContain(q);
    }
  });

  it('counts endings by title, and gives highlights per scenario', async () => {
    const titles = report.endings.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
    const headings = await page.locator('#highlights h3').allInnerTexts();
    expect(headings).toEqual(['Scenario short', 'Scenario teacher-test']);
  });

  it('has a table of contents whose every link leads to a section', async () => {
    const hrefs = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const h of hrefs) await expect(page.locator(h!).count()).resolves.toBe(1);
  });

  it('fits 1024 pixels wide and is legible when projected', async () => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(1024);
    const size = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
  });

  it('leaves a screenshot of each section for a person to look at', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'report-1024-top.png') });
    for (const id of ['roster', 'trajectories', 'timeline', 'choices', 'highlights', 'history', 'debriefs']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.evaluate((s) => document.getElementById(s)?.scrollIntoView(), id);
      const file = join(OUT, `report-1024-${id}.png`);
      await page.screenshot({ path: file });
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
  });

  it('prints without an empty page, and without the debriefs', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(OUT, 'report.pdf'), pdf);
    const pages = textOpsPerPage(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, n] of pages.entries()) expect(n, `page ${i + 1} is empty`).toBeGreaterThan(20);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#debriefs').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav.toc').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
