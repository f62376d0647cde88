/**
 * `report` and `debrief` with `--story FILE`: logs of an author's own story verify against
 * that story; against the built-in one they are listed as another story's, with the hint.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport, Debrief } from '../../src/engine/report/index.js';
import { runCli, tempHome } from '../helpers/cli.js';

const TINY = `# story: tiny
# version: 1
INCLUDE contract.ink
-> start
=== start ===
# turn: 1
# date: 2003-08
A small test story.
* [Spend capital.]
  ~ change_capital(-5)
  -> done
* [Keep it.]
  -> done
=== done ===
# ending: tiny-end
# title: The end
It ends here.
Something else happened. # history
First? # question
Second? # question
Third? # question
-> END
`;

let dir: string;
let story: string;
const logs: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-story-'));
  copyFileSync(fileURLToPath(new URL('../../story/contract.ink', import.meta.url)), join(dir, 'contract.ink'));
  story = join(dir, 'tiny.ink');
  writeFileSync(story, TINY);
  for (const [i, pick] of ['1', '2'].entries()) {
    const log = join(dir, `log${i}.json`);
    const r = runCli(
      ['play', '--story', story, '--role', 'nato', '--seed', '1', '--plain', '--log', log],
      `${pick}\n`,
      {
        MANDATE_HOME: tempHome(),
      },
    );
    expect(r.code).toBe(0);
    logs.push(log);
  }
});

describe('--story', () => {
  it('report: counts the logs against their own story, lists them against the built-in one', () => {
    const own: ClassReport = JSON.parse(runCli(['report', ...logs, '--story', story, '--format', 'json']).stdout);
    expect(own.totals).toEqual({ files: 2, verified: 2, rejected: 0 });
    expect(own.story.id).toBe('tiny');
    expect(own.decisionPoints[0]?.options.map((o) => o.chosen)).toEqual([1, 1]);
    const builtIn: ClassReport = JSON.parse(runCli(['report', ...logs, '--format', 'json']).stdout);
    expect(builtIn.totals.verified).toBe(0);
    for (const x of builtIn.rejected) expect(x.reason).toContain('--story FILE');
  });

  it('debrief: history and questions come from the story given', () => {
    const r = runCli(['debrief', logs[0]!, '--story', story, '--format', 'json']);
    expect(r.code).toBe(0);
    const d: Debrief = JSON.parse(r.stdout);
    expect(d.ending?.questions).toHaveLength(3);
    expect(d.ending?.history).toEqual(['Something else happened.']);
    expect(readFileSync(logs[0]!, 'utf8')).toContain('"tiny"');
  });
});
