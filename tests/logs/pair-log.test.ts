/**
 * The pair log (docs/log-format.md, "Pair logs"): one file for both desks of a linked game. It
 * reads back as written, `replay --verify` accepts it and names the step where an edited one
 * parts from the story, `report` counts both players, `debrief` writes both desks, `replay
 * --plain` shows both desks and the cables, and a malformed one is refused in one line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LinkedGame } from '../../src/engine/linked/game.js';
import { buildPairLog, type PairLog } from '../../src/engine/linked/pair-log.js';
import { parseAnyLogText } from '../../src/engine/linked/pair-log-schema.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { readAnyLog } from '../../src/storage/logs.js';
import { writePairLog } from '../../src/storage/pair-save.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';

/** A linked pair played to its end: NATO moves first each time both can, with cables and a reason. */
function playedPair(seed = 3, scenario: 'short' | 'full' = 'short'): PairLog {
  const game = new LinkedGame({ storyJson, seed, scenario: BUILT_IN_SCENARIOS[scenario] });
  game.cable('us', 'Can NATO live with a timetable?');
  let step = 0;
  while (!game.over && step < 400) {
    const role = game.state('nato') === 'deciding' ? 'nato' : 'us';
    const n = game.view(role).choices.length;
    game.choose(role, (step * 7 + 3) % n, step === 1 ? 'Paris first' : undefined);
    if (step === 2) game.cable('nato', 'Paris wants the UN first.');
    step++;
  }
  expect(game.over).toBe(true);
  const now = new Date('2026-03-02T10:00:00.000Z');
  return buildPairLog(game, storyJson, { players: { us: 'Ann', nato: 'Bo' }, createdAt: now.toISOString() }, now);
}

function pairFile(pair: PairLog, name = 'pair.json') {
  const dir = join(tempHome(), 'class');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writePairLog(file, pair);
  return { dir, file };
}

describe('a pair log', () => {
  it('holds both desks, the moves in order and the cables, and reads back as written', () => {
    const pair = playedPair();
    const { file } = pairFile(pair);
    const read = readAnyLog(file);
    expect(read.kind).toBe('pair');
    if (read.kind !== 'pair') return;
    expect(read.pair).toEqual(pair);
    expect(pair.desks.us.player).toBe('Ann');
    expect(pair.desks.nato.player).toBe('Bo');
    expect(pair.moves.length).toBe(pair.desks.us.decisions.length + pair.desks.nato.decisions.length);
    expect(pair.cables.map((c) => [c.from, c.text])).toEqual([
      ['us', 'Can NATO live with a timetable?'],
      ['nato', 'Paris wants the UN first.'],
    ]);
    expect(pair.status).toBe('ended');
  });

  it('replay --verify accepts it, and names the move where an edited copy parts from the story', () => {
    const pair = playedPair();
    const { file } = pairFile(pair);
    const ok = runCli(['replay', '--verify', file]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(
      /^ok: .*pair\.json matches the story \(pair: US desk \d+ decisions, ending .*; NATO desk \d+ decisions, .*2 cables\)/,
    );
    expect(ok.code).toBe(0);
    const edited = structuredClone(pair);
    const first = edited.moves.findIndex((m) => m.role === 'nato');
    const decision = edited.desks.nato.decisions[0]!;
    edited.moves[first]!.index = (decision.index + 1) % decision.options.length;
    const { file: bad } = pairFile(edited, 'edited.json');
    const r = runCli(['replay', '--verify', bad]);
    expect(r.stdout).toMatch(
      new RegExp(`^diverges: .*edited\\.json at move ${first + 1}: NATO desk: the option is now`),
    );
    expect(r.code).toBe(1);
  });

  it('report lists both players of a pair beside a single game; debrief writes both desks', () => {
    const pair = playedPair(4);
    const { dir, file } = pairFile(pair);
    const home = tempHome();
    const single = runCli(
      [
        'play',
        '--plain',
        '--role',
        'us',
        '--seed',
        '9',
        '--scenario',
        'short',
        '--player',
        'Cy',
        '--log',
        join(dir, 'cy.json'),
      ],
      '1\n'.repeat(80),
      { MANDATE_HOME: home },
    );
    expect(single.code).toBe(0);
    const report = runCli(['report', dir, '--format', 'csv']);
    expect(report.code).toBe(0);
    for (const name of ['Ann', 'Bo', 'Cy']) expect(report.stdout).toContain(name);
    const json = JSON.parse(runCli(['report', dir, '--format', 'json']).stdout) as {
      totals: { verified: number; rejected: number };
    };
    expect(json.totals).toMatchObject({ verified: 3, rejected: 0 });
    const debrief = runCli(['debrief', file]);
    expect(debrief.code).toBe(0);
    expect(debrief.stdout).toContain('Ann');
    expect(debrief.stdout).toContain('Bo');
    const nato = runCli(['debrief', file, '--desk', 'nato', '--format', 'json']);
    expect(nato.code).toBe(0);
    expect(JSON.stringify(JSON.parse(nato.stdout))).toContain('Bo');
    expect(nato.stdout).not.toContain('"Ann"');
  });

  it('replay --plain shows both desks, then the cables', () => {
    const { file } = pairFile(playedPair());
    const r = runCli(['replay', '--plain', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pair.json#us');
    expect(r.stdout).toContain('pair.json#nato');
    expect(r.stdout).toMatch(
      /Cables\n.*US desk: Can NATO live with a timetable\?\n.*NATO desk: Paris wants the UN first\./,
    );
    expect(r.stdout).toContain('Reason: Paris first');
  });

  it.each([
    [
      'a desk in the wrong place',
      (p: PairLog) => ({ ...p, desks: { us: p.desks.nato, nato: p.desks.us } }),
      /desks\.us is a nato desk/,
    ],
    ['a version from the future', (p: PairLog) => ({ ...p, version: 9 }), /pair log format version 9 is not supported/],
    [
      'a cable past the limit',
      (p: PairLog) => ({ ...p, cables: [{ ...p.cables[0]!, text: 'x'.repeat(501) }] }),
      /invalid pair log: cables\.0\.text/,
    ],
    [
      'a move too many',
      (p: PairLog) => ({ ...p, moves: [...p.moves, { role: 'us', index: 0 }, { role: 'us', index: 0 }] }),
      /the us desk has \d+ decisions but \d+ moves/,
    ],
  ])('refuses %s in one line, exit 2, and leaves the file alone', (_what, edit, problem) => {
    const pair = edit(playedPair()) as PairLog;
    const dir = join(tempHome(), 'x');
    mkdirSync(dir);
    const file = join(dir, 'bad.json');
    const text = `${JSON.stringify(pair, null, 2)}\n`;
    writeFileSync(file, text);
    expect(parseAnyLogText(text)).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
    const r = runCli(['replay', '--verify', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
