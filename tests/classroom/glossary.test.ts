/**
 * The glossary after the game (issue 12): the debrief (Markdown, HTML, JSON) and the class
 * report (Markdown, HTML, JSON) print every term of the story's glossary (`# term:` in
 * story/briefing.ink) with what it means; on paper, the debrief's glossary is a page of its own
 * (tests/classroom/class-debriefs.test.ts prints it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLog } from '../../src/engine/log.js';
import type { ClassReport, Debrief } from '../../src/engine/report/index.js';
import { storyBriefing } from '../../src/engine/story/info.js';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { playRandom } from './class-logs.js';

const terms = storyBriefing(storyJson).terms;
const dir = mkdtempSync(join(tmpdir(), 'mandate-glossary-'));
const file = join(dir, 'ana-us.json');
const game = playRandom(storyJson, 'us', 'short', 4, 11);
const log = buildLog(
  game.session,
  storyJson,
  { player: 'Ana', createdAt: '2026-03-02T09:00:00.000Z' },
  new Date('2026-03-02T10:00:00.000Z'),
);
writeFileSync(file, JSON.stringify(log));

/** Markdown with its backslash escapes undone, to find the story's own words in it. */
const plain = (md: string) => md.replace(/\\(.)/g, '$1');
/** The `## Glossary` section of a Markdown page, up to the next `## ` heading. */
function glossaryOf(md: string): string {
  const from = md.indexOf('\n## Glossary\n');
  expect(from, 'a ## Glossary section').toBeGreaterThan(0);
  const next = md.indexOf('\n## ', from + 1);
  return plain(md.slice(from, next < 0 ? undefined : next));
}
const htmlText = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');

describe('the glossary after the game', () => {
  it('the story has the glossary issue 12 asks for', () => {
    const names = terms.map((t) => t.name);
    for (const name of ['CPA', 'IGC', 'NAC', 'SACEUR', 'UNSCR', 'P5', 'Veto', 'Sovereignty', 'Brigade', 'Battalion']) {
      expect(names).toContain(name);
    }
    for (const office of ['Deputy assistant secretary', 'State secretary']) expect(names).toContain(office);
  });

  it('closes the debrief in Markdown, every term with what it means', () => {
    const r = runCli(['debrief', file]);
    expect(r.code).toBe(0);
    const glossary = glossaryOf(r.stdout);
    for (const t of terms) expect(glossary).toContain(`- **${t.name}**: ${t.text}`);
  });

  it('closes the debrief in HTML, as a section of its own, and is in its JSON', () => {
    const html = htmlText(runCli(['debrief', file, '--format', 'html']).stdout);
    const section = html.slice(html.indexOf('<section class="glossary">'));
    expect(section).toMatch(/^<section class="glossary"><h2>Glossary<\/h2><dl class="terms">/);
    for (const t of terms) expect(section).toContain(`<dt>${t.name}</dt><dd>${t.text}</dd>`);
    const d: Debrief = JSON.parse(runCli(['debrief', file, '--format', 'json']).stdout);
    expect(d.glossary).toEqual(terms);
  });

  it('is a section of the class report, in Markdown, HTML (listed in its contents) and JSON', () => {
    const md = runCli(['report', dir, '--format', 'md']);
    expect(md.code).toBe(0);
    const glossary = glossaryOf(md.stdout);
    for (const t of terms) expect(glossary).toContain(`- **${t.name}**: ${t.text}`);
    const html = htmlText(runCli(['report', dir, '--format', 'html']).stdout);
    expect(html).toContain('<li><a href="#glossary">Glossary</a></li>');
    const section = html.slice(html.indexOf('<section id="glossary">'));
    for (const t of terms) expect(section).toContain(`<dt>${t.name}</dt><dd>${t.text}</dd>`);
    // The debriefs inside the report do not repeat it: the report prints it once.
    expect(html.match(/<dt>CPA<\/dt>/g)).toHaveLength(1);
    const rep: ClassReport = JSON.parse(runCli(['report', dir, '--format', 'json']).stdout);
    expect(rep.glossary).toEqual(terms);
  });
});
