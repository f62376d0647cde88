/**
 * `mandate briefing`: the students' pages, from the story's own text and the class's scenario:
 * the brief, the three conditions, who wanted what, the months the scenario plays, the command
 * to type with the class's seed, the glossary. The HTML prints one A4 page per role, and the
 * glossary on a page of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../src/engine/report/index.js';
import { storyBriefing } from '../../src/engine/story/info.js';
import { artifactDir, launch, openPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { textOpsPerPage } from '../helpers/pdf-pages.js';
import { storyJson } from '../helpers/story.js';
import { scenarioFile } from './scenario-files.js';

const briefing = storyBriefing(storyJson);
const flat = (text: string) => text.replace(/\\(?=.)|\*\*/g, '').replace(/\s+/g, ' ');

describe('mandate briefing', () => {
  it('gives each desk its page: brief, conditions, who wanted what, months, the command, the glossary', () => {
    const r = runCli(['briefing', '--scenario', 'short', '--seed', '2003']);
    expect(r.code).toBe(0);
    const md = flat(r.stdout);
    for (const role of ['us', 'nato'] as const) {
      for (const p of briefing.briefs[role]) expect(md).toContain(p);
      expect(md).toContain(
        `mandate play --role ${role} --scenario short --seed 2003 --player "Your Name" --log yourname-${role}.json`,
      );
    }
    for (const c of briefing.conditions) expect(md).toContain(`${c.name}: ${c.text}`);
    for (const w of briefing.wanted) expect(md).toContain(`${w.name}: ${w.text}`);
    for (const t of briefing.terms) expect(md).toContain(`${t.name}: ${t.text}`);
    expect(md).toContain('Turn 1: August 2003 - Turn 2: October 2003 - Turn 3: April 2004 - Turn 4: June 2004');
  });

  it('says what the scenario asks: its months, its start, no undo, reasons required', () => {
    const file = scenarioFile({
      id: 'lesson',
      title: 'Half a year',
      story: 'full',
      turns: 6,
      undo: false,
      start: { capital: 50, usTroops: 150, alliedTroops: 20 },
      memos: { ask: 'required', after: 'every' },
    });
    const pack: BriefingPack = JSON.parse(
      runCli(['briefing', '--scenario', file, '--role', 'nato', '--format', 'json']).stdout,
    );
    expect(pack.roles.map((r) => r.role)).toEqual(['nato']);
    expect(pack.roles[0]!.months.map((m) => m.month)).toEqual([
      '2003-08',
      '2003-09',
      '2003-10',
      '2003-11',
      '2003-12',
      '2004-01',
    ]);
    const md = flat(runCli(['briefing', '--scenario', file, '--role', 'nato']).stdout);
    // The NATO desk's meter by its own name (story/main.ink, # meter_capital_nato).
    expect(md).toContain('You start with 50 points of trust, 150,000 US troops and 20,000 allied troops.');
    expect(md).toContain('Your trust is how far the allies and Washington still trust you');
    expect(md).not.toContain('Your political capital');
    expect(md).toContain('Decisions are final: there is no undo in this scenario.');
    expect(md).toContain('The game asks why you chose after every decision: you must write a sentence or two');
  });

  it('prints one A4 page per role and the glossary on a page of its own, and fetches nothing', async () => {
    const out = join(artifactDir('classroom'), 'briefing.html');
    expect(runCli(['briefing', '--scenario', 'full', '--seed', '7', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/https?:|\ssrc=|url\(|@import|<script/);
    const browser = await launch();
    try {
      const { page, requests, errors } = await openPage(browser, pathToFileURL(out).href);
      expect(requests).toHaveLength(1);
      expect(errors).toEqual([]);
      await expect(page.locator('article').count()).resolves.toBe(3);
      await expect(page.locator('#glossary dt').count()).resolves.toBe(briefing.terms.length);
      await page.screenshot({ path: join(artifactDir('classroom'), 'briefing-1024.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(artifactDir('classroom'), 'briefing.pdf'), pdf);
      const pages = textOpsPerPage(pdf);
      expect(pages).toHaveLength(3);
      for (const n of pages) expect(n).toBeGreaterThan(100);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
