/**
 * `mandate play --linked --plain`: both desks on one terminal, in turns. A cable typed at one
 * desk's prompt appears on the other desk's screen when its turn comes, and in the pair log;
 * what the NATO desk chose is on the US desk's table by the next month; the pair log saved
 * after every decision replays (`replay --verify`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PairLog } from '../../src/engine/linked/pair-log.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { newSession } from '../helpers/story.js';

const CABLE = 'Can NATO live with a timetable?';
const REPLY = 'Only with Paris on board.';

/** How many decisions the US desk takes in its first month, taking option 1 each time. */
function usFirstMonth(): number {
  const s = newSession('us', 3, 'short');
  const first = s.view().turn;
  let n = 0;
  while (!s.view().ended && s.view().turn === first) {
    s.choose(0);
    n++;
  }
  return n;
}

/** The screen split into each desk's turns, in order. */
function turns(stdout: string): { desk: string; text: string }[] {
  return stdout
    .split(/^==== /m)
    .slice(1)
    .map((part) => ({ desk: part.startsWith('US desk') ? 'us' : 'nato', text: part }));
}

describe('play --linked --plain', () => {
  it('plays both desks to their endings; cables and the other desk’s doings reach each desk', () => {
    const home = tempHome();
    // The US desk cables first and plays its month; at the NATO desk's first prompt, a reply;
    // then option 1 throughout.
    const input = `c\n${CABLE}\n${'1\n'.repeat(usFirstMonth())}`;
    const r = runCli(
      [
        'play',
        '--linked',
        '--plain',
        '--seed',
        '3',
        '--scenario',
        'short',
        '--us-player',
        'Ann',
        '--nato-player',
        'Bo',
      ],
      `${input}c\n${REPLY}\n${'1\n'.repeat(200)}`,
      { MANDATE_HOME: home },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Both desks have finished.');
    const [name] = readdirSync(join(home, 'pairs'));
    const file = join(home, 'pairs', name!);
    const pair = JSON.parse(readFileSync(file, 'utf8')) as PairLog;
    expect(pair.status).toBe('ended');
    expect(pair.cables.map((c) => [c.from, c.text])).toEqual([
      ['us', CABLE],
      ['nato', REPLY],
    ]);
    // Each cable is on the other desk's screen, at its next turn.
    const seq = turns(r.stdout);
    const firstNato = seq.findIndex((t) => t.desk === 'nato');
    expect(seq[firstNato]!.text).toContain(`[cable] from the US desk, August 2003: ${CABLE}`);
    const replied = seq.findIndex((t) => t.text.includes(`Cable sent to the US desk.`));
    expect(seq[replied]!.desk).toBe('nato');
    const usNext = seq.slice(replied + 1).find((t) => t.desk === 'us');
    expect(usNext?.text).toContain(`[cable] from the NATO desk`);
    expect(usNext?.text).toContain(REPLY);

    // What the NATO desk chose in its first month is on the US desk's table in the next:
    // the US desk's log names it as the other desk's doing, and so does its screen.
    const natoChose = pair.desks.nato.decisions
      .filter((d) => d.month === '2003-08')
      .flatMap((d) => d.effects!.filter((e) => e.source === 'choice' && e.kind === 'stance'));
    expect(natoChose.length).toBeGreaterThan(0);
    const arrived = pair.desks.us.decisions
      .flatMap((d) => d.effects!)
      .filter((e) => e.source === 'event' && e.event === 'other_desk');
    expect(arrived.length).toBeGreaterThan(0);
    const targets = new Set(natoChose.map((e) => e.target));
    expect(arrived.some((e) => targets.has(e.target))).toBe(true);
    const usSecond = seq.filter((t) => t.desk === 'us')[1]!;
    expect(usSecond.text).toMatch(/the other desk: .*\(NAC\) [+-]\d/);

    const verify = runCli(['replay', '--verify', file]);
    expect(verify.stdout).toMatch(/^ok: .* matches the story \(pair: US desk \d+ decisions, ending .*2 cables\)/);
    expect(verify.code).toBe(0);
  });

  it('refuses --role and --player with --linked, in one line (exit 2)', () => {
    const a = runCli(['play', '--linked', '--plain', '--role', 'us']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('mandate: --linked plays both desks: drop --role\n');
    const b = runCli(['play', '--plain', '--us-player', 'Ann']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--us-player and --nato-player name the desks of --linked/);
  });
});
