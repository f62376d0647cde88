/**
 * Text in logs is written by students and may be anything: escape sequences, HTML, Markdown
 * table breakers, spreadsheet formulas, bidirectional overrides. Every renderer must print it
 * inertly, and the JSON must still carry it exactly.
 */
import { describe, expect, it } from 'vitest';
import { renderDebrief, renderReport } from '../../src/cli/render/index.js';
import { wrap } from '../../src/cli/render/text.js';
import { buildClassReport, buildDebrief, type ClassReport, type VerifiedGame } from '../../src/engine/report/index.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { DEFAULT_LABELS, labelsFromTags } from '../../src/engine/story/labels.js';
import { parseCsv } from './csv-parse.js';

const EVIL =
  '\u001b[2J\u001b]0;pwned\u0007<script>alert(1)</script> | **bold** [x](http://e) \u202eesrever\u009b31m\r\n=HYPERLINK("http://e")';
const meters = { capital: 50, usTroops: 140, alliedTroops: 22 };
const tracks = { un: 'none', invitation: 'none', command: 'support' } as const;

const spread = { n: 1, min: 1, q1: 1, median: 1, q3: 1, max: 1 };
const game = {
  file: EVIL,
  player: EVIL,
  role: 'us' as const,
  scenario: EVIL,
  seed: 1,
  ending: { id: EVIL, title: EVIL },
  collapse: null,
  decisions: 1,
  turn: 1,
  meters,
  brief: { met: 1, of: 2 },
};
const hostile: ClassReport = {
  format: 'mandate-class-report',
  version: 2,
  story: { id: EVIL, version: EVIL },
  generatedAt: '2026-03-02T10:00:00.000Z',
  names: true,
  totals: { files: 2, verified: 1, rejected: 1 },
  warnings: [EVIL],
  roster: [
    {
      id: 'game-1',
      file: EVIL,
      player: EVIL,
      role: 'us',
      scenario: EVIL,
      seed: 1,
      finished: true,
      ending: { id: EVIL, title: EVIL },
      collapse: null,
      decisions: 1,
      turn: 1,
      month: EVIL,
      final: meters,
      tracks,
      brief: { met: 1, of: 2 },
      reasons: 1,
    },
  ],
  byRoleScenario: [{ role: 'us', scenario: EVIL, scenarioTitle: EVIL, logs: 1 }],
  endings: [{ title: EVIL, ids: [EVIL], finished: true, logs: 1, byRole: { us: 1, nato: 0 }, collapses: 0 }],
  endingTexts: [{ id: EVIL, title: EVIL, role: 'us', logs: 1, history: [EVIL], questions: [EVIL] }],
  decisionPoints: [
    {
      scenario: EVIL,
      position: EVIL,
      prompt: EVIL,
      roles: ['us'],
      turn: 1,
      month: EVIL,
      reached: 1,
      logs: 1,
      options: [
        { text: EVIL, chosen: 1, share: 100, reasons: [{ player: EVIL, file: EVIL, reason: EVIL }], players: [EVIL] },
        { text: `-${EVIL}`, chosen: 0, share: 0, reasons: [], players: [] },
      ],
    },
  ],
  trajectories: [
    {
      role: 'us',
      scenario: EVIL,
      scenarioTitle: EVIL,
      logs: 1,
      turns: [
        { turn: 0, month: null, capital: spread, usTroops: spread },
        { turn: 1, month: EVIL, capital: spread, usTroops: spread },
      ],
    },
  ],
  timeline: [{ date: '2003-08-19', month: '2003-08', text: EVIL, event: null, scenarios: [EVIL] }],
  highlights: [
    {
      scenario: EVIL,
      role: 'us',
      fastestCollapse: null,
      bestOutcome: game,
      costliest: { game, step: 1, turn: 1, month: EVIL, choice: EVIL, capital: -3 },
    },
  ],
  briefs: [{ scenario: EVIL, role: 'us', games: 1, items: [{ label: EVIL, met: 1 }] }],
  rejected: [{ file: EVIL, reason: EVIL }],
  glossary: [{ name: EVIL, text: EVIL }],
  capital: { us: { name: EVIL, word: EVIL }, nato: { name: EVIL, word: EVIL } },
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A `<` that Markdown would read as HTML: one not escaped with a backslash. */
const RAW_HTML = /(^|[^\\])</m;

describe('hostile text in every format', () => {
  it('table: no control characters, every line within 80 columns', () => {
    const text = renderReport(hostile, 'table');
    expect(text).not.toMatch(CONTROL);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('markdown: no control characters, no raw HTML, table rows keep their columns', () => {
    const text = renderReport(hostile, 'md');
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toMatch(RAW_HTML);
    expect(text).not.toMatch(/[^\\]\*\*bold/);
    for (const line of text.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      expect([4, 5, 6, 7, 8, 12, 14]).toContain(cells);
    }
  });

  it('csv: parses to ten columns a row, formulas defused, no control characters', () => {
    const text = renderReport(hostile, 'csv');
    const rows = parseCsv(text);
    for (const r of rows) expect(r).toHaveLength(10);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(CONTROL);
    // Text never starts like a formula; a negative figure is a number, which a spreadsheet reads as one.
    for (const r of rows) for (const cell of r) if (!/^-\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('html: everything escaped, no script', () => {
    const text = renderReport(hostile, 'html');
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;');
    // Links only within the page: the contents and the roster's anchors.
    const hrefs = text.match(/href="[^"]*"/g) ?? [];
    expect(hrefs.length, 'the contents and the roster link within the page').toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^href="#[a-z0-9-]+"$/);
    expect(text).not.toMatch(/\ssrc=|url\(|@import/);
  });

  it('json: safe to print, and parses back to exactly the same text', () => {
    const text = renderReport(hostile, 'json');
    expect(text.replace(/\n/g, '')).not.toMatch(CONTROL);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('debrief: hostile choice text is inert in Markdown and exact in JSON', () => {
    const scenario = BUILT_IN_SCENARIOS.short;
    const g: VerifiedGame = {
      file: 'x.json',
      log: {
        format: 'mandate-log',
        version: 1,
        story: { id: 's', version: '1', hash: '0'.repeat(64) },
        scenario,
        role: 'nato',
        seed: 1,
        player: EVIL,
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
        status: 'ended',
        ending: { id: 'e', title: EVIL },
        forkedFrom: null,
        decisions: [
          {
            step: 1,
            turn: 1,
            month: '2003-08',
            position: 'p.0',
            index: 0,
            text: EVIL,
            options: [EVIL, 'other'],
            meters,
            tracks,
            reason: EVIL,
          },
        ],
      },
      ending: { id: 'e', title: EVIL, history: [EVIL], questions: [EVIL, EVIL, EVIL] },
      collapse: null,
      labels: DEFAULT_LABELS,
      prompts: [EVIL],
      scorecard: [{ label: EVIL, met: false, detail: EVIL }],
      table: { bodies: [], members: [] },
    };
    const d = buildDebrief(g, { id: 's', version: '1' }, [{ name: EVIL, text: EVIL }]);
    // An author's story may name the role with the same text.
    const md = renderDebrief(d, 'md', labelsFromTags({ role_nato: EVIL }));
    expect(md).not.toMatch(CONTROL);
    expect(md).not.toMatch(RAW_HTML);
    const html = renderDebrief(d, 'html', labelsFromTags({ role_nato: EVIL }));
    expect(html).not.toMatch(CONTROL);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\shref=|\ssrc=|url\(|@import/);
    expect(JSON.parse(renderDebrief(d, 'json', DEFAULT_LABELS)).path[0].choice).toBe(EVIL);
  });
});

describe('an empty class', () => {
  it('renders in every format when no log could be counted', () => {
    const r = buildClassReport({
      games: [],
      rejected: [{ file: 'a.json', reason: 'not valid JSON' }],
      story: { id: 'mandate', version: '1' },
      now: new Date(0),
    });
    for (const f of ['table', 'md', 'csv', 'json', 'html'] as const) {
      const text = renderReport(r, f);
      expect(text).toContain('a.json');
      expect(text).not.toContain('NaN');
    }
  });
});

describe('wrap', () => {
  it('keeps leading indentation, indents later lines, and never exceeds the width', () => {
    const lines = wrap(`  ${'word '.repeat(40)}`, 30, '    ');
    expect(lines[0]!.startsWith('  word')).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith('    word')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(wrap('x'.repeat(100), 20)[0]).toHaveLength(20);
  });
});
