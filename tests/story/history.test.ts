/**
 * The story's history agrees with the shared HISTORY.md (issue 12): every date, month and year a
 * `# note:` or `# history` line writes is one HISTORY.md writes; every resolution it cites is one
 * HISTORY.md names, with HISTORY.md's vote; every vote count and every figure in thousands or
 * billions is one HISTORY.md gives; the story's own text holds to HISTORY.md and the seed article
 * beside it in the same way. And every counterfactual line ("In this version of events")
 * carries a note, or is part of an ending whose `# history` lines say what really happened.
 * The checks are exact (tests/helpers/history-facts.ts); an interpretation or a fact HISTORY.md
 * does not date is for a reader to judge.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collectFacts,
  disagreements,
  emptyFacts,
  historicalLines,
  historyFacts,
  historyPath,
  STORY_YEARS,
  shownText,
} from '../helpers/history-facts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const storyDir = new URL('../../story/', import.meta.url);
const sources = readdirSync(storyDir)
  .filter((f) => f.endsWith('.ink'))
  .sort()
  .map((file) => ({ file, source: readFileSync(new URL(file, storyDir), 'utf8') }));
const lines = sources.flatMap(({ file, source }) => historicalLines(file, source));

describe('the history in the story', () => {
  const path = historyPath(root);

  it('finds the shared HISTORY.md beside the checkout', () => {
    expect(existsSync(path), `no HISTORY.md at ${path}: the story's history is checked against it`).toBe(true);
  });

  it('reads every note and history line (a story without them would pass anything)', () => {
    expect(lines.filter((l) => l.kind === 'note').length).toBeGreaterThanOrEqual(80);
    expect(lines.filter((l) => l.kind === 'history').length).toBeGreaterThanOrEqual(38);
  });

  it('states only dates, resolutions, votes and figures that HISTORY.md gives', () => {
    const history = historyFacts(readFileSync(path, 'utf8'));
    const wrong = lines.flatMap((l) =>
      disagreements(l.text, history).map((d) => `${l.file}:${l.line} (${l.kind}): ${d}`),
    );
    expect(wrong).toEqual([]);
  });

  it('states in its own text only dates, resolutions, votes and figures HISTORY.md or the seed article gives', () => {
    // The seed article (China Daily, 1 August 2003) is the other shared source: Washington's
    // "division of up to 20,000" comes from it.
    const seedDir = join(dirname(path), 'seed');
    const seed = readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8'));
    const known = historyFacts(readFileSync(path, 'utf8'), ...seed);
    const wrong = sources.flatMap(({ file, source }) =>
      source
        .split('\n')
        .flatMap((line, i) => disagreements(shownText(line), known).map((d) => `${file}:${i + 1}: ${d}`)),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every counterfactual line a note, or an ending with history lines', () => {
    const missing: string[] = [];
    for (const { file, source } of sources) {
      // Knot by knot: an ending's counterfactual lines are answered by its `# history` lines.
      const knots = source.split(/^(?====\s)/m);
      let offset = 0;
      for (const knot of knots) {
        const ending = /#\s*ending:/.test(knot);
        const hasHistory = /#\s*history\s*$/m.test(knot);
        knot.split('\n').forEach((line, i) => {
          if (!/in this version of events/i.test(line) || /^\s*\/\//.test(line)) return;
          if (/#\s*note:/.test(line) || (ending && hasHistory)) return;
          missing.push(`${file}:${offset + i + 1}`);
        });
        offset += knot.split('\n').length - 1;
      }
    }
    expect(missing, 'counterfactual lines without a note saying what really happened').toEqual([]);
  });
});

describe('the comparison can fail', () => {
  const history = historyFacts(
    [
      '- 16 Oct 2003 — Resolution 1511 passes 15-0.',
      '- 22 Jun 2004 — Allawi writes to NATO. On 28 Jun sovereignty passes; about 138,000 US troops remain.',
      '- 7 Sep 2003 — The President asks for $87 billion.',
      '- Votes: 1511 15-0; 1546 15-0.',
    ].join('\n'),
  );

  it('passes a line that states what HISTORY.md states', () => {
    expect(
      disagreements(
        'Resolution 1511 passed 15-0 on 16 October 2003; on 22 June 2004 Allawi wrote, and on 28 June about 138,000 remained.',
        history,
      ),
    ).toEqual([]);
  });

  it('catches a wrong day, a wrong month, a wrong year, a date without a year in the wrong month', () => {
    expect(disagreements('Allawi wrote on 23 June 2004.', history)).toEqual(['date 2004-06-23']);
    expect(disagreements('The vote was in November 2003.', history)).toEqual(['month 2003-11']);
    expect(disagreements('Allawi wrote on 22 June 2005.', history)).toEqual([
      'date 2005-06-22',
      'month 2005-06',
      'year 2005',
    ]);
    // No year near it: the game's calendar puts July in 2004, and 16 July 2004 is not in HISTORY.md.
    expect(disagreements('On 16 July the Council voted.', history)).toEqual(['date 2004-07-16', 'month 2004-07']);
  });

  it('catches an unknown resolution, a wrong vote, an unknown figure', () => {
    expect(disagreements('Resolution 1512 passed.', history)).toEqual(['resolution 1512']);
    expect(disagreements('Resolution 1546 passed 14-0 on 16 October 2003.', history)).toEqual([
      'vote 14-0',
      'resolution 1546 passed 14-0, not 15-0',
    ]);
    expect(disagreements('About 140,000 US troops remained, and $88 billion was asked.', history)).toEqual([
      'figure 140,000',
      '$ billion 88',
    ]);
  });

  it('reads days and ranges in both spellings, and a year from the text around a date', () => {
    const facts = collectFacts('Istanbul, 28-29 Jun 2004; on 2 Apr the flags.', emptyFacts(), STORY_YEARS);
    expect([...facts.days].sort()).toEqual(['2004-04-02', '2004-06-28', '2004-06-29']);
    expect(
      historicalLines('x.ink', 'A. # note: On 22 June. # assert: {x}\nB. # history\n// C # history').map((l) => l.text),
    ).toEqual(['On 22 June.', 'B.']);
  });
});
