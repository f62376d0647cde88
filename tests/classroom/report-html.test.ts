/**
 * The HTML report in a real browser (Debian's chromium, driven by playwright-core): the charts
 * and tables are there and laid out, nothing is fetched, the page prints, and a screenshot is
 * left in test-output/classroom/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport } from '../../src/engine/report/index.js';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { CLASS_OF_40, writeClass } from './class-logs.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../../test-output/classroom/', import.meta.url));

let browser: Browser;
let page: Awaited<ReturnType<Browser['newPage']>>;
let report: ClassReport;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  // Not a skip: CI installs chromium (.ci/run), and a silent skip would hide a broken report.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mandate-html-'));
  writeClass(join(dir, 'logs'), storyJson, CLASS_OF_40);
  mkdirSync(OUT, { recursive: true });
  const html = join(OUT, 'report.html');
  const r = runCli(['report', join(dir, 'logs'), '--out', html]);
  expect(r.code).toBe(0);
  report = JSON.parse(runCli(['report', join(dir, 'logs'), '--format', 'json']).stdout);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('request', (req) => requests.push(req.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(html).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in Chromium', () => {
  it('fetches nothing but itself and raises no errors', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('draws the endings chart and a capital and a troops chart per role and scenario', async () => {
    const endings = page.locator('svg.chart.endings');
    await expect(endings.count()).resolves.toBe(1);
    const bars = await endings.locator('rect').count();
    expect(bars).toBeGreaterThanOrEqual(report.endings.length);
    const charts = page.locator('svg.chart.trajectory');
    await expect(charts.count()).resolves.toBe(report.trajectories.length * 2);
    await expect(page.locator('svg.chart.trajectory polyline.median').count()).resolves.toBe(
      report.trajectories.length * 2,
    );
    await expect(page.locator('svg.chart.trajectory polygon.band-iqr').count()).resolves.toBe(
      report.trajectories.length * 2,
    );
    for (const svg of await page.locator('svg.chart').all()) {
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(100);
    }
  });

  it('has the tables: who played, one per decision point, and the left-out logs', async () => {
    await expect(page.locator('table.who tbody tr').count()).resolves.toBe(
      new Set(report.byRoleScenario.map((x) => x.scenario)).size + 1,
    );
    await expect(page.locator('table.choices').count()).resolves.toBe(report.decisionPoints.length);
    const options = report.decisionPoints.reduce((a, p) => a + p.options.length, 0);
    await expect(page.locator('table.choices tbody tr').count()).resolves.toBe(options);
    await expect(page.locator('table.rejected tbody tr').count()).resolves.toBe(report.rejected.length);
  });

  it('is legible when projected: large dark type on white', async () => {
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { size: Number.parseFloat(s.fontSize), color: s.color, background: s.backgroundColor };
    });
    expect(style.size).toBeGreaterThanOrEqual(20);
    expect(style.color).toBe('rgb(17, 17, 17)');
    expect(style.background).toBe('rgb(255, 255, 255)');
  });

  it('prints, and leaves a screenshot and a PDF for a person to look at', async () => {
    const png = join(OUT, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(statSync(png).size).toBeGreaterThan(10_000);
    const pdf = join(OUT, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });
});
