/**
 * Commands run in process, where a test can see exactly what they print and return: the saves
 * list with names a player typed, and the replay of a log that parts from the story.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replayCommand, verifyCommand } from '../../src/cli/commands/replay.js';
import { savesCommand } from '../../src/cli/commands/saves.js';
import { UserError } from '../../src/cli/errors.js';
import { builtInStorySource } from '../../src/cli/story-source.js';
import { writeLog } from '../../src/storage/logs.js';
import { tempHome } from '../helpers/cli.js';
import { finishedLog, unfinishedLog } from '../logs/fixtures.js';

const ESC = '\u001b';
let home = '';
const saved = process.env.MANDATE_HOME;
beforeEach(() => {
  home = tempHome();
  process.env.MANDATE_HOME = home;
});
afterEach(() => {
  if (saved === undefined) delete process.env.MANDATE_HOME;
  else process.env.MANDATE_HOME = saved;
});

function output(run: (write: (t: string) => void) => unknown): { text: string; result: unknown } {
  let text = '';
  const result = run((t) => {
    text += t;
  });
  return { text, result };
}

describe('mandate saves', () => {
  // The mutant of issue 18: the cells of the table printed without the sanitiser.
  it('prints what a player typed as text, never as escape sequences, one line per game', () => {
    const log = { ...unfinishedLog(2), player: `Eve${ESC}]0;pwned${ESC}\\${ESC}[2J\nMallory` };
    writeLog(join(home, 'saves', 'eve.json'), log);
    const { text, result } = output((w) => savesCommand({}, w));
    expect(result).toBe(0);
    expect(text).not.toContain(ESC);
    const row = text.split('\n').find((l) => l.includes('eve.json'));
    expect(row).toMatch(/\bEve Mallory\s+mandate\s+us\s+full\s+1\s+playing\s+-\s+eve\.json$/);
  });

  it('says where it looked when there is nothing saved', () => {
    const { text } = output((w) => savesCommand({}, w));
    expect(text).toBe(`No saved games in ${join(home, 'saves')}\n`);
  });
});

describe('mandate replay', () => {
  // The mutant of issue 18: the exit code that says a replayed log parts from the story.
  it('shows the steps that match, then fails with exit 2 naming the step where the log diverges', async () => {
    const log = finishedLog('us', 4);
    log.decisions[2]!.meters.capital += 1;
    const file = join(home, 'edited.json');
    writeLog(file, log);
    let text = '';
    const run = replayCommand(file, { plain: true }, (t) => {
      text += t;
    });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toMatchObject({
      code: 2,
      message: expect.stringMatching(/edited\.json: diverges from the story at step 3: meters differ after the choice/),
    });
    expect(text).toContain(log.decisions[1]!.text);
  });

  it('returns 0 for a log that replays to its end', async () => {
    const file = join(home, 'good.json');
    writeLog(file, finishedLog('nato', 4));
    await expect(replayCommand(file, { plain: true }, () => {})).resolves.toBe(0);
  });

  it('verifies with exit 0 or 1 and one line', () => {
    const good = join(home, 'good.json');
    const log = finishedLog('nato', 4);
    writeLog(good, log);
    const ok = output((w) => verifyCommand(good, builtInStorySource(), w));
    expect(ok.result).toBe(0);
    expect(ok.text).toBe(
      `ok: ${good} matches the story (${log.decisions.length} decisions, ending ${log.ending!.id})\n`,
    );
    const bad = join(home, 'bad.json');
    log.decisions[0]!.meters.usTroops += 1;
    writeLog(bad, log);
    const no = output((w) => verifyCommand(bad, builtInStorySource(), w));
    expect(no.result).toBe(1);
    expect(no.text).toMatch(/^diverges: .*bad\.json at step 1: meters differ after the choice: usTroops/);
  });
});
