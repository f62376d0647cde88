/**
 * One set of keys everywhere: each screen is walked with the key table (src/ui/keys.ts). Every
 * key the table gives a scroll command, Esc/q (back) or ? (help) in a mode is pressed there, and
 * the screen must do what the help says: the pane moves by the lines the command names, Esc and
 * q go back one level, ? lists the mode's keys, h opens the history wherever there is a game.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInStorySource } from '../../src/cli/story-source.js';
import { buildLog } from '../../src/engine/log.js';
import { replayTranscript } from '../../src/engine/replay-steps.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import { GameSession, type Role } from '../../src/engine/session.js';
import { compileStoryFile } from '../../src/storage/story-files.js';
import { App } from '../../src/ui/App.js';
import { BINDINGS, type Command, helpRows, type KeyPress, type Mode, resolveKey } from '../../src/ui/keys.js';
import type { LogInfo, TitleActions } from '../../src/ui/types.js';
import { newSession, playThrough, storyJson } from '../helpers/story.js';
import { stepsToEnd, testGame } from './helpers/game.js';
import { keyPress } from './helpers/key-press.js';
import { isReading, KEY, type Rendered, renderUI, showsOptions } from './helpers/render.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.unmount();
  ui = null;
});

/** Keys a player can press: the bytes a terminal sends, and what Ink reads from them. */
const PRESSES: { name: string; bytes: string; input: string; key: Partial<KeyPress> }[] = [
  { name: 'j', bytes: 'j', input: 'j', key: {} },
  { name: 'k', bytes: 'k', input: 'k', key: {} },
  { name: '↑', bytes: KEY.up, input: '', key: { upArrow: true } },
  { name: '↓', bytes: KEY.down, input: '', key: { downArrow: true } },
  { name: 'PgUp', bytes: KEY.pageUp, input: '', key: { pageUp: true } },
  { name: 'PgDn', bytes: KEY.pageDown, input: '', key: { pageDown: true } },
  { name: 'b', bytes: 'b', input: 'b', key: {} },
  { name: 'Space', bytes: ' ', input: ' ', key: {} },
  { name: 'Home', bytes: KEY.home, input: '', key: { home: true } },
  { name: 'End', bytes: KEY.end, input: '', key: { end: true } },
  { name: 'g', bytes: 'g', input: 'g', key: {} },
  { name: 'G', bytes: 'G', input: 'G', key: {} },
  { name: 'Esc', bytes: KEY.escape, input: '', key: { escape: true } },
  { name: 'q', bytes: 'q', input: 'q', key: {} },
  { name: '?', bytes: '?', input: '?', key: {} },
  { name: 'h', bytes: 'h', input: 'h', key: {} },
  { name: '←', bytes: KEY.left, input: '', key: { leftArrow: true } },
  { name: '→', bytes: KEY.right, input: '', key: { rightArrow: true } },
];

const SCROLLS = new Set<Command>(['lineUp', 'lineDown', 'pageUp', 'pageDown', 'top', 'bottom']);
/** Commands this test checks: what the issue asks the same everywhere. */
const CHECKED = new Set<Command>([...SCROLLS, 'back', 'close', 'quit', 'help', 'history', 'stepOn', 'stepBack']);

/** The presses that give each checked command in a mode, by the table; every binding covered. */
function keysOf(mode: Mode) {
  const found = PRESSES.map((p) => ({ ...p, resolved: resolveKey(p.input, keyPress(p.key), mode) })).filter(
    (p) => p.resolved && CHECKED.has(p.resolved.command),
  );
  for (const b of BINDINGS.filter((b) => b.modes.includes(mode) && CHECKED.has(b.command) && b.command !== 'help')) {
    expect(
      found.some((p) => p.resolved!.binding === b),
      `${mode}: a key for ${b.command} (${b.label})`,
    ).toBe(true);
  }
  return found.map((p) => ({ name: p.name, bytes: p.bytes, command: p.resolved!.command }));
}

/** A scrolled block on screen: its visible lines and what its rule says. */
interface Pane {
  lines: string[];
  /** Lines above, when the rule says (↑N, or none shown while choosing: 0). */
  above: number | null;
  /** Lines below (↓N; 0 when the rule shows none). */
  below: number;
  rule: string;
}

