/**
 * `mandate export`: 200 logs of a class, played through the engine, written as Parquet and as
 * CSV and read back by readers that are not the writers (hyparquet for Parquet, csv-parse for
 * CSV): one row per decision, in the order of the files and their decisions, every field as
 * the log holds it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import { type ClassFile, writeClass } from '../classroom/class-logs.js';
import { expectRefusal, runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';

let dir: string;
let logs: string;
let files: ClassFile[];
/** Every decision of the class, in the order the export writes them (files by path). */
let decisions: { file: string; log: DecisionLog; d: DecisionLog['decisions'][number] }[];

const REASON = 'Paris first, "then" Berlin,\nthen Washington';
const PLAYER = 'Ann "Annie" Lee, 9B';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-export-'));
  logs = join(dir, 'class');
  files = writeClass(logs, storyJson, { count: 200, seed: 5, unfinished: [7, 70] });
  // What a class's logs hold beyond random play: reasons typed (with quotes, a comma and a line
  // break for CSV), and a player name that needs quoting.
  const first = files[0]!;
  first.log.player = PLAYER;
  first.log.decisions[1]!.reason = REASON;
  writeFileSync(first.file, `${JSON.stringify(first.log, null, 2)}\n`);
  decisions = [...files]
    .sort((a, b) => a.file.localeCompare(b.file))
    .flatMap((f) => f.log.decisions.map((d) => ({ file: f.file, log: f.log, d })));
}, 120_000);

const sum = (d: DecisionLog['decisions'][number], meter: string) =>
  (d.effects ?? []).reduce((s, e) => s + (e.kind === 'meter' && e.target === meter ? e.delta : 0), 0);

/** Checks one row as a reader gave it back (numbers as numbers, empties as null, JSON as text or data). */
function expectRow(row: Record<string, unknown>, i: number): void {
  const { file, log, d } = decisions[i]!;
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  expect(row).toMatchObject({
    file,
    player: log.player,
    desk: log.role,
    scenario: log.scenario.id,
    seed: log.seed,
    story: log.story.id,
    status: log.status,
    step: d.step,
    turn: d.turn,
    month: d.month,
    decision_point: d.position,
    option: d.text,
    option_index: d.index,
    options_offered: d.options.length,
    capital: d.meters.capital,
    us_troops: d.meters.usTroops,
    allied_troops: d.meters.alliedTroops,
    capital_change: sum(d, 'capital'),
    us_troops_change: sum(d, 'usTroops'),
    allied_troops_change: sum(d, 'alliedTroops'),
    reason: d.reason ?? null,
    ending_id: log.ending?.id ?? null,
    ending_title: log.ending?.title ?? null,
  });
  expect(row.game_id).toMatch(/^[0-9a-f]{16}$/);
  expect(json(row.effects)).toEqual(d.effects);
  expect(json(row.votes)).toEqual(d.votes);
}

/** The rows to look at closely: the first, the one with a reason, a game's last, an unfinished game's, the last. */
function spotChecks(): number[] {
  const lastOfFirst = decisions.findIndex((x) => x.file !== decisions[0]!.file) - 1;
  const unfinished = decisions.findIndex((x) => x.log.status === 'playing');
  return [0, 1, lastOfFirst, unfinished, Math.floor(decisions.length / 2), decisions.length - 1];
}

describe('mandate export', () => {
  it('writes Parquet that an independent reader reads back, one row per decision', async () => {
    const out = join(dir, 'class.parquet');
    const r = runCli(['export', logs, '--out', out]);
    expect(r.stderr).toBe(`Exported ${decisions.length.toLocaleString('en-US')} decisions from 200 logs to ${out}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const bytes = readFileSync(out);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(Number(parquetMetadata(file).num_rows)).toBe(decisions.length);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows).toHaveLength(decisions.length);
    expect(decisions.length).toBeGreaterThan(200 * 4);
    for (const i of spotChecks()) expectRow(rows[i]!, i);
    expect(rows[1]!.reason).toBe(REASON);
    expect(rows[0]!.player).toBe(PLAYER);
    // Every row of a game carries the same id; copies of one game would share it, other games do not.
    const ids = new Set(rows.map((row) => row.game_id));
    expect(ids.size).toBe(200);
    expect(rows.filter((row) => row.file === decisions[0]!.file).every((row) => row.game_id === rows[0]!.game_id)).toBe(
      true,
    );
    // Nothing but the file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(['class', 'class.parquet']);
  }, 60_000);

  it('writes CSV that an independent parser reads back, one row per decision', () => {
    const out = join(dir, 'class.csv');
    const r = runCli(['export', logs, '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const rows = parse(text, { columns: true, cast: true, cast_date: false }) as Record<string, unknown>[];
    expect(rows).toHaveLength(decisions.length);
    // csv-parse gives an empty field as "": the export's null.
    const nulls = (row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '' ? null : v]));
    for (const i of spotChecks()) expectRow(nulls(rows[i]!), i);
    expect(rows[1]!.reason).toBe(REASON);
    expect(rows[0]!.player).toBe(PLAYER);
    expect(Object.keys(rows[0]!)[0]).toBe('game_id');
  }, 60_000);
});

describe('mandate export: bad input', () => {
  const refused = (args: string[], message: RegExp) => expectRefusal(runCli(['export', ...args]), message);

  it('refuses to write over a log, one it reads above all, and leaves it as it was', () => {
    const input = files[3]!.file;
    const before = readFileSync(input, 'utf8');
    const other = join(dir, 'other-log.csv');
    writeFileSync(other, before);
    refused([logs, '--out', input, '--format', 'csv'], /one of the logs being read/);
    refused([logs, '--out', other], /is a decision log/);
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(readFileSync(other, 'utf8')).toBe(before);
  });

  it('refuses a log it cannot read, and writes nothing', () => {
    const bad = join(dir, 'bad');
    writeClass(bad, storyJson, { count: 3, seed: 9, damage: { 1: 'truncated' } });
    const out = join(dir, 'never.parquet');
    refused([bad, '--out', out], /student-00002-nato\.json: .*nothing exported/);
    refused([join(dir, 'missing'), '--out', out], /missing: no such file or folder/);
    expect(readdirSync(dir)).not.toContain('never.parquet');
    expect(readdirSync(bad).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('needs --out, with an extension or --format it knows', () => {
    refused([logs], /needs --out FILE\.parquet or --out FILE\.csv/);
    refused([logs, '--out', join(dir, 'class.xlsx')], /"\.xlsx" is not a format export writes/);
    refused([logs, '--out', join(dir, 'class.csv'), '--format', 'xlsx'], /xlsx/);
    refused([logs, '--out', dir], /is a folder/);
    refused([logs, '--out', '/dev/null', '--format', 'csv'], /not a regular file/);
  });
});
