/**
 * Reading first, in a real terminal at 80×24 (node-pty and a headless xterm; CI is dropped from
 * the child's environment, so every frame is drawn). While text of the passage remains below,
 * Enter reads on and a digit only highlights its option; once the end is in view, Enter takes
 * the highlighted option. Every frame drawn is checked, not only the last: no choice may flash
 * by while the player is still reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMeter } from '../../src/ui/format.js';
import { newSession } from '../helpers/story.js';
import { expectedOnScreen, missing, opening } from './helpers/expect-view.js';
import { isReading, KEYS, showsOptions, tempHome } from './helpers/terminal.js';
import { terminals } from './helpers/terminals.js';

const openTerminal = terminals();

/** The US campaign from its first passage, and where it is saved. */
function open() {
  const home = tempHome();
  const t = openTerminal({ args: ['play', '--role', 'us', '--seed', '7'], home, cols: 80, rows: 24 });
  const decisions = () => {
    const dir = join(home, 'saves');
    const [file] = readdirSync(dir);
    return (JSON.parse(readFileSync(join(dir, file!), 'utf8')) as { decisions: unknown[] }).decisions.length;
  };
  return { t, twin: newSession('us', 7, 'full'), decisions };
}

/** The number of lines below, as the rule counts them while reading (0 once the end is in view). */
const below = (screen: string) => Number(/↓(\d+) Enter: read on/.exec(screen)?.[1] ?? 0);

/** Enter takes option `i`, highlighted: its line (▸) and its cost show, and it is saved. */
async function enterTakes({ t, twin, decisions }: ReturnType<typeof open>, i: number) {
  const view = twin.view();
  const after = twin.choose(i);
  t.press(KEYS.enter);
  const chosen = await t.waitFor(formatMeter('capital', after.meters.capital, after.delta?.capital), {
    what: `option ${i + 1} taken`,
  });
  expect(chosen).toContain(`▸ ${opening(view.choices[i]!.text, 4)}`);
  await t.waitFor(() => decisions() === 1, { what: 'the decision saved' });
  return after;
}

describe('reading first at 80×24', () => {
  it('Enter with text unread reads on and does not choose; once the text is read, Enter chooses', async () => {
    const opened = open();
    const { t, twin, decisions } = opened;
    let screen = await t.waitFor(isReading, { what: 'the first page' });
    expect(screen).toMatch(/↓\d+ Enter: read on/);
    expect(screen).toContain('Enter: read on');
    expect(screen).not.toMatch(/› \d\) /);
    // Each Enter while text remains shows the next page, and no option is taken.
    let presses = 0;
    while (isReading(screen)) {
      const before = screen;
      t.press(KEYS.enter);
      presses++;
      // The rule says where the reader is: it changes with every page.
      screen = await t.waitFor((s) => !isReading(s) || below(s) !== below(before), {
        what: `the page after Enter ${presses}`,
      });
      if (isReading(screen)) expect(below(screen)).toBeLessThan(below(before) || Number.POSITIVE_INFINITY);
      expect(decisions()).toBe(0);
    }
    expect(presses).toBeGreaterThan(0);
    // Nothing was chosen on any frame drawn while reading: no option taken (▸), no change of capital.
    expect(t.raw).not.toContain('▸');
    expect(t.raw).not.toMatch(/capital \d+ \(-/);
    // The end in view: the options under it, and Enter takes the highlighted one.
    const view = twin.view();
    expect(missing(screen, expectedOnScreen(view))).toEqual([]);
    expect(screen).toContain(`› 1) ${opening(view.choices[0]!.text)}`);
    await enterTakes(opened, 0);
  });

  it('a digit highlights its option while text is unread, and does not choose it', async () => {
    const opened = open();
    const { t, twin, decisions } = opened;
    const first = await t.waitFor(isReading, { what: 'the first page' });
    t.press('2');
    const flash = await t.waitFor('Option 2 highlighted', { what: 'the message for the digit' });
    // Still reading, on the same page; nothing taken, on any frame drawn.
    expect(isReading(flash)).toBe(true);
    expect(below(flash)).toBe(below(first));
    expect(t.raw).not.toContain('▸');
    expect(decisions()).toBe(0);
    // Read on: the second option is the highlighted one, and Enter takes it.
    const { screen } = await t.readToOptions();
    const view = twin.view();
    expect(screen).toContain(`› 2) ${opening(view.choices[1]!.text)}`);
    expect(screen).toContain(`  1) ${opening(view.choices[0]!.text)}`);
    expect(t.raw).not.toContain('▸');
    const after = await enterTakes(opened, 1);
    expect(after.decisions[0]!.index).toBe(1);
  });

  // Last in this file: it measures the campaign's text, which is rewritten separately.
  it('reads turn 1 of the US campaign in at most two pages', async () => {
    const { t } = open();
    const first = await t.waitFor(isReading, { what: 'the first page' });
    expect(first).toContain('── Turn 1 · August 2003 ──');
    const { screen, presses } = await t.readToOptions();
    expect(showsOptions(screen)).toBe(true);
    expect(screen).toContain('Turn 1 of 11 · August 2003');
    expect(presses, `Enter pressed ${presses} times before the options showed`).toBeLessThanOrEqual(2);
  });
});