type Where = 'story' | 'overlay' | 'replay';

/** The pane of a frame: the story (game, reading, ending), an overlay, or the replay's passage. */
function paneOf(frame: string, where: Where): Pane {
  const rows = frame.split('\n');
  const ruleAt = rows.findIndex((r, i) => i > 0 && /^─/.test(r));
  const rule = rows[ruleAt] ?? '';
  // The story sits under the header and the two compact lines; an overlay under its title and
  // rule; the replay's passage under its heading.
  const lines =
    where === 'story'
      ? rows.slice(3, ruleAt)
      : where === 'overlay'
        ? rows.slice(ruleAt + 1, -1)
        : rows.slice(2, ruleAt);
  const up = /↑(\d+)/.exec(rule);
  const down = /↓(\d+)/.exec(rule);
  return {
    lines,
    above: up ? Number(up[1]) : isReading(frame) ? null : 0,
    below: down ? Number(down[1]) : 0,
    rule,
  };
}

/** The pane after a move of `d` lines: what was at line i + d is now at line i. */
function expectShift(before: Pane, after: Pane, d: number, what: string) {
  if (d === 0) {
    expect(after.lines, what).toEqual(before.lines);
    return;
  }
  const pairs: [string, string][] = [];
  for (let i = 0; i < after.lines.length; i++) {
    const j = i + d;
    if (j >= 0 && j < before.lines.length) pairs.push([after.lines[i]!, before.lines[j]!]);
  }
  expect(after.lines, what).not.toEqual(before.lines);
  for (const [a, b] of pairs) expect(a, what).toBe(b);
  // Where the pane keeps its height, the rule counts the move too.
  if (after.lines.length === before.lines.length) expect(after.below, `${what}: ↓`).toBe(before.below - d);
}

interface Screen {
  ui: Rendered;
  mode: Mode;
  where: Where;
  /** Brings the pane to where each key is tried from; resolves with the lines above it. */
  reset(): Promise<number>;
  /** The frame is this screen's, settled. */
  ready(frame: string): boolean;
}

/** Brings the pane three lines down from its top, where each key has room to move either way. */
async function threeDown(ui: Rendered, where: Where): Promise<number> {
  await ui.press('g', 'j', 'j', 'j');
  await ui.waitFor((f) => paneOf(f, where).above === 3);
  return 3;
}

/** Presses a key and waits for the frame it draws (or, for a key with nothing to do, a moment). */
async function press(s: Screen, bytes: string, changes = true): Promise<string> {
  const before = s.ui.frame();
  await s.ui.press(bytes);
  if (!changes) return s.ui.frame();
  return s.ui.waitFor((f) => f !== before);
}

/** Checks every scroll key of the screen's mode against the help's promise. */
async function checkScrolls(s: Screen) {
  for (const k of keysOf(s.mode).filter((k) => SCROLLS.has(k.command))) {
    const above = await s.reset();
    const before = paneOf(s.ui.frame(), s.where);
    const page = Math.max(1, before.lines.length - 1);
    const d = {
      lineUp: -Math.min(1, above),
      lineDown: Math.min(1, before.below),
      pageUp: -Math.min(page, above),
      pageDown: Math.min(page, before.below),
      top: -above,
      bottom: before.below,
    }[k.command as 'lineUp'];
    const frame = await press(s, k.bytes, d !== 0);
    const after = paneOf(frame, s.where);
    // Going up from the options, the story takes their rows back and keeps the passage's end in
    // view: the pane grows upwards by those rows at least.
    const grown = after.lines.length - before.lines.length;
    const shift = d < 0 && grown > 0 ? -Math.min(above, Math.max(-d, grown)) : d;
    expectShift(before, after, shift, `${s.mode}: ${k.name} (${k.command}) from ↑${above} ↓${before.below}`);
    if (k.command === 'top') expect(after.above ?? 0, `${s.mode}: ${k.name}`).toBe(0);
    if (k.command === 'bottom') expect(after.below, `${s.mode}: ${k.name}`).toBe(0);
  }
}

