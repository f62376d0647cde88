/**
 * Headless Chromium for page tests (Debian's, driven by playwright-core; never a downloaded
 * browser): a page at a chosen size that records every request and every error, and where
 * screenshots go so a person can look at them after the run (test-output/, gitignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** A folder under test-output/ for this test's screenshots and PDFs. */
export function artifactDir(name: string): string {
  const dir = `${ARTIFACTS}${name}/`;
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function launch(): Promise<Browser> {
  // Not a skip: CI installs chromium (.ci/run), and a silent skip would hide a broken page.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Page errors and console errors. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  size = { width: 1024, height: 768 },
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: size });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, requests, errors };
}
