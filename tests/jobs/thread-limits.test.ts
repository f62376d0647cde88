/**
 * The report's worker threads get a heap ceiling sized to what they must hold: the story and
 * the largest log of the class. A class of ordinary logs gets a small ceiling (the report's
 * peak memory, docs/performance.md); a class with a log near the size limit gets room for it,
 * and that log is verified on a thread like any other instead of killing the thread.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { threadLimits } from '../../src/cli/commands/report.js';
import type { DecisionLog } from '../../src/engine/log.js';
import { MAX_LOG_BYTES } from '../../src/storage/logs.js';
import { type ClassFile, writeClass } from '../classroom/class-logs.js';
import { runCli } from '../helpers/cli.js';
import { storyJson } from '../helpers/story.js';

const storyChars = storyJson.length;

/** A log just under the size limit: a real game's decisions over and over, each with a long reason. */
function hugeLog(from: DecisionLog): string {
  const decisions: DecisionLog['decisions'] = [];
  let bytes = JSON.stringify(from).length;
  for (let i = 0; bytes < MAX_LOG_BYTES - 20_000; i++) {
    const d = { ...from.decisions[i % from.decisions.length]!, step: i + 1, reason: 'r'.repeat(300) };
    decisions.push(d);
    bytes += JSON.stringify(d).length + 1;
  }
  return JSON.stringify({ ...from, decisions });
}

describe('the heap ceiling of a report thread', () => {
  it('is 26 MB for the campaign and logs of a few kB, and grows by 8 MB per MB of the largest log', () => {
    expect(threadLimits(storyChars, 16_000)).toEqual({ maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 26 });
    expect(threadLimits(storyChars, MAX_LOG_BYTES).maxOldGenerationSizeMb).toBe(16 + 9 + 40);
    expect(threadLimits(4 * 1024 * 1024, 16_000).maxOldGenerationSizeMb).toBe(16 + 96 + 1);
  });

  describe('over a class with a log near the size limit', () => {
    let dir: string;
    let class_: ClassFile[];
    let huge: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'mandate-thread-limits-'));
      // More than a hundred files: the report then verifies them on a thread, even with one job.
      class_ = writeClass(dir, storyJson, { count: 101, seed: 3 });
      huge = join(dir, 'zz-huge.json');
      writeFileSync(huge, hugeLog(class_[0]!.log));
    }, 120_000);

    it('verifies that log on a thread, which says why it does not replay, and counts every other game', () => {
      expect(statSync(huge).size).toBeGreaterThan(MAX_LOG_BYTES - 100_000);
      expect(statSync(huge).size).toBeLessThanOrEqual(MAX_LOG_BYTES);
      const r = runCli(['report', dir, '--format', 'json', '--jobs', '1'], '', {}, 180_000);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as {
        totals: { verified: number };
        rejected: { file: string; reason: string }[];
      };
      expect(report.totals.verified).toBe(101);
      expect(report.rejected).toEqual([
        { file: huge, reason: expect.stringMatching(/^does not replay at decision \d+/) },
      ]);
    }, 200_000);
  });
});