/** ? lists the mode's keys, every row of the table, and ? again closes the list. */
async function checkHelp(s: Screen, where: Where = 'overlay') {
  const open = await press(s, '?');
  expect(open).toContain('Keys');
  const seen = new Set(paneOf(open, where).lines.map((l) => l.trim()));
  // Page through the list, for a terminal shorter than it.
  for (let f = open; paneOf(f, where).below > 0; ) {
    f = await press(s, KEY.pageDown);
    for (const l of paneOf(f, where).lines) seen.add(l.trim());
  }
  const text = [...seen].join(' ').replace(/\s+/g, ' ');
  for (const row of helpRows(s.mode)) expect(text, `${s.mode}: help for ${row.keys}`).toContain(row.help.slice(0, 20));
  await press(s, '?');
  await s.ui.waitFor((f) => !f.includes(' Keys\n') && s.ready(f));
}

/** Skips to one decision before the ending, taking option 1 each time. */
function nearTheEnd(role: Role) {
  const game = testGame(role, { seed: 4, scenario: 'short' });
  const n = stepsToEnd(role, 4, 'short');
  for (let i = 0; i < n - 1; i++) game.session.choose(0);
  return game;
}

const replayed = playThrough(newSession('us', 3, 'short'), (step, n) => step % n);
const replayLog = buildLog(replayed, storyJson, { player: 'Dee', createdAt: new Date(0).toISOString() }, new Date(0));

/** A title screen whose log list holds one finished game, replayed inside the app. */
function titleActions(): TitleActions {
  const log: LogInfo = {
    file: '/saves/dee.json',
    role: 'us',
    status: 'ended',
    ending: replayLog.ending?.title ?? null,
    turn: 4,
    month: '2004-06',
    decisions: replayLog.decisions.length,
    player: 'Dee',
    updatedAt: new Date().toISOString(),
  };
  return {
    labels: builtInStorySource().labels,
    latest: () => null,
    scenarios: [BUILT_IN_SCENARIOS.short],
    newGame: (role: Role) => testGame(role),
    continueLatest: () => testGame(),
    logs: () => [log],
    replay: vi.fn(() => ({ transcript: replayTranscript(replayLog, storyJson), title: 'Replay · Dee' })),
  };
}

