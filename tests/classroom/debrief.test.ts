/**
 * `mandate debrief` for every ending of the story. The endings are found by exploring the story
 * through the engine (find-endings.ts), so the test names no ending and quotes no story text;
 * an ending the exploration cannot reach within its budget fails the test by name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLog } from '../../src/engine/log.js';
import type { Debrief } from '../../src/engine/report/index.js';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';
import { playRandom } from './class-logs.js';
import { endingIdsOf, findEndings } from './find-endings.js';

// Exploring stops as soon as every ending is found; the budget is for a busy machine.
const BUDGET_MS = 240_000;
const dir = mkdtempSync(join(tmpdir(), 'mandate-debrief-'));
const ids = endingIdsOf(storyJson);
// Explored while the tests are collected: one `it` per ending found.
const found = findEndings(storyJson, ids, BUDGET_MS);

/** Markdown with its backslash escapes undone, to look for plain story text in it. */
const unescapeMd = (md: string) => md.replace(/\\(.)/g, '$1');

/** The lines of a `## heading` section. */
function section(md: string, heading: string): string[] {
  const start = md.indexOf(`## ${heading}`);
  if (start < 0) return [];
  const rest = md.slice(start).split('\n').slice(1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).filter((l) => l.trim() !== '');
}

describe('debrief of each ending', () => {
  it('the story has endings, and exploration reaches every one of them', () => {
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.filter((id) => !found.has(id));
    expect(missing, `endings not reached within ${BUDGET_MS / 1000}s of exploration: ${missing.join(', ')}`).toEqual(
      [],
    );
  });

  for (const [id, f] of found) {
    it(`${id}: the path, the ending, what really happened and three questions`, () => {
      const file = join(dir, `${id}.json`);
      writeFileSync(file, JSON.stringify(f.log, null, 2));

      const json = runCli(['debrief', file, '--format', 'json']);
      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      const d: Debrief = JSON.parse(json.stdout);
      expect(d.ending?.id).toBe(id);
      expect(d.ending?.history).toEqual(f.ending.history);
      expect(d.ending?.questions).toEqual(f.ending.questions);
      expect(d.ending?.questions).toHaveLength(3);
      expect(d.ending?.history.length).toBeGreaterThan(0);
      expect(d.path).toHaveLength(f.log.decisions.length);
      d.path.forEach((s, i) => {
        expect(s.choice).toBe(f.log.decisions[i]!.text);
        expect(s.after).toEqual(f.log.decisions[i]!.meters);
        if (i > 0) expect(s.before).toEqual(d.path[i - 1]!.after);
        expect(s.notTaken).not.toContain(s.choice);
      });

      const md = runCli(['debrief', file]);
      expect(md.code).toBe(0);
      const text = unescapeMd(md.stdout);
      expect(text).toContain(f.ending.title);
      const history = section(text, 'What really happened');
      for (const h of f.ending.history) expect(history).toContain(`- ${h}`);
      const questions = section(text, 'Questions to discuss');
      expect(questions).toEqual(f.ending.questions.map((q, i) => `${i + 1}. ${q}`));
      const path = section(md.stdout, 'The path taken').filter((l) => /^\d+\. /.test(l));
      expect(path).toHaveLength(f.log.decisions.length);
      expect(md.stdout).not.toContain('\u001b');
    });
  }
});

describe('debrief edge cases', () => {
  it('an unfinished game: the path so far, no ending, exit 0', () => {
    const game = playRandom(storyJson, 'nato', 'full', 7, 7, 2);
    const file = join(dir, 'unfinished.json');
    writeFileSync(
      file,
      JSON.stringify(
        buildLog(game.session, storyJson, { player: 'Ann', createdAt: new Date().toISOString() }, new Date()),
      ),
    );
    const r = runCli(['debrief', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('not finished');
    expect(r.stdout).not.toContain('## Questions to discuss');
    expect(section(r.stdout, 'The path taken (2 decisions)').filter((l) => /^\d+\. /.test(l))).toHaveLength(2);
    // The NATO desk's meter by its own name, in the position and under every decision.
    expect(r.stdout).toMatch(/^Final position: trust \d+ → \d+/m);
    expect(r.stdout.match(/^ +trust \d+ → \d+/gm)).toHaveLength(2);
    expect(r.stdout).not.toMatch(/\bcapital \d+ →/);
  });

  it('a damaged or edited log: exit 2, one line naming the file and the problem', () => {
    const [first] = found.values();
    const edited = structuredClone(first!.log);
    edited.decisions[0]!.text = `${edited.decisions[0]!.text}!`;
    const cases: [string, string, RegExp][] = [
      ['truncated.json', JSON.stringify(first!.log).slice(0, 200), /JSON/],
      ['edited.json', JSON.stringify(edited), /decision 1/],
      ['other.json', '{"hello": "world"}', /not a Mandate decision log/],
    ];
    for (const [name, text, reason] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const r = runCli(['debrief', file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(reason);
    }
  });

  it('--out writes the file (format from its extension) and never overwrites the log', () => {
    const [first] = found.values();
    const file = join(dir, 'keep.json');
    const original = JSON.stringify(first!.log);
    writeFileSync(file, original);
    const out = join(dir, 'out', 'debrief.json');
    const r = runCli(['debrief', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('mandate-debrief');
    const same = runCli(['debrief', file, '--out', file]);
    expect(same.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
