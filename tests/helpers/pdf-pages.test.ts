/** The empty-page check of the printed report and debriefs can fail: a blank page is seen. */

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { textOpsPerPage } from './pdf-pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('textOpsPerPage', () => {
  it('counts the text on each printed page, and sees a blank one', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<p>one</p><div style="break-before:page"></div><div style="break-before:page">three, after a blank page</div>',
    );
    const pages = textOpsPerPage(await page.pdf({ format: 'A4' }));
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBeGreaterThan(0);
    expect(pages[1]).toBe(0);
    expect(pages[2]).toBeGreaterThan(0);
  });
});
