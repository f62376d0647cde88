/**
 * The report of a lesson (12 named students, a pair not finished, a teacher's 3-turn test
 * game and a late student with another seed) in json, md, csv and the terminal table: every
 * student with their ending, each decision point with its month and the question asked, the
 * warning that seeds and scenarios are mixed, and highlights per scenario. (The HTML page is
 * checked in a browser: report-html.test.ts.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/render/table.js';
import type { ClassReport } from '../../src/engine/report/index.js';
import { formatMonth } from '../../src/ui/format.js';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { csvRecords } from './csv-parse.js';
import { type LessonGame, writeLesson } from './lesson.js';

let dir: string;
let games: LessonGame[];
let rep: ClassReport;

const report = (format: string) => {
  const r = runCli(['report', dir, '--format', format]);
  expect(r.code).toBe(0);
  return r.stdout;
};
/** Text as a reader sees it: Markdown's escapes undone, wrapped lines joined. */
const flat = (text: string) => text.replace(/\\(?=.)/g, '').replace(/\s+/g, ' ');
const outcome = (g: LessonGame) => (g.ending === null ? 'not finished' : g.endingTitle!);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-lesson-'));
  games = writeLesson(dir, storyJson, { mixed: true });
  rep = JSON.parse(report('json'));
}, 60_000);

describe('json', () => {
  it('lists every student with their desk, scenario, seed and ending', () => {
    expect(rep.roster).toHaveLength(games.length);
    for (const g of games) {
      const row = rep.roster.find((r) => r.player === g.player);
      expect(row, g.player).toMatchObject({
        role: g.role,
        scenario: g.log.scenario.id,
        seed: g.log.seed,
        finished: g.ending !== null,
        ending: g.ending === null ? null : { id: g.ending, title: g.endingTitle },
        decisions: g.log.decisions.length,
        final: g.log.decisions.at(-1)!.meters,
      });
    }
  });

  it('gives each decision point its question and month, as the students met them', () => {
    for (const p of rep.decisionPoints) {
      expect(p.prompt.length, p.position).toBeGreaterThan(0);
      expect(p.month).toMatch(/^\d{4}-\d{2}$/);
    }
  });

  it('warns of mixed scenarios and seeds, and gives highlights per scenario and desk', () => {
    expect(rep.warnings.join(' ')).toMatch(/2 scenarios.*2 different seeds.*not finished/);
    expect(rep.highlights.map((h) => `${h.scenario}/${h.role}`)).toEqual(['short/us', 'short/nato', 'teacher-test/us']);
    expect(rep.highlights.find((h) => h.scenario === 'short' && h.role === 'us')?.bestOutcome?.scenario).toBe('short');
  });
});

describe('md', () => {
  it('lists every student with their ending, and heads decision points with month and question', () => {
    const md = report('md');
    const roster = md.slice(md.indexOf('## Roster'), md.indexOf('## Endings')).split('\n');
    for (const g of games) {
      const row = roster.find((l) => l.startsWith(`| ${g.player} |`));
      expect(row, g.player).toBeDefined();
      expect(flat(row!)).toContain(outcome(g));
    }
    const headings = md.split('\n').filter((l) => l.startsWith('#### Turn'));
    expect(headings).toHaveLength(rep.decisionPoints.length);
    rep.decisionPoints.forEach((p, i) => {
      expect(flat(headings[i]!)).toBe(`#### Turn ${p.turn} · ${formatMonth(p.month)} · ${p.prompt}`);
    });
    expect(md).toMatch(/^> \*\*Warning:\*\* The logs come from 2 scenarios/m);
    expect(md).toContain('### Scenario teacher-test');
  });
});

describe('csv', () => {
  it('has a roster row per student with the ending, and the question and month of each point', () => {
    const rows = csvRecords(report('csv'));
    const roster = rows.filter((r) => r.section === 'roster' && r.measure === 'finished');
    expect(roster).toHaveLength(games.length);
    for (const g of games) {
      const row = roster.find((r) => r.player === g.player);
      expect(row?.label, g.player).toBe(g.ending === null ? '(not finished)' : g.endingTitle);
      expect(row?.value).toBe(g.ending === null ? '0' : '1');
    }
    const questions = rows.filter((r) => r.section === 'choices' && r.measure === 'question');
    expect(questions).toHaveLength(rep.decisionPoints.length);
    for (const q of questions) {
      expect(q.label!.length).toBeGreaterThan(0);
      expect(q.month).toMatch(/^\d{4}-\d{2}$/);
    }
    expect(rows.filter((r) => r.section === 'warning')).toHaveLength(3);
  });
});

describe('the terminal table', () => {
  it('lists every student with their ending, within 80 columns', () => {
    const text = report('table');
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const roster = text.slice(text.indexOf('ROSTER'), text.indexOf('ENDINGS'));
    for (const g of games) {
      const at = roster.indexOf(g.player);
      expect(at, g.player).toBeGreaterThan(0);
      // The ending follows the name on its row (long titles wrap under their column).
      const row = flat(roster.slice(at).split(/\n(?=\S)/)[0]!);
      expect(row).toContain(outcome(g));
    }
    expect(flat(text)).toContain(`Turn 1 · August 2003 · ${rep.decisionPoints[0]!.prompt}`);
    expect(flat(text)).toContain('! The logs come from 2 scenarios');
  });

  it('keeps its columns apart, whatever the figures', () => {
    const wide = { n: 1000, min: 146.5, q1: 146.5, median: 146.5, q3: 146.5, max: 146.5 };
    const text = renderTable({
      ...rep,
      trajectories: [
        {
          role: 'us',
          scenario: 'short',
          scenarioTitle: 'short',
          logs: 1000,
          turns: [{ turn: 1, month: '2003-08', capital: wide, usTroops: wide }],
        },
      ],
    });
    const row = text.split('\n').find((l) => l.startsWith('Aug 2003'))!;
    expect(row.split(/\s+/)).toEqual([
      'Aug',
      '2003',
      '1000',
      ...Array(5).fill('146.5'),
      '|',
      ...Array(5).fill('146.5'),
    ]);
    expect(row).not.toContain('146.5146.5');
  });
});
