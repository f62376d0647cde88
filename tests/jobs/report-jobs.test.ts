/**
 * The class report on worker threads: `--jobs 1`, the default (one thread per core, here two)
 * and `--jobs 3` give the same report, byte for byte, and it is the report the engine makes of
 * the whole logs in one go (buildClassReport), though the threads finish in any order and the
 * command keeps only a summary of each game. The class has what makes order matter: reasons
 * (listed in the order of the files), names, unfinished games, logs that do not verify, and
 * copies of one game, one with fewer decisions met first.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGame } from '../../src/cli/commands/report-io.js';
import { buildClassReport, storyBriefing, storyInfo, type VerifiedGame } from '../../src/engine/report/index.js';
import { storyMeta } from '../../src/engine/story/info.js';
import { collectLogFiles } from '../../src/storage/log-files.js';
import { type ClassFile, writeClass } from '../classroom/class-logs.js';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';

let dir: string;
let inputs: string[];

/** The report without the time it was made. */
const untimed = (text: string) => text.replace(/"generatedAt": "[^"]+"/, '"generatedAt": "…"');

function withReasons(f: ClassFile, reasons: Record<number, string>): void {
  for (const [i, reason] of Object.entries(reasons)) f.log.decisions[Number(i)]!.reason = reason;
  writeFileSync(f.file, `${JSON.stringify(f.log, null, 2)}\n`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-report-jobs-'));
  const a = writeClass(join(dir, 'a'), storyJson, {
    count: 70,
    seed: 4,
    damage: { 9: 'truncated', 33: 'edited-choice', 50: 'wrong-version' },
    unfinished: [5, 21, 60],
  });
  const b = writeClass(join(dir, 'b'), storyJson, { count: 30, seed: 8, unfinished: [3] });
  // The same reasons at one decision point from students far apart in the files.
  withReasons(a[0]!, { 0: 'first, in a', 2: 'another' });
  withReasons(a[68]!, { 0: 'last of a' });
  withReasons(b[0]!, { 0: 'first of b' });
  // Copies: the autosave of a[2] in b, and an early copy of a[40] (two decisions) met before it.
  copyFileSync(a[2]!.file, join(dir, 'b', 'zz-copy-of-a3.json'));
  const early = a[40]!.log;
  mkdirSync(join(dir, '0-early'));
  writeFileSync(
    join(dir, '0-early', 'copy.json'),
    JSON.stringify({
      ...early,
      decisions: early.decisions.slice(0, 2),
      status: 'playing',
      ending: null,
      at: { turn: early.decisions[1]!.turn, month: early.decisions[1]!.month },
    }),
  );
  inputs = [join(dir, '0-early'), join(dir, 'a'), join(dir, 'b'), join(dir, 'missing')];
}, 120_000);

describe('report --jobs', () => {
  it('gives the same report on one thread and on many, and the same as the whole logs give', () => {
    expect(availableParallelism()).toBeGreaterThanOrEqual(2);
    const one = runCli(['report', ...inputs, '--format', 'json', '--names', '--jobs', '1']);
    const many = runCli(['report', ...inputs, '--format', 'json', '--names']);
    const three = runCli(['report', ...inputs, '--format', 'json', '--names', '--jobs', '3']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(untimed(many.stdout)).toBe(untimed(one.stdout));
    expect(untimed(three.stdout)).toBe(untimed(one.stdout));

    // The engine's report of the same games, verified whole, in the order of the files.
    const { files, problems } = collectLogFiles(inputs);
    const games: VerifiedGame[] = [];
    const rejected = problems.map((p) => ({ file: p.file, reason: p.problem }));
    for (const file of files) {
      const r = loadGame(file, storyJson);
      if (r.ok) games.push(r.game);
      else rejected.push(r.rejected);
    }
    const whole = buildClassReport({
      games,
      rejected,
      story: storyInfo(storyJson),
      timeline: storyBriefing(storyJson).timeline,
      glossary: storyBriefing(storyJson).terms,
      capital: storyMeta(storyJson).labels.capital,
      names: true,
      now: new Date(0),
    });
    expect(untimed(one.stdout)).toBe(untimed(`${JSON.stringify(whole, null, 2)}\n`));

    const report = JSON.parse(one.stdout);
    expect(report.totals).toEqual({ files: 103, verified: 97, rejected: 6 });
    expect(report.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'no such file or folder',
      expect.stringMatching(/not valid JSON/),
      expect.stringMatching(/does not replay/),
      expect.stringMatching(/version 99/),
      // In the order of each game's first copy: the early copy (in 0-early) comes first.
      expect.stringMatching(/^a copy of the same game as .*student-00041-us\.json/),
      expect.stringMatching(/^a copy of the same game as .*student-00003-us\.json/),
    ]);
    const reasons = report.decisionPoints.flatMap((p: { options: { reasons: { reason: string }[] }[] }) =>
      p.options.flatMap((o) => o.reasons.map((r) => r.reason)),
    );
    expect(reasons.filter((r: string) => r !== 'another')).toHaveLength(3);
  }, 180_000);

  it('gives the same HTML page, debriefs included, on one thread and on many', () => {
    const small = [join(dir, 'b')];
    const one = runCli(['report', ...small, '--format', 'html', '--jobs', '1']);
    const many = runCli(['report', ...small, '--format', 'html', '--jobs', '2']);
    const timeless = (t: string) => t.replace(/generated \d{4}-\d\d-\d\d \d\d:\d\d UTC/g, 'generated …');
    expect(timeless(many.stdout)).toBe(timeless(one.stdout));
    expect(one.stdout).toContain('class="debrief"');
  }, 120_000);
});
