/**
 * Debriefs built on the ledger (issue 11): each decision with its own effects, apart from the
 * events and the upkeep of the same month; the costliest decision counted from choices alone;
 * the scorecard; and the class report's highlights using the same figures. A two-month story
 * (fixtures/brief.ink) makes every figure known: the first choice costs 2 by itself but 10 with
 * the storm and the upkeep; the second costs 3, so the costliest choice is the second.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport, Debrief } from '../../src/engine/report/index.js';
import { runCli, tempHome } from '../helpers/cli.js';

const STORY = 'tests/classroom/fixtures/brief.ink';
let dir: string;
let log: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-ledger-'));
  log = join(dir, 'ana.json');
  const r = runCli(
    ['play', '--plain', '--role', 'us', '--seed', '1', '--story', STORY, '--player', 'Ana', '--log', log],
    '2\n2\n',
    { MANDATE_HOME: tempHome() },
  );
  expect(r.code).toBe(0);
});

describe('the debrief and the ledger', () => {
  it('json: the choice itself apart from the event and the upkeep, the costliest decision, the scorecard', () => {
    const r = runCli(['debrief', log, '--story', STORY, '--format', 'json']);
    expect(r.code).toBe(0);
    const d: Debrief = JSON.parse(r.stdout);
    expect(d.ledger).toBe(true);
    const [first, second] = d.path;
    expect(first!.own?.meters).toEqual({ capital: -2, usTroops: -3, alliedTroops: 0 });
    expect(first!.others.map((g) => [g.source, g.label, g.meters.capital])).toEqual([
      ['event', 'the storm in the Gulf', -4],
      ['upkeep', 'the monthly upkeep', -4],
    ]);
    expect(first!.after.capital - first!.before.capital).toBe(-10);
    expect(second!.own?.meters.capital).toBe(-3);
    expect(d.costliest).toEqual({ step: 2, capital: -3 });
    expect(d.scorecard).toEqual([
      { label: 'US troops below the start', met: true, detail: '146,000 → 143,000' },
      { label: 'Capital above the start', met: false, detail: '60 → 47' },
    ]);
    expect(first!.prompt).toBe('What do you do first?');
  });

  it('markdown: the same figures, in words', () => {
    const md = runCli(['debrief', log, '--story', STORY]).stdout;
    expect(md).toContain('The choice itself: capital -2 · US troops -3,000');
    expect(md).toContain('Also, the storm in the Gulf: capital -4');
    expect(md).toContain('Also, the monthly upkeep: capital -4');
    expect(md).toContain('## Against the brief');
    expect(md).toContain('- **met:** US troops below the start (146,000 → 143,000)');
    expect(md).toContain('- **not met:** Capital above the start (60 → 47)');
    expect(md).toMatch(
      /## The costliest decision\n\nDecision 2 \(Turn 2 · September 2003\): “Push\.” cost 3 political capital by itself\./,
    );
  });

  it('the class report names the same costliest choice, and measures the brief', () => {
    const rep: ClassReport = JSON.parse(runCli(['report', dir, '--story', STORY, '--format', 'json']).stdout);
    expect(rep.highlights[0]?.costliest).toMatchObject({ step: 2, capital: -3, choice: 'Push.' });
    expect(rep.briefs).toEqual([
      {
        scenario: 'full',
        role: 'us',
        games: 1,
        items: [
          { label: 'US troops below the start', met: 1 },
          { label: 'Capital above the start', met: 0 },
        ],
      },
    ]);
    expect(rep.roster[0]?.brief).toEqual({ met: 1, of: 2 });
    for (const format of ['md', 'table', 'html']) {
      // Words as a reader sees them: wrapped lines joined, Markdown's escapes and HTML's tags gone.
      const text = runCli(['report', dir, '--story', STORY, '--format', format])
        .stdout.replace(/<[^>]+>|\\(?=.)/g, '')
        .replace(/\s+/g, ' ');
      expect(text, format).toMatch(
        /Costliest choice:\W* Ana \(.*ana\.json\), decision 2, Sep 2003: “Push\.” cost 3 political capital by itself/,
      );
      expect(text, format).toContain('Capital above the start');
    }
  });
});
