/**
 * resume, saves, replay, verify and fork through the built CLI, as a player uses them: a game
 * played in plain mode and left unfinished is listed, resumed into the same file, replayed,
 * verified and forked; the original of a fork is never changed.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { finishedLog, snapshot, writeJson } from './fixtures.js';

const ones = (n: number) => '1\n'.repeat(n);

/** Plays `n` decisions of a new game in plain mode, then stops; returns the home and its save. */
function unfinishedGame(n = 2, extra: string[] = []) {
  const home = tempHome();
  const r = runCli(['play', '--plain', '--role', 'nato', '--seed', '5', '--player', 'Bo', ...extra], ones(n), {
    MANDATE_HOME: home,
  });
  expect(r.code).toBe(0);
  const dir = join(home, 'saves');
  const [name] = readdirSync(dir);
  return { home, file: join(dir, name!) };
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as DecisionLog;

describe('saves', () => {
  it('lists games newest first, and unreadable files at the end without failing', () => {
    const { home, file } = unfinishedGame();
    writeJson(join(home, 'saves'), 'finished.json', { ...finishedLog(), updatedAt: '2001-01-01T00:00:00.000Z' });
    writeJson(join(home, 'saves'), 'broken.json', '{"format": "mandate-log", ');
    const r = runCli(['saves'], '', { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^date\s+player\s+story\s+role\s+scenario\s+turn\s+status\s+ending\s+file$/);
    expect(lines[2]).toMatch(/Bo\s+mandate\s+nato\s+full\s+\d+\s+playing\s+-/);
    expect(lines[2]).toContain(file.split('/').at(-1));
    expect(lines[3]).toMatch(/Ann\s+mandate\s+us\s+short\s+\d+\s+ended\s+us-/);
    expect(r.stdout).toMatch(/Could not read 1 file:\n {2}broken\.json: not valid JSON/);

    const json = JSON.parse(runCli(['saves', '--json'], '', { MANDATE_HOME: home }).stdout);
    expect(json.saves.map((s: { status: string }) => s.status)).toEqual(['playing', 'ended']);
    expect(json.saves[0]).toMatchObject({
      player: 'Bo',
      story: 'mandate',
      role: 'nato',
      scenario: 'full',
      decisions: 2,
      ending: null,
    });
    expect(json.problems).toEqual([{ file: join(home, 'saves', 'broken.json'), problem: expect.any(String) }]);
  });

  it('says so when there are none', () => {
    const r = runCli(['saves']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No saved games in /);
  });
});

describe('resume', () => {
  it('continues the latest unfinished game in the same file, keeping who and when', () => {
    const { home, file } = unfinishedGame(2);
    const before = read(file);
    const r = runCli(['resume', '--plain'], ones(1), { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Resuming ${file} after 2 decisions; saving to ${file}.`);
    expect(readdirSync(join(home, 'saves'))).toHaveLength(1);
    const after = read(file);
    expect(after.decisions).toHaveLength(3);
    expect(after.decisions.slice(0, 2)).toEqual(before.decisions);
    expect(after).toMatchObject({ player: 'Bo', createdAt: before.createdAt, seed: 5, role: 'nato' });
    expect(runCli(['replay', '--verify', file], '', { MANDATE_HOME: home }).code).toBe(0);
  });

  it('plays a given log to its end', () => {
    const { home, file } = unfinishedGame(1);
    const r = runCli(['resume', file], ones(300), { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ending: nato-/m);
    expect(read(file).status).toBe('ended');
    const again = runCli(['resume', file], '', { MANDATE_HOME: home });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/this game has ended \(nato-[a-z0-9-]+\); see it with: mandate replay/);
    const none = runCli(['resume'], '', { MANDATE_HOME: home });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^mandate: no unfinished game of this story in .*; start one with: mandate play\n$/);
  });

  it('refuses a log that no longer matches the story, naming the step, and changes nothing', () => {
    const { home, file } = unfinishedGame(2);
    const log = read(file);
    log.decisions[1]!.meters.capital = (log.decisions[1]!.meters.capital + 7) % 100;
    writeFileSync(file, JSON.stringify(log));
    const before = snapshot(home);
    const r = runCli(['resume', '--plain', file], ones(3), { MANDATE_HOME: home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot resume: diverges from the story at step 2: meters differ/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(home)).toEqual(before);
  });
});

describe('replay', () => {
  it('prints the transcript: passage, options with the one taken, meters before → after', () => {
    const home = tempHome();
    const log = finishedLog('us', 11);
    const file = writeJson(home, 'game.json', log);
    const r = runCli(['replay', file], '', { MANDATE_HOME: home });
    expect(r.code).toBe(0);
    const n = log.decisions.length;
    expect(r.stdout.match(/^── Decision \d+ of \d+/gm)).toHaveLength(n);
    expect(r.stdout.match(/\(chosen\)$/gm)).toHaveLength(n);
    expect(r.stdout.match(/^capital \d+ → \d+/gm)).toHaveLength(n);
    for (const d of log.decisions) expect(r.stdout).toContain(`> ${d.index + 1}) ${d.text}  (chosen)`);
    expect(r.stdout).toContain(`Ending: ${log.ending!.title} (${log.ending!.id})`);

    const at = runCli(['replay', '--plain', '--at', String(n), file], '', { MANDATE_HOME: home });
    expect(at.stdout.match(/^── Decision \d+/gm)).toEqual([`── Decision ${n}`]);
    const past = runCli(['replay', '--plain', '--at', String(n + 1), file], '', { MANDATE_HOME: home });
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/past the end/);
  });
});

describe('replay --verify', () => {
  it('exits 0 with one line when the log matches', () => {
    const home = tempHome();
    const log = finishedLog('nato', 3);
    const file = writeJson(home, 'ok.json', log);
    const r = runCli(['replay', '--verify', file], '', { MANDATE_HOME: home });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `ok: ${file} matches the story (${log.decisions.length} decisions, ending ${log.ending!.id})\n`,
    );
  });

  it('exits 1 naming the step when the log was edited', () => {
    const home = tempHome();
    const log = finishedLog('us', 4);
    const k = Math.min(2, log.decisions.length - 1);
    log.decisions[k]!.meters.usTroops += 1;
    const file = writeJson(home, 'edited.json', log);
    const before = snapshot(home);
    const r = runCli(['replay', '--verify', file], '', { MANDATE_HOME: home });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      new RegExp(
        `^diverges: ${file} at step ${k + 1}: meters differ after the choice: usTroops \\d+ in the story, \\d+ in the log \\(the log was edited\\)\\n$`,
      ),
    );
    expect(snapshot(home)).toEqual(before);
  });

  it('exits 1 naming the step and "the story has changed" for a log of an older story version', () => {
    const home = tempHome();
    const log = finishedLog('nato', 8);
    // What an older version of the story would have written: another hash, another wording.
    const k = Math.min(1, log.decisions.length - 1);
    const d = log.decisions[k]!;
    const old = `${d.text} (as first drafted)`;
    d.options[d.index] = old;
    d.text = old;
    log.story.hash = 'f'.repeat(64);
    log.story.version = '0.0.1';
    const file = writeJson(home, 'old.json', log);
    const r = runCli(['replay', '--verify', file], '', { MANDATE_HOME: home });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^diverges: ${file} at step ${k + 1}: the option is now ".*", the log says ".*"`),
    );
    expect(r.stdout).toMatch(/\(the story has changed since the log was written\)\n$/);
  });
});

describe('play --from LOG --at N (fork)', () => {
  it('starts a new game from decision N; the original is never changed', () => {
    const home = tempHome();
    const log = finishedLog('us', 21);
    const file = writeJson(join(home, 'class'), 'ann.json', log);
    const before = snapshot(join(home, 'class'));
    const keep = Math.min(2, log.decisions.length - 1);
    const r = runCli(
      ['play', '--from', file, '--at', String(keep), '--plain', '--log', join(home, 'fork.json')],
      ones(300),
      {
        MANDATE_HOME: home,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`keeping its first ${keep} decisions`);
    expect(snapshot(join(home, 'class'))).toEqual(before);
    const forked = read(join(home, 'fork.json'));
    expect(forked.forkedFrom).toEqual({ file: resolve(file), at: keep });
    expect(forked.decisions.slice(0, keep)).toEqual(log.decisions.slice(0, keep));
    expect(forked).toMatchObject({ role: 'us', seed: 21, player: 'Ann', status: 'ended' });
    const [saved] = readdirSync(join(home, 'saves'));
    expect(read(join(home, 'saves', saved!))).toEqual(forked);
    expect(runCli(['replay', '--verify', join(home, 'fork.json')], '', { MANDATE_HOME: home }).code).toBe(0);
  });

  it('refuses N past the log or into an ended game, and a missing --at or --from', () => {
    const home = tempHome();
    const log = finishedLog('nato', 22);
    const n = log.decisions.length;
    const file = writeJson(home, 'g.json', log);
    const cases: [string[], RegExp][] = [
      [
        ['--at', String(n + 1)],
        new RegExp(`cannot fork at decision ${n + 1}: the log has ${n} decisions \\(use 0-${n}\\)`),
      ],
      [['--at', String(n)], new RegExp(`the game has ended after decision ${n}`)],
      [[], /--from needs --at N/],
      [['--at', '-1'], /decisions to keep are a whole number/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['play', '--from', file, ...args, '--plain'], ones(5), { MANDATE_HOME: home });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const noFrom = runCli(['play', '--at', '1', '--plain'], '', { MANDATE_HOME: home });
    expect(noFrom.stderr).toMatch(/--at needs --from LOG/);
    expect(readdirSync(home)).toEqual(['g.json']);
  });
});

describe('a game played with --story FILE', () => {
  const TINY = [
    '# story: tiny',
    'INCLUDE contract.ink',
    '-> start',
    '=== start ===',
    '# turn: 1',
    'Brussels.',
    '* [Agree.]',
    '    ~ change_capital(-5)',
    '    -> second',
    '* [Refuse.] -> second',
    '=== second ===',
    '# turn: 2',
    'Later.',
    '* [Sign.] -> done',
    '* [Walk out.] -> done',
    '=== done ===',
    '# ending: done',
    '# title: Done',
    'The end.',
    '-> END',
  ].join('\n');

  it('resumes, replays and verifies with the same --story, and says what is missing without it', () => {
    const home = tempHome();
    copyFileSync(new URL('../../story/contract.ink', import.meta.url), join(home, 'contract.ink'));
    const ink = writeJson(home, 'tiny.ink', TINY);
    const log = join(home, 'tiny.json');
    const env = { MANDATE_HOME: home };
    expect(
      runCli(['play', '--plain', '--story', ink, '--role', 'us', '--seed', '1', '--log', log], '1\n', env).code,
    ).toBe(0);
    const bare = runCli(['replay', '--verify', log], '', env);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(
      /the log is of the story "tiny", not "mandate" \(for a log of another story, add --story FILE\)/,
    );
    expect(runCli(['replay', '--verify', '--story', ink, log], '', env).stdout).toMatch(
      /^ok: .* \(1 decision, game in progress\)$/m,
    );
    expect(runCli(['resume', '--story', ink, log], '2\n', env).stdout).toMatch(/^ending: done$/m);
    const replay = runCli(['replay', '--plain', '--story', ink, log], '', env);
    expect(replay.stdout).toContain('capital 60 → 55 (-5)');
    expect(replay.stdout).toContain('> 2) Walk out.  (chosen)');
    expect(replay.stdout).toContain('Ending: Done (done)');
  });
});
