/**
 * #6: every string that came from a file passes one sanitiser before it reaches a terminal. A
 * table of places such a string is printed (a log's ids, a player's name, file names in the
 * saves folder, a story's lines), each run through the real CLI: what it prints holds no
 * escape sequence, no control character and no bidi override, and still shows the text.
 * Errors that quote a file are in cli-table.test.ts, which asserts the same of every case.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/engine/sanitize.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { finishedLog, unfinishedLog, writeJson } from '../logs/fixtures.js';
import { CONTROL, contractStory, ESCAPES, write } from './fixtures.js';

function mandate(args: string[], home: string, input = '') {
  const r = runCli(args, input, { MANDATE_HOME: home });
  return { code: r.code, out: `${r.stdout}${r.stderr}` };
}

const home = tempHome();
const saves = join(home, 'saves');
mkdirSync(saves, { recursive: true });
const ended = finishedLog('us', 3);
const files = {
  /** A log of the campaign whose ending id and player name carry escapes. */
  endingId: writeJson(home, 'ending-id.json', {
    ...ended,
    ending: { ...ended.ending!, id: `${ended.ending!.id}${ESCAPES}` },
  }),
  /** A bidi override in the player's name (U+202E reverses what follows). */
  bidiPlayer: writeJson(home, 'bidi.json', { ...ended, player: `\u202eevE${ESCAPES}` }),
  /** A valid, unfinished log in the saves folder under a name full of escapes. */
  savedName: writeJson(saves, `game${ESCAPES}.json`, unfinishedLog(1, 'nato', 4)),
  /** Something that is not a log, named the same way. */
  savedJunk: join(saves, `junk${ESCAPES}.json`),
  /** A story line of 240 kB of unterminated OSC introducers. */
  longLine: write(
    home,
    'long-line.ink',
    contractStory(`${'\u001b]'.repeat(120_000)}Still here.\n* [Go on] -> the_end`),
  ),
};
writeFileSync(files.savedJunk, 'not a log\n');

const TABLE: { name: string; args: string[]; shows: RegExp; input?: string }[] = [
  {
    name: "replay --verify: a log's ending id",
    args: ['replay', '--verify', files.endingId],
    shows: /diverges: .* at step/,
  },
  { name: "replay --plain: a log's ending id", args: ['replay', files.endingId, '--plain'], shows: /Replay of/ },
  { name: "debrief: a log's ending id", args: ['debrief', files.endingId], shows: /does not replay/ },
  {
    name: 'replay --plain: a bidi override in the player name',
    args: ['replay', files.bidiPlayer, '--plain'],
    shows: /player evE/,
  },
  { name: 'saves: file names and problems in the saves folder', args: ['saves'], shows: /game\.json[\s\S]*junk\.json/ },
  {
    name: 'resume: the intro naming a saved file',
    args: ['resume', files.savedName, '--plain'],
    shows: /Resuming .*game\.json/,
  },
  {
    name: 'play: a story line of 240 kB of ESC ] (linear to strip)',
    args: ['play', '--story', files.longLine, '--role', 'us', '--seed', '1', '--plain'],
    input: '1\n',
    shows: /Still here\./,
  },
];

describe('#6 text from files on the terminal', () => {
  it.each(TABLE)('$name', ({ args, shows, input }) => {
    const r = mandate(args, home, input);
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out).toMatch(shows);
  });

  it('strips in one pass: 2.4 MB of unterminated ESC ] (quadratic, this was hours)', () => {
    // An OSC with no terminator loses its introducer; what follows shows as text.
    expect(sanitize(`${'\u001b]'.repeat(1_200_000)}end`)).toBe('end');
    expect(sanitize(`${'\u001b]0;x\u0007'.repeat(400_000)}end`)).toBe('end');
    expect(sanitize(`${'\u001b['.repeat(1_200_000)}mend`)).toBe('end');
    expect(sanitize(`${'\u001b]'.repeat(600_000)}\u0007end`)).toBe('end');
  });
});