describe('one set of keys on every screen', () => {
  it('reading: the scroll keys, Esc/q to the quit dialog, ? for the keys, h for the history', async () => {
    ui = renderUI(<App start={{ screen: 'game', game: testGame() }} />);
    const first = await ui.waitFor(isReading);
    const s: Screen = {
      ui,
      mode: 'reading',
      where: 'story',
      ready: isReading,
      // Three lines down from the top: room to move either way.
      async reset() {
        await ui!.press('g', 'j', 'j', 'j');
        await ui!.waitFor((f) => isReading(f) && paneOf(f, 'story').lines[0] === paneOf(first, 'story').lines[3]);
        return 3;
      },
    };
    await checkScrolls(s);
    await checkBackToQuitDialog(s);
    await checkHelp(s);
    await checkHistory(s);
  });

  it('game (the options in view): the scroll keys, Esc/q to the quit dialog, ? for the keys, h for the history', async () => {
    ui = renderUI(<App start={{ screen: 'game', game: testGame() }} />);
    const s: Screen = {
      ui,
      mode: 'game',
      where: 'story',
      ready: showsOptions,
      // The end of the passage, the options under it: only the keys that go up have room.
      async reset() {
        const f = await ui!.readToOptions();
        return paneOf(f, 'story').above!;
      },
    };
    await s.reset();
    await checkScrolls(s);
    await s.reset();
    await checkBackToQuitDialog(s);
    await checkHelp(s);
    await checkHistory(s);
  });

  it('overlay: the scroll keys, Esc/q to close, ? for the keys', async () => {
    // A story with a table, so the state of play is long enough to scroll.
    const { json } = compileStoryFile('tests/engine/fixtures/table.ink');
    const session = GameSession.start({ storyJson: json!, role: 'us', seed: 3, scenario: BUILT_IN_SCENARIOS.full });
    ui = renderUI(<App start={{ screen: 'game', game: { session, save: () => [] } }} />);
    await ui.readToOptions();
    const s: Screen = {
      ui,
      mode: 'overlay',
      where: 'overlay',
      ready: (f) => f.includes('State of play'),
      // The state of play, three lines down.
      async reset() {
        if (!ui!.frame().includes('State of play')) await press(s, 't');
        return threeDown(ui!, 'overlay');
      },
    };
    await checkScrolls(s);
    for (const key of keysOf('overlay').filter((k) => k.command === 'close')) {
      await s.reset();
      const f = await press(s, key.bytes);
      expect(f, `overlay: ${key.name} closes`).not.toContain('State of play');
      expect(showsOptions(f)).toBe(true);
    }
    await s.reset();
    const help = await press(s, '?');
    expect(help).toContain('Keys');
  });

  it('ending: the scroll keys, ↑↓ through its menu, Esc/q to the menu’s last item, ? for the keys, h for the history', async () => {
    ui = renderUI(<App start={{ screen: 'game', game: nearTheEnd('us') }} newGame={() => testGame()} />);
    await ui.readToOptions();
    await ui.press('1');
    await ui.waitFor('THE END');
    const s: Screen = {
      ui,
      mode: 'ending',
      where: 'story',
      ready: (f) => f.includes('THE END'),
      reset: () => threeDown(ui!, 'story'),
    };
    await checkScrolls(s);
    // The arrows move through the menu: New game, Quit.
    await ui.waitFor('› 1) New game');
    await press(s, KEY.down);
    await ui.waitFor('› 2) Quit');
    await press(s, KEY.up);
    await ui.waitFor('› 1) New game');
    await checkHelp(s);
    await checkHistory(s);
    // Esc (and q, the same binding) take the menu's last item: Quit.
    expect(
      keysOf('ending')
        .filter((k) => k.command === 'back')
        .map((k) => k.name),
    ).toEqual(['Esc', 'q']);
    await ui.press(KEY.escape);
    await expect(ui.exited).resolves.toMatchObject({ kind: 'quit' });
  });

  it('replay (opened from the title’s log list): the scroll keys, ←/→ step, ? for the keys, Esc/q back to the list', async () => {
    const title = titleActions();
    ui = renderUI(<App start={{ screen: 'title' }} title={title} />);
    await ui.waitFor('Replay a log');
    await ui.press('3');
    await ui.waitFor('Pick a saved game to step through it.');
    await ui.press('1');
    const n = replayLog.decisions.length;
    await ui.waitFor(`Decision 1 of ${n}`);
    expect(title.replay).toHaveBeenCalledWith('/saves/dee.json');
    const s: Screen = {
      ui,
      mode: 'replay',
      where: 'replay',
      ready: (f) => f.includes(`Decision 1 of ${n}`),
      reset: () => threeDown(ui!, 'replay'),
    };
    await checkScrolls(s);
    await press(s, KEY.right);
    await ui.waitFor(`Decision 2 of ${n}`);
    await press(s, KEY.left);
    await ui.waitFor(`Decision 1 of ${n}`);
    await checkHelp(s, 'replay');
    for (const key of keysOf('replay').filter((k) => k.command === 'back')) {
      await press(s, key.bytes);
      await ui.waitFor('Pick a saved game to step through it.');
      await ui.press('1');
      await ui.waitFor(`Decision 1 of ${n}`);
    }
    // Back from the replay to the list, and from the list to the title.
    await press(s, KEY.escape);
    await ui.waitFor('Pick a saved game to step through it.');
    await press(s, KEY.escape);
    await ui.waitFor('New game');
  });
});

/** Esc and q ask before leaving a game; n stays where the player was. */
async function checkBackToQuitDialog(s: Screen) {
  for (const key of keysOf(s.mode).filter((k) => k.command === 'quit')) {
    const before = s.ui.frame();
    await press(s, key.bytes);
    await s.ui.waitFor('Leave the game now?');
    await press(s, 'n');
    expect(await s.ui.waitFor((f) => !f.includes('Leave the game now?')), `${s.mode}: ${key.name}`).toBe(before);
  }
}

/** h opens the history over the screen, and closes it again. */
async function checkHistory(s: Screen) {
  await press(s, 'h');
  await s.ui.waitFor(/History · \d+ decisions?/);
  await press(s, 'h');
  await s.ui.waitFor((f) => !/History · \d/.test(f) && s.ready(f));
}
