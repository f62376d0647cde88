/**
 * The ending's menu in a real terminal: it names the files the game is saved in, replays the
 * game decision by decision (Esc comes back to the ending), and starts a new game that is a
 * game of its own: another file, the first game's --log left as it was. A resumed game has one
 * session to give, so its ending offers no new game.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { stepsToEnd } from '../ui/helpers/game.js';
import { KEYS, type Terminal, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

const open = (args: string[], home: string) => openTerminal({ args, home });

/** Takes option 1 until the ending, each passage read first. */
async function playOnes(t: Terminal, decisions: number) {
  for (let i = 0; i < decisions; i++) {
    const { screen } = await t.readToOptions();
    t.press('1');
    await t.waitFor((s) => s !== screen, { what: `decision ${i + 1}` });
  }
  return t.waitFor('THE END', { what: 'the ending' });
}

const readLog = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { role: string; status: string; seed: number; decisions: unknown[] };

describe('the ending’s menu', () => {
  it('replays this game (Esc comes back to the ending), and starts a new game in a file of its own', async () => {
    const home = tempHome();
    const log = join(home, 'mine.json');
    const n = stepsToEnd('us', 11, 'short');
    const t = open(['play', '--role', 'us', '--seed', '11', '--scenario', 'short', '--log', log], home);
    const end = await playOnes(t, n);
    expect(end).toMatch(/› 1\) New game\s+2\) Replay this game, decision by decision\s+3\) Quit/);
    // Both files the game is saved in, whole.
    const named = end.slice(end.indexOf('Saved in')).split('\n').slice(0, -1).join('').replace(/\s+/g, '');
    expect(named).toContain(`and${log}`);
    expect(readLog(log)).toMatchObject({ role: 'us', status: 'ended' });

    t.press('2');
    await t.waitFor(`Decision 1 of ${n}`, { what: 'the replay' });
    t.press(KEYS.right);
    await t.waitFor(`Decision 2 of ${n}`, { what: 'the next decision' });
    t.press(KEYS.escape);
    const back = await t.waitFor('THE END', { what: 'the ending again' });
    expect(back).toContain('› 1) New game');

    t.press(KEYS.enter);
    await t.waitFor('Whose desk is yours?', { what: 'the roles' });
    t.press('2');
    await t.waitFor('NATO official · Turn 1 of 4', { what: 'the new game' });
    // The first game's files are as it left them; the new game has a file of its own.
    expect(readLog(log)).toMatchObject({ role: 'us', status: 'ended' });
    expect(readLog(log).decisions).toHaveLength(n);
    // The saves folder also holds what a save remembers (its --log copy) and locks: logs only.
    const saves = readdirSync(join(home, 'saves'))
      .map((f) => readLog(join(home, 'saves', f)))
      .filter((s) => (s as { format?: string }).format === 'mandate-log');
    expect(saves.map((s) => `${s.role} ${s.status}`).sort()).toEqual(['nato playing', 'us ended']);
    // A fresh game: seeded anew, not the first game's --seed again.
    const fresh = saves.find((s) => s.role === 'nato')!;
    expect(fresh.decisions).toHaveLength(0);
    expect(fresh.seed).not.toBe(11);

    t.press('q');
    await t.waitFor('Leave the game now?');
    t.press('y');
    expect((await t.waitForExit()).exitCode).toBe(0);
  }, 120_000);

  it('offers no new game at the ending of a resumed game', async () => {
    const home = tempHome();
    const log = join(home, 'mine.json');
    const n = stepsToEnd('nato', 4, 'short');
    const played = runCli(
      ['play', '--plain', '--role', 'nato', '--seed', '4', '--scenario', 'short', '--log', log],
      '1\n'.repeat(n - 1),
      { MANDATE_HOME: home },
    );
    expect(played.code).toBe(0);
    expect(existsSync(log)).toBe(true);
    const t = open(['resume', log], home);
    const end = await playOnes(t, 1);
    expect(end).toMatch(/› 1\) Replay this game, decision by decision\s+2\) Quit/);
    expect(end).not.toContain('New game');
    t.press(KEYS.escape);
    expect((await t.waitForExit()).exitCode).toBe(0);
    expect(readLog(log)).toMatchObject({ status: 'ended' });
  }, 120_000);
});
