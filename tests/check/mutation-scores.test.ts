/**
 * The mutation scores of docs/testing.md (scripts/mutation): how a file's score is counted from
 * Stryker's report, and that the equivalent mutants the doc lists are those of
 * tests/equivalent-mutants.json, each still naming a line of a core file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combineRuns, finishedFiles } from '../../scripts/mutation/live-scores.js';
import { isCore } from '../../scripts/mutation/run.js';
import {
  DOC_FILE,
  EQUIVALENTS_FILE,
  type Equivalent,
  equivalentList,
  mergeScores,
  parseScoreTable,
  type Report,
  readBetween,
  replaceBetween,
  scoreFiles,
  scoreTable,
} from '../../scripts/mutation/scores.js';

const mutant = (line: number, status: string, mutatorName = 'EqualityOperator', replacement = 'a >= b') => ({
  mutatorName,
  replacement,
  status,
  location: { start: { line, column: 1 } },
});

describe('mutation scores', () => {
  it('counts killed and timed-out mutants as detected, leaves out errors and the equivalents listed, and counts the static ones not run', () => {
    const report: Report = {
      files: {
        'src/b.ts': { source: 'if (a > b) {\nreturn 1;', mutants: [mutant(1, 'Killed'), mutant(2, 'NoCoverage')] },
        'src/a.ts': {
          source: 'x\n  if (a > b) {\ny',
          mutants: [
            mutant(1, 'Killed'),
            mutant(1, 'Timeout'),
            mutant(1, 'Survived'),
            mutant(2, 'Survived'),
            mutant(3, 'CompileError'),
            mutant(3, 'Ignored'),
          ],
        },
        'src/c.ts': { source: '', mutants: [mutant(1, 'RuntimeError')] },
      },
    };
    const eq: Equivalent = {
      file: 'src/a.ts',
      line: 'if (a > b) {',
      mutator: 'EqualityOperator',
      replacement: 'a >= b',
      reason: 'r',
    };
    const stale: Equivalent = { ...eq, file: 'src/gone.ts' };
    const { scores, unused } = scoreFiles(report, [eq, stale]);
    expect(scores).toEqual([
      {
        file: 'src/a.ts',
        total: 3,
        killed: 1,
        survived: 1,
        noCoverage: 0,
        timeout: 1,
        equivalent: 1,
        ignored: 1,
        score: 66.6,
      },
      {
        file: 'src/b.ts',
        total: 2,
        killed: 1,
        survived: 0,
        noCoverage: 1,
        timeout: 0,
        equivalent: 0,
        ignored: 0,
        score: 50,
      },
      {
        file: 'src/c.ts',
        total: 0,
        killed: 0,
        survived: 0,
        noCoverage: 0,
        timeout: 0,
        equivalent: 0,
        ignored: 0,
        score: null,
      },
    ]);
    expect(unused).toEqual([stale]);
    expect(scoreTable(scores).split('\n')).toEqual([
      '| file | score | killed | survived | no coverage | equivalent | static, not run |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| src/a.ts | 66.6% | 2 | 1 | 0 | 1 | 1 |',
      '| src/b.ts | 50.0% | 1 | 0 | 1 | 0 | 0 |',
      '| src/c.ts | - | 0 | 0 | 0 | 0 | 0 |',
      '| **all** | **60.0%** | 3 | 1 | 1 | 1 | 1 |',
    ]);
  });

  it('scores a run stopped early by the files whose every planned mutant has a result', () => {
    const live = (file: string, line: number, status: string) => ({
      file,
      line,
      column: 1,
      mutator: 'EqualityOperator',
      replacement: 'a >= b',
      status,
    });
    const { report, unfinished } = finishedFiles(
      { 'src/a.ts': 2, 'src/b.ts': 3, 'src/c.ts': 1 },
      [live('src/a.ts', 1, 'Killed'), live('src/b.ts', 1, 'Killed'), live('src/a.ts', 2, 'Survived')],
      (file) => `source of ${file}`,
    );
    expect(unfinished).toEqual(['src/b.ts', 'src/c.ts']);
    expect(Object.keys(report.files)).toEqual(['src/a.ts']);
    expect(report.files['src/a.ts']!.source).toBe('source of src/a.ts');
    expect(report.files['src/a.ts']!.mutants.map((m) => [m.status, m.location.start.line, m.mutatorName])).toEqual([
      ['Killed', 1, 'EqualityOperator'],
      ['Survived', 2, 'EqualityOperator'],
    ]);
  });

  it('combines runs, each file from the latest run that finished it', () => {
    const found = (file: string, line: number, status: string) => ({
      file,
      line,
      mutator: 'EqualityOperator',
      replacement: 'a >= b',
      status,
    });
    const first = {
      plan: { 'src/a.ts': 2, 'src/b.ts': 1, 'src/c.ts': 2 },
      results: [
        found('src/a.ts', 1, 'Survived'),
        found('src/b.ts', 1, 'Killed'),
        found('src/a.ts', 2, 'Killed'),
        found('src/c.ts', 1, 'Killed'),
      ],
    };
    const second = {
      plan: { 'src/a.ts': 2, 'src/b.ts': 1, 'src/c.ts': 2 },
      results: [found('src/a.ts', 1, 'Killed'), found('src/b.ts', 1, 'Survived'), found('src/c.ts', 2, 'Killed')],
    };
    const { plan, results, earlier } = combineRuns([first, second]);
    expect(plan).toEqual({ 'src/a.ts': 2, 'src/b.ts': 1, 'src/c.ts': 2 });
    // a.ts: the second run has one of two mutants, so the first run's whole result stands.
    // b.ts: the second run finished it. c.ts: no run finished it, so the latest, unfinished.
    expect(results).toEqual([
      found('src/a.ts', 1, 'Survived'),
      found('src/a.ts', 2, 'Killed'),
      found('src/b.ts', 1, 'Survived'),
      found('src/c.ts', 2, 'Killed'),
    ]);
    expect(earlier).toEqual(['src/a.ts']);
    expect(combineRuns([first, second]).retested).toEqual([]);
    expect(finishedFiles(plan, results, () => '').unfinished).toEqual(['src/c.ts']);
  });

  it('takes a later run of some lines of a file as a retest of those mutants, when it has no other', () => {
    const found = (line: number, status: string, column = 1) => ({
      file: 'src/a.ts',
      line,
      column,
      mutator: 'EqualityOperator',
      replacement: 'a >= b',
      status,
    });
    const whole = {
      plan: { 'src/a.ts': 3 },
      results: [found(1, 'Killed'), found(2, 'Survived'), found(3, 'Survived')],
    };
    const lines = { plan: { 'src/a.ts': 1 }, results: [found(2, 'Killed')] };
    expect(combineRuns([whole, lines])).toEqual({
      plan: { 'src/a.ts': 3 },
      results: [found(1, 'Killed'), found(2, 'Killed'), found(3, 'Survived')],
      earlier: [],
      retested: ['src/a.ts'],
    });
    // A mutant the whole run did not have (the file changed since): the whole run stands.
    const moved = { plan: { 'src/a.ts': 1 }, results: [found(2, 'Killed', 5)] };
    expect(combineRuns([whole, moved])).toMatchObject({ results: whole.results, earlier: ['src/a.ts'], retested: [] });
    // Unfinished, it changes nothing; and a whole run after a retest replaces it all.
    expect(combineRuns([whole, { ...lines, results: [] }]).results).toEqual(whole.results);
    const again = {
      plan: { 'src/a.ts': 3 },
      results: [found(1, 'Survived'), found(2, 'Survived'), found(3, 'Killed')],
    };
    expect(combineRuns([whole, lines, again])).toMatchObject({ results: again.results, retested: [] });
  });

  it('replaces the text between a doc’s markers, and refuses a doc without them', () => {
    const doc = 'a\n<!-- t:start -->\nold\n<!-- t:end -->\nb';
    expect(replaceBetween(doc, 't', 'new')).toBe('a\n<!-- t:start -->\nnew\n<!-- t:end -->\nb');
    expect(() => replaceBetween('a', 't', 'new')).toThrow('markers <!-- t:start --> … <!-- t:end --> not found');
    expect(readBetween(doc, 't')).toBe('\nold\n');
    expect(() => readBetween('a', 't')).toThrow('markers <!-- t:start --> … <!-- t:end --> not found');
  });

  it('keeps the rows of the files a run did not mutate, and replaces those it did', () => {
    const row = (file: string, killed: number, survived: number, noCoverage = 0) => ({
      file,
      total: killed + survived + noCoverage,
      killed,
      survived,
      noCoverage,
      timeout: 0,
      equivalent: 2,
      ignored: 3,
      score:
        killed + survived + noCoverage ? Math.floor((killed / (killed + survived + noCoverage)) * 1000) / 10 : null,
    });
    const before = [row('src/a.ts', 7, 2, 1), row('src/b.ts', 5, 5), row('src/c.ts', 0, 0)];
    const table = `${scoreTable(before)}\n\nA note after the table | with | bars |`;
    expect(parseScoreTable(table)).toEqual(before);
    const merged = mergeScores(parseScoreTable(table), [row('src/b.ts', 10, 0), row('src/0.ts', 1, 0)]);
    expect(scoreTable(merged).split('\n').slice(2)).toEqual([
      '| src/0.ts | 100.0% | 1 | 0 | 0 | 2 | 3 |',
      '| src/a.ts | 70.0% | 7 | 2 | 1 | 2 | 3 |',
      '| src/b.ts | 100.0% | 10 | 0 | 0 | 2 | 3 |',
      '| src/c.ts | - | 0 | 0 | 0 | 2 | 3 |',
      '| **all** | **85.7%** | 18 | 2 | 1 | 8 | 12 |',
    ]);
  });

  it('reads back every row of the table in docs/testing.md', () => {
    const body = readBetween(readFileSync(DOC_FILE, 'utf8'), 'mutation-scores');
    const rows = body.split('\n').filter((l) => l.startsWith('| src/'));
    expect(rows.length).toBeGreaterThan(0);
    expect(scoreTable(parseScoreTable(body)).split('\n').slice(2, -1)).toEqual(rows);
  });
});

describe('the equivalent mutants', () => {
  const equivalents = JSON.parse(readFileSync(EQUIVALENTS_FILE, 'utf8')) as Equivalent[];

  it('each name a line of a core file as it is now, with a reason', () => {
    const stale = equivalents.filter((e) => {
      const lines = readFileSync(e.file, 'utf8')
        .split('\n')
        .map((l) => l.trim());
      return !isCore(e.file) || !lines.includes(e.line) || e.reason.trim() === '';
    });
    expect(stale).toEqual([]);
  });

  it('are listed in docs/testing.md as tests/equivalent-mutants.json has them', () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    expect(replaceBetween(doc, 'equivalent-mutants', equivalentList(equivalents))).toBe(doc);
  });
});
