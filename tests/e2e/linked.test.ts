/**
 * `mandate play --linked` in the terminal UI, in a real pseudo-terminal: two players share the
 * keyboard. Each turn begins with a hand-over screen; the US desk sends a cable with `c`, which
 * the NATO desk finds on its hand-over screen and in its bar; what the NATO desk chose is on the
 * US desk's hand-over screen in the next month; both desks play to their endings, and the pair
 * log, saved after every decision, holds the cable and replays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PairLog } from '../../src/engine/linked/pair-log.js';
import { runCli } from '../helpers/cli.js';
import { KEYS, showsOptions, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

const CABLE = 'Can NATO live with a timetable?';
const handoff = (s: string) => /: your turn\.\n/.test(s) && s.includes('Enter: take the');
const finished = (s: string) => s.includes('Both desks have finished.');

describe('a linked game hot-seat in the terminal UI', () => {
  it('plays both desks to their endings, with a cable and the other desk’s doings on screen', async () => {
    const home = tempHome();
    const t = openTerminal({
      args: ['play', '--linked', '--seed', '3', '--scenario', 'short', '--us-player', 'Ann', '--nato-player', 'Bo'],
      home,
      cols: 100,
      rows: 30,
    });
    const handoffs: string[] = [];
    let cabled = false;
    let screen = await t.waitFor((s) => handoff(s), { what: 'the first hand-over' });
    for (let guard = 0; guard < 200 && !finished(screen); guard++) {
      if (handoff(screen)) {
        handoffs.push(screen);
        t.press(KEYS.enter);
        screen = await t.waitFor((s) => !handoff(s) || s !== screen, { what: 'the desk after the hand-over' });
        continue;
      }
      const { screen: options } = await t.readToOptions();
      expect(options).toMatch(/^(US desk \(Ann\)|NATO desk \(Bo\)) · your turn · c: cable to the/);
      if (!cabled && options.startsWith('US desk')) {
        t.press('c');
        await t.waitFor('Cable to the NATO desk (at most 500 characters)');
        for (const key of CABLE) t.press(key);
        await t.waitFor(CABLE);
        t.press(KEYS.enter);
        await t.waitFor((s) => showsOptions(s) && !s.includes('Cable to the NATO desk'), { what: 'the options again' });
        cabled = true;
      }
      t.press('1');
      screen = await t.waitFor(
        (s) => s !== options && (handoff(s) || finished(s) || /› \d+\) |Enter: read on|Enter: the options/.test(s)),
        {
          what: 'the screen after a decision',
        },
      );
    }
    expect(finished(screen)).toBe(true);
    expect(screen).toMatch(/US desk \(Ann\): /);
    expect(screen).toMatch(/NATO desk \(Bo\): /);

    // The cable is on the NATO desk's first hand-over screen.
    const natoFirst = handoffs.find((s) => s.includes('NATO desk (Bo): your turn.'));
    expect(natoFirst).toContain(`[cable] from the US desk, August 2003: ${CABLE}`);
    // The US desk's second hand-over shows what the NATO desk did, as the other desk's doing.
    const usSecond = handoffs.filter((s) => s.includes('US desk (Ann): your turn.'))[1];
    expect(usSecond).toMatch(/Since your last choice:[\s\S]*the other desk: .*\(NAC\) [+-]\d/);
    t.press('q');
    expect((await t.waitForExit()).exitCode).toBe(0);

    const [name] = readdirSync(join(home, 'pairs'));
    const file = join(home, 'pairs', name!);
    const pair = JSON.parse(readFileSync(file, 'utf8')) as PairLog;
    expect(pair.status).toBe('ended');
    expect(pair.cables).toEqual([expect.objectContaining({ from: 'us', text: CABLE, month: '2003-08' })]);
    const verify = runCli(['replay', '--verify', file]);
    expect(verify.stdout).toMatch(/^ok: .* matches the story \(pair: .*1 cable\)/);
  }, 240_000);
});
