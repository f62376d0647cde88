/**
 * `mandate join --pair` in the terminal UI, in a real pseudo-terminal: one desk of a linked pair
 * whose game is at a `mandate host`, the other desk a plain-mode student on another "machine"
 * (its own data folder). The desk takes its seat on a hand-over screen, plays its turns on the
 * game screen, waits while the other desk ends the month, sends a cable with `c` (which reaches
 * the other student) and finds the other desk's cable and doings on its screen. Its student
 * leaves mid-game and joins again on the same machine: the same desk, where it was. Both desks
 * play to their endings, and the host's pair log holds both cables and replays.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PairLog } from '../../src/engine/linked/pair-log.js';
import { readClass } from '../../src/storage/class-folder.js';
import { runCli } from '../helpers/cli.js';
import { joinStudent, startHostProcess } from '../host/processes.js';
import { isReading, KEYS, showsOptions, type Terminal, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();
const children: { kill(signal?: NodeJS.Signals): void }[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

const CABLE = 'Can NATO live with a timetable?';
const REPLY = 'Only with Paris on board.';
const handoff = (s: string) => /: your turn\.\n/.test(s) && s.includes('Enter: take the');
const waiting = (s: string) => /Waiting for the NATO desk \(Bo\)/.test(s) && s.includes('c: cable to the');
const finished = (s: string) => s.includes('Both desks have finished.');
const sending = (s: string) => s.includes('Sending your decision');

describe('a desk of a linked pair over the network, in the terminal UI', () => {
  it('plays its turns, waits for the other desk, cables it, leaves and comes back, to the pair’s end', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandate-pair-desk-'));
    const host = await startHostProcess(folder);
    children.push(host.child);
    // Bo, at the NATO desk in plain mode, cables first; he takes option 1 throughout once Ann
    // waits for him at the end of her first month.
    const bo = joinStudent(host.base, host.code, 'Bo', tempHome(), ['--pair', 'table 1', '--role', 'nato']);
    children.push(bo.child);
    bo.child.stdin.write(`c\n${REPLY}\n`);
    const home = tempHome();
    const args = ['join', host.base, '--code', host.code, '--player', 'Ann', '--pair', 'table 1', '--role', 'us'];
    const handoffs: string[] = [];
    const screens: string[] = [];
    let waited = 0;
    let cabled = false;
    const any = (s: string) => handoff(s) || waiting(s) || finished(s) || isReading(s) || showsOptions(s);
    /** Plays Ann's desk until the pair has finished, or until her `leaveAt`-th hand-over, where she leaves. */
    const play = async (t: Terminal, leaveAt = Number.POSITIVE_INFINITY) => {
      let screen = await t.waitFor((s) => handoff(s), { what: 'the first hand-over' });
      for (let guard = 0; guard < 300 && !finished(screen); guard++) {
        screens.push(screen);
        if (handoff(screen)) {
          handoffs.push(screen);
          if (handoffs.length === leaveAt) {
            t.press('q');
            return screen;
          }
          t.press(KEYS.enter);
          screen = await t.waitFor((s) => !handoff(s) && any(s), { what: 'the desk after the hand-over' });
          continue;
        }
        if (waiting(screen)) {
          if (waited++ === 0) bo.child.stdin.end('1\n'.repeat(200));
          screen = await t.waitFor((s) => !waiting(s) && any(s), { what: 'the end of the wait', timeout: 60_000 });
          continue;
        }
        const { screen: options } = await t.readToOptions();
        expect(options).toMatch(/^US desk \(Ann\) · your turn · c: cable to the NATO desk/);
        if (!cabled) {
          t.press('c');
          await t.waitFor('Cable to the NATO desk (at most 500 characters)');
          for (const key of CABLE) t.press(key);
          await t.waitFor(CABLE);
          t.press(KEYS.enter);
          await t.waitFor((s) => showsOptions(s) && !s.includes('Cable to the NATO desk'), {
            what: 'the options again',
          });
          cabled = true;
        }
        t.press('1');
        screen = await t.waitFor((s) => s !== options && !sending(s) && any(s), {
          what: 'the screen after a decision',
        });
      }
      return screen;
    };
    // Ann leaves at her second hand-over (the screen closes as a sleeping laptop's would), then
    // joins again on the same machine: the same desk, at the same point of the pair's game.
    const first = openTerminal({ args, home, cols: 100, rows: 30 });
    const left = await play(first, 2);
    expect((await first.waitForExit()).exitCode).toBe(0);
    expect(first.screen()).toContain('You left the pair; it waits at the host.');
    const t = openTerminal({ args, home, cols: 100, rows: 30 });
    const again = await t.waitFor((s) => handoff(s), { what: 'the hand-over after joining again' });
    // Her own last choice, as her hand-over screen lists it, is where she left (the NATO desk
    // may have played on meanwhile).
    const since = (s: string) => {
      const lines = s.split('\n');
      const from = lines.findIndex((l) => l.includes('Since your last choice:'));
      const to = lines.findIndex((l, i) => i > from && l.trim() === '');
      return from < 0 ? null : lines.slice(from, to).join('\n');
    };
    expect(since(left)).not.toBeNull();
    expect(since(again)).toBe(since(left));
    expect(again).toContain('US desk (Ann): your turn.');
    handoffs.pop();
    const screen = await play(t);
    expect(finished(screen)).toBe(true);
    expect(screen).toMatch(/US desk \(Ann\): /);
    expect(screen).toMatch(/NATO desk \(Bo\): /);
    // Bo's cable was on the US desk's screen.
    expect(screens.some((s) => s.includes(`[cable] from the NATO desk, August 2003: ${REPLY}`))).toBe(true);
    // What the NATO desk did is on the US desk's hand-over screen, as the other desk's doing.
    expect(handoffs.some((s) => /Since your last choice:[\s\S]*the other desk: /.test(s))).toBe(true);
    t.press('q');
    expect((await t.waitForExit()).exitCode).toBe(0);
    expect(await bo.done).toBe(0);
    // Ann's cable reached Bo's screen.
    expect(bo.out()).toContain(`[cable] from the US desk, August 2003: ${CABLE}`);

    host.child.kill('SIGINT');
    await new Promise((r) => host.child.once('exit', r));
    const id = readClass(folder)!.pairs[0]!.id;
    const file = join(folder, 'games', `${id}.json`);
    const pair = JSON.parse(readFileSync(file, 'utf8')) as PairLog;
    expect(pair.status).toBe('ended');
    expect(pair.cables.map((c) => `${c.from}: ${c.text}`).sort()).toEqual([`nato: ${REPLY}`, `us: ${CABLE}`]);
    const verify = runCli(['replay', '--verify', file]);
    expect(verify.stdout).toMatch(/^ok: .* matches the story \(pair: .*2 cables\)/);
  }, 240_000);
});
