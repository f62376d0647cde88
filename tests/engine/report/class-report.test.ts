/** The class report put together (report/class-report.ts). */
import { describe, expect, it } from 'vitest';
import { buildClassReport, ClassReportBuilder } from '../../../src/engine/report/class-report.js';
import { REPORT_FORMAT, REPORT_VERSION } from '../../../src/engine/report/types.js';
import { summary, verified } from './games.js';

const frame = { story: { id: 's', version: '1' }, now: new Date(Date.UTC(2026, 1, 3, 4, 5, 6)) };

describe('the class report', () => {
  it('says what it is, of which story, when, and how many files it read, kept and left out', () => {
    const b = new ClassReportBuilder(false);
    b.add(summary('us'), 0);
    b.add(summary('nato'), 1);
    const r = b.result({
      ...frame,
      rejected: [{ file: 'bad.json', reason: 'unreadable' }],
      glossary: [{ name: 'UN', text: 'United Nations' }],
    });
    expect({
      format: r.format,
      version: r.version,
      story: r.story,
      generatedAt: r.generatedAt,
      names: r.names,
      totals: r.totals,
      rejected: r.rejected,
      glossary: r.glossary,
    }).toEqual({
      format: 'mandate-class-report',
      version: REPORT_VERSION,
      story: { id: 's', version: '1' },
      generatedAt: '2026-02-03T04:05:06.000Z',
      names: false,
      totals: { files: 3, verified: 2, rejected: 1 },
      rejected: [{ file: 'bad.json', reason: 'unreadable' }],
      glossary: [{ name: 'UN', text: 'United Nations' }],
    });
    expect(REPORT_FORMAT).toBe('mandate-class-report');
    expect(new ClassReportBuilder(true).result({ ...frame, rejected: [] }).names).toBe(true);
  });

  it('lists the files that failed first, then the copies of a game it counted once', () => {
    const created = '2026-01-01T09:00:00.000Z';
    const short = verified('nato', [{ turn: 1 }], { file: 'autosave.json', createdAt: created, player: 'Ann' });
    const long = verified('nato', [{ turn: 1 }, { turn: 2 }], { file: 'copy.json', createdAt: created, player: 'Ann' });
    const r = buildClassReport({
      ...frame,
      games: [short, long],
      rejected: [{ file: 'bad.json', reason: 'unreadable' }],
    });
    expect(r.rejected).toEqual([
      { file: 'bad.json', reason: 'unreadable' },
      { file: 'autosave.json', reason: 'a copy of the same game as copy.json (that one is counted)' },
    ]);
    expect(r.totals).toEqual({ files: 3, verified: 1, rejected: 2 });
    expect(r.roster.map((g) => g.file)).toEqual(['copy.json']);
  });

  it('counts the first of two copies that have gone equally far, and lists the other', () => {
    const created = '2026-01-01T09:00:00.000Z';
    const first = verified('us', [{ turn: 1 }], { file: 'first.json', createdAt: created, player: 'Bo' });
    const second = verified('us', [{ turn: 1 }], { file: 'second.json', createdAt: created, player: 'Bo' });
    const r = buildClassReport({ ...frame, games: [first, second], rejected: [] });
    expect(r.roster.map((g) => g.file)).toEqual(['first.json']);
    expect(r.rejected).toEqual([
      { file: 'second.json', reason: 'a copy of the same game as first.json (that one is counted)' },
    ]);
  });

  it('marks an event in the scenarios that keep it, as the last game in the report’s order has them', () => {
    const b = new ClassReportBuilder(false);
    const withEvents = (scenario: string, events: Record<string, boolean>, order: number) =>
      b.add({ ...summary('us', { scenario }), scenario: { id: scenario, title: scenario, events } }, order);
    withEvents('calm', { bomb: true }, 0);
    withEvents('calm', { bomb: false, null: false }, 2);
    withEvents('calm', { bomb: true }, 1);
    withEvents('busy', {}, 3);
    const r = b.result({
      ...frame,
      rejected: [],
      timeline: [
        { date: '2003-08-19', month: '2003-08', text: 'A bomb', event: 'bomb' },
        // Tied to no event, so in every scenario, even one that switches off an event named "null".
        { date: '2003-10-16', month: '2003-10', text: 'A vote', event: null },
      ],
    });
    expect(r.timeline).toEqual([
      { date: '2003-08-19', month: '2003-08', text: 'A bomb', event: 'bomb', scenarios: ['busy'] },
      { date: '2003-10-16', month: '2003-10', text: 'A vote', event: null, scenarios: ['busy', 'calm'] },
    ]);
  });
});
