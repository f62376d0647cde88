/**
 * `mandate report` over a generated class of 40 logs (both roles, both scenarios, six damaged,
 * three unfinished), in every format: the numbers add up and agree with the games themselves,
 * and every damaged file is listed with its reason.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport } from '../../src/engine/report/index.js';
import { expectRefusal, runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { CLASS_OF_40, type ClassFile, writeClass } from './class-logs.js';
import { csvRecords } from './csv-parse.js';
import { type Expected, expectedFor, pointKey, REASON, sum, UNFINISHED } from './expected.js';

let dir: string;
let files: ClassFile[];
let want: Expected;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-class-'));
  files = writeClass(dir, storyJson, CLASS_OF_40);
  want = expectedFor(files);
  // The fixture itself must be what the tests claim: both roles, both scenarios, damage.
  expect(files).toHaveLength(40);
  expect(want.bad).toHaveLength(6);
  expect(new Set(want.good.map((f) => `${f.role}/${f.scenario}`)).size).toBe(4);
});

function report(format: string, args: string[] = [dir]) {
  const r = runCli(['report', ...args, '--format', format]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('report --format json', () => {
  let rep: ClassReport;
  beforeAll(() => {
    rep = JSON.parse(report('json'));
  });

  it('counts logs per role and scenario, adding up to the good logs', () => {
    expect(rep.totals).toEqual({ files: 40, verified: want.good.length, rejected: want.bad.length });
    const got = new Map(rep.byRoleScenario.map((x) => [`${x.scenario}/${x.role}`, x.logs]));
    expect(got).toEqual(want.byRoleScenario);
    expect(sum(got.values())).toBe(want.good.length);
  });

  it('counts the endings by title, adding up to the good logs', () => {
    const got = new Map(rep.endings.map((e) => [e.finished ? e.title : UNFINISHED, e.logs]));
    expect(got).toEqual(want.endings);
    for (const e of rep.endings) expect(e.byRole.us + e.byRole.nato).toBe(e.logs);
    expect(sum(got.values())).toBe(want.good.length);
  });

  it('counts each option at each decision point; the counts add up to the games that reached it', () => {
    expect(rep.decisionPoints.length).toBe(want.points.size);
    for (const p of rep.decisionPoints) {
      const w = want.points.get(pointKey(p.scenario, p.position));
      expect(w, p.position).toBeDefined();
      expect(p.reached).toBe(w!.reached);
      expect(sum(p.options.map((o) => o.chosen))).toBe(p.reached);
      for (const o of p.options) expect(o.chosen).toBe(w!.chosen.get(o.text) ?? 0);
    }
  });

  it('lists every damaged log with the reason, and no good one', () => {
    const got = new Map(rep.rejected.map((x) => [basename(x.file), x.reason]));
    expect(new Set(got.keys())).toEqual(new Set(want.bad.map((f) => basename(f.file))));
    for (const f of want.bad) expect(got.get(basename(f.file))).toMatch(REASON[f.kind as keyof typeof REASON]);
  });

  it('summarises capital and US troops by turn per role and scenario', () => {
    expect(rep.trajectories).toHaveLength(4);
    for (const t of rep.trajectories) {
      expect(t.turns[0]!.turn).toBe(0);
      expect(t.turns[0]!.capital.n).toBe(t.logs);
      for (const p of t.turns) {
        for (const s of [p.capital, p.usTroops]) {
          expect(s.min).toBeLessThanOrEqual(s.q1);
          expect(s.q1).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.q3);
          expect(s.q3).toBeLessThanOrEqual(s.max);
          expect(s.n).toBeLessThanOrEqual(t.logs);
        }
      }
    }
  });

  it('names the fastest collapse and the best outcome of each role and scenario by the documented rules', () => {
    expect(rep.highlights.map((h) => `${h.scenario}/${h.role}`).sort()).toEqual([...want.byRoleScenario.keys()].sort());
    for (const h of rep.highlights) {
      const mine = want.good.filter((f) => f.role === h.role && f.scenario === h.scenario);
      if (h.bestOutcome) expect(h.bestOutcome.scenario).toBe(h.scenario);
      if (h.bestOutcome) {
        expect(h.bestOutcome.collapse).toBeNull();
        const finished = mine.filter((f) => f.log.status === 'ended');
        const top = Math.max(...finished.map((f) => f.log.decisions.at(-1)!.meters.capital));
        expect(h.bestOutcome.meters.capital).toBeLessThanOrEqual(top);
      }
      if (h.fastestCollapse) expect(h.fastestCollapse.collapse).not.toBeNull();
      // Checked against the roster (one row per game, built apart from the highlights): the picks
      // are the extremes of their group, and a group without candidates has no pick.
      const group = rep.roster.filter((g) => g.role === h.role && g.scenario === h.scenario);
      const collapsed = group.filter((g) => g.collapse !== null);
      const whole = group.filter((g) => g.finished && g.collapse === null);
      expect(h.fastestCollapse?.decisions ?? null).toBe(
        collapsed.length ? Math.min(...collapsed.map((g) => g.decisions)) : null,
      );
      expect(h.bestOutcome?.brief.met ?? null).toBe(whole.length ? Math.max(...whole.map((g) => g.brief.met)) : null);
    }
    // Best outcomes exist, so the branch above runs; this class has no collapse (random play
    // rarely collapses), which the roster check covers: no pick. report-engine.test.ts picks one.
    expect(rep.highlights.some((h) => h.bestOutcome)).toBe(true);
  });
});

describe('report --format csv', () => {
  let rows: Record<string, string>[];
  beforeAll(() => {
    rows = csvRecords(report('csv'));
  });

  it('is RFC 4180: CRLF line ends and a header with a section column', () => {
    const text = report('csv');
    expect(text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
      'section,role,scenario,turn,month,key,label,player,measure,value',
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('parses back to the same counts', () => {
    const logs = rows.filter((r) => r.section === 'logs');
    expect(new Map(logs.map((r) => [`${r.scenario}/${r.role}`, Number(r.value)]))).toEqual(want.byRoleScenario);
    const endings = rows.filter((r) => r.section === 'endings' && r.measure === 'games' && r.role === '');
    expect(new Map(endings.map((r) => [r.key === '(not finished)' ? UNFINISHED : r.label, Number(r.value)]))).toEqual(
      want.endings,
    );
    const chosen = new Map<string, Map<string, number>>();
    for (const r of rows.filter((x) => x.section === 'choices')) {
      const key = pointKey(r.scenario!, r.key!);
      if (r.measure === 'reached') expect(Number(r.value)).toBe(want.points.get(key)?.reached);
      if (r.measure !== 'chosen') continue;
      if (!chosen.has(key)) chosen.set(key, new Map());
      chosen.get(key)!.set(r.label!.replace(/^'/, ''), Number(r.value));
    }
    expect(chosen.size).toBe(want.points.size);
    for (const [key, options] of chosen) {
      const w = want.points.get(key)!;
      expect(sum(options.values())).toBe(w.reached);
      for (const [text, n] of options) expect(n).toBe(w.chosen.get(text) ?? 0);
    }
    const left = rows.filter((r) => r.section === 'left_out').map((r) => basename(r.key!));
    expect(new Set(left)).toEqual(new Set(want.bad.map((f) => basename(f.file))));
  });
});

describe('report --format md', () => {
  it('has the tables a learning platform renders, with totals that add up', () => {
    const md = report('md');
    expect(md).toContain(`## Roster (${want.good.length} games)`);
    const roster = md.slice(md.indexOf('## Roster'), md.indexOf('## Endings'));
    expect(roster.split('\n').filter((l) => l.startsWith('| Student'))).toHaveLength(want.good.length);
    const endings = md.slice(md.indexOf('## Endings'), md.indexOf('## Choices'));
    const games = [...endings.matchAll(/^\| .+ \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| .* \|$/gm)].map((m) =>
      Number(m[1]),
    );
    expect(sum(games)).toBe(want.good.length);
    expect(md).toContain(`## Left out (${want.bad.length})`);
    for (const f of want.bad) expect(md).toContain(basename(f.file));
  });
});

describe('report --format table', () => {
  it('fits 80 columns and adds up', () => {
    const text = report('table');
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const endings = text.slice(text.indexOf('ENDINGS'), text.indexOf('CHOICES'));
    const games = [...endings.matchAll(/^ {0,4}(\d+) +(\d+) +(\d+) /gm)].map((m) => Number(m[1]));
    expect(sum(games)).toBe(want.good.length);
    expect(text).toContain(`LEFT OUT (${want.bad.length})`);
    for (const f of want.bad) expect(text).toContain(basename(f.file));
    expect(text).toContain(`ROSTER: ${want.good.length} GAMES`);
  });
});

describe('report --format html', () => {
  it('is one self-contained page: inline style and SVG, no scripts, nothing fetched', () => {
    const html = report('html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(|https?:/i);
    const hrefs = html.match(/\shref="[^"]*"/g) ?? [];
    expect(hrefs.length, 'the contents and the roster link within the page').toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^ href="#[a-z0-9-]+"$/);
    for (const f of want.bad) expect(html).toContain(basename(f.file));
  });
});

describe('report inputs', () => {
  it('takes log files one by one as well as folders, and the same numbers come out', () => {
    const some = files.slice(0, 10).map((f) => f.file);
    const rep: ClassReport = JSON.parse(report('json', some));
    const sub = expectedFor(files.slice(0, 10));
    expect(rep.totals.verified).toBe(sub.good.length);
    expect(rep.totals.rejected).toBe(sub.bad.length);
  });

  it('still reports, exit 0, when every log is bad, listing them all', () => {
    const bad = want.bad.map((f) => f.file);
    const rep: ClassReport = JSON.parse(report('json', bad));
    expect(rep.totals.verified).toBe(0);
    expect(rep.rejected).toHaveLength(bad.length);
    expect(report('table', bad)).toContain(`LEFT OUT (${bad.length})`);
  });

  it('lists a missing path among the left-out files when other logs are there', () => {
    const rep: ClassReport = JSON.parse(report('json', [files[0]!.file, join(dir, 'nobody.json')]));
    expect(rep.rejected.map((x) => x.reason)).toContain('no such file or folder');
  });

  it('is a usage error (exit 2, one line) when there are no logs at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'mandate-empty-'));
    for (const [args, why] of [
      [[empty], `mandate: no .json log files found in ${empty}`],
      [[join(empty, 'missing')], `mandate: ${join(empty, 'missing')}: no such file or folder`],
    ] as const) {
      const r = runCli(['report', ...args]);
      expectRefusal(r, why);
      expect(r.stderr).toMatch(/^mandate: /);
    }
    expectRefusal(runCli(['report', dir, '--format', 'pdf']), "argument 'pdf' is invalid");
  });

  it('counts a game handed in twice (autosave and --log copy) once', () => {
    const copyDir = mkdtempSync(join(tmpdir(), 'mandate-dup-'));
    const good = want.good[0]!;
    const text = readFileSync(good.file, 'utf8');
    const a = join(copyDir, 'a.json');
    const b = join(copyDir, 'b.json');
    for (const f of [a, b]) writeFileSync(f, text);
    const rep: ClassReport = JSON.parse(report('json', [copyDir]));
    expect(rep.totals.verified).toBe(1);
    expect(rep.rejected[0]?.reason).toMatch(/copy of the same game/);
  });
});
