/**
 * Reasons in the students' own words, through the built CLI: a plain game piped as "choice,
 * reason, choice, reason…" with memos required keeps every reason in its log; an empty answer
 * is asked again; replay, the debrief and the class report show each reason beside its
 * decision (the report under its option, with the player's name).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../src/engine/log.js';
import type { ClassReport, Debrief } from '../../src/engine/report/index.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { newSession } from '../helpers/story.js';

let dir: string;
let file: string;
let log: DecisionLog;
let stdout: string;

/** How many decisions the short game of seed 4 takes, always taking option 1. */
function decisionsToEnd(): number {
  const s = newSession('nato', 4, 'short');
  let n = 0;
  while (!s.view().ended) {
    s.choose(0);
    n++;
  }
  return n;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-memos-'));
  file = join(dir, 'dara.json');
  const n = decisionsToEnd();
  // One empty answer first: a required reason is asked again.
  const input = Array.from({ length: n }, (_, i) => `1\n${i === 0 ? '\n' : ''}Reason ${i + 1}, in my words\n`).join('');
  const r = runCli(
    [
      'play',
      '--plain',
      '--role',
      'nato',
      '--scenario',
      'short',
      '--seed',
      '4',
      '--memos',
      'required',
      '--player',
      'Dara O',
      '--log',
      file,
    ],
    input,
    { MANDATE_HOME: tempHome() },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  stdout = r.stdout;
  log = JSON.parse(readFileSync(file, 'utf8'));
});

describe('memos required, in plain mode', () => {
  it('asks on a prompt line of its own, again after an empty answer, and keeps every reason', () => {
    expect(log.status).toBe('ended');
    expect(log.scenario.memos).toEqual({ ask: 'required', after: 'every' });
    expect(log.decisions.map((d) => d.reason)).toEqual(log.decisions.map((_, i) => `Reason ${i + 1}, in my words`));
    expect(stdout).toContain(
      'Why did you choose this? Write a sentence or two in your own words. (required)\nreason> ',
    );
    expect(stdout.match(/Please write your reason/g)).toHaveLength(1);
  });

  it('replay shows each reason with its decision', () => {
    const r = runCli(['replay', file, '--plain']);
    expect(r.code).toBe(0);
    for (const d of log.decisions) expect(r.stdout).toContain(`Reason: ${d.reason}`);
  });

  it('the debrief shows each reason beside its decision', () => {
    const d: Debrief = JSON.parse(runCli(['debrief', file, '--format', 'json']).stdout);
    expect(d.path.map((s) => s.reason)).toEqual(log.decisions.map((x) => x.reason));
    const md = runCli(['debrief', file]).stdout;
    for (const x of log.decisions) expect(md).toContain(`Reason given: “${x.reason}”`);
  });

  it('the report shows every reason under its option, with the player', () => {
    const r: ClassReport = JSON.parse(runCli(['report', dir, '--format', 'json']).stdout);
    const reasons = r.decisionPoints.flatMap((p) => p.options.flatMap((o) => o.reasons.map((x) => ({ o, x }))));
    expect(reasons).toHaveLength(log.decisions.length);
    for (const d of log.decisions) {
      const found = reasons.find(({ x }) => x.reason === d.reason);
      expect(found?.o.text).toBe(d.text);
      expect(found?.x.player).toBe('Dara O');
    }
    const md = runCli(['report', dir, '--format', 'md']).stdout;
    expect(md).toContain(`: “${log.decisions[0]!.reason}” (Dara O)`);
  });
});

describe('memos optional', () => {
  it('an empty line skips the reason, and the game goes on', () => {
    const home = tempHome();
    const f = join(home, 'x.json');
    const r = runCli(
      ['play', '--plain', '--role', 'us', '--scenario', 'short', '--memos', 'optional', '--log', f],
      '1\n\n2\nbecause\n',
      {
        MANDATE_HOME: home,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(optional: Enter skips it)');
    const saved: DecisionLog = JSON.parse(readFileSync(f, 'utf8'));
    expect(saved.decisions.map((d) => d.reason)).toEqual([undefined, 'because']);
  });
});
