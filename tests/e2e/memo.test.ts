/**
 * Memos in a real terminal: the built CLI in a pseudo-terminal with `--memos required`; the
 * player picks an option, types a reason key by key in the text field, and the log keeps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYS, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

describe('memos in the terminal UI', () => {
  it('types a reason with keys and saves it with the decision', async () => {
    const home = tempHome();
    const log = join(home, 'ana.json');
    const t = openTerminal({
      args: ['play', '--role', 'nato', '--seed', '7', '--scenario', 'short', '--memos', 'required', '--log', log],
      home,
    });
    // Reading comes first: the options show once the passage is read.
    await t.readToOptions();
    t.press('2');
    await t.waitFor('Why did you choose this?');
    const reason = 'Paris must agree first; 2 steps, not 1.';
    // One key at a time, as a student types.
    for (const key of reason) t.press(key);
    await t.waitFor(reason);
    const read = () => JSON.parse(readFileSync(log, 'utf8')) as { decisions: { index: number; reason?: string }[] };
    expect(read().decisions).toHaveLength(0);
    t.press(KEYS.enter);
    await t.waitFor(() => read().decisions.length === 1, { what: 'the decision in the log' });
    expect(read().decisions[0]).toMatchObject({ index: 1, reason });
    t.press('q');
    await t.waitFor('Leave the game now?');
    t.press('y');
    expect((await t.waitForExit()).exitCode).toBe(0);
  });
});
