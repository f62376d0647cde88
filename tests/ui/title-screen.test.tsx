import { afterEach, describe, expect, it, vi } from 'vitest';
import { titleActions } from '../../src/cli/commands/title.js';
import { builtInStorySource } from '../../src/cli/story-source.js';
import { BUILT_IN_SCENARIOS } from '../../src/engine/scenario.js';
import type { Role } from '../../src/engine/session.js';
import { App } from '../../src/ui/App.js';
import { formatMonth } from '../../src/ui/format.js';
import type { GameHandle, LogInfo, TitleActions } from '../../src/ui/types.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { newSession } from '../helpers/story.js';
import { KEY, type Rendered, renderUI } from './helpers/render.js';

let ui: Rendered | null = null;
const home = process.env.MANDATE_HOME;
afterEach(() => {
  ui?.unmount();
  ui = null;
  if (home === undefined) delete process.env.MANDATE_HOME;
  else process.env.MANDATE_HOME = home;
});

const handle = (role: Role, scenario: 'full' | 'short' = 'short'): GameHandle => ({
  session: newSession(role, 1, scenario),
  save: () => [],
});

const labels = builtInStorySource().labels;

function actions(over: Partial<TitleActions> = {}): TitleActions {
  return {
    labels,
    latest: () => null,
    scenarios: [BUILT_IN_SCENARIOS.full, BUILT_IN_SCENARIOS.short],
    newGame: vi.fn((role: Role, s) => handle(role, s.id as 'full' | 'short')),
    continueLatest: vi.fn(() => handle('nato')),
    logs: () => [],
    ...over,
  };
}

describe('the title screen', () => {
  it('offers new game, continue, replay, plain mode and quit', async () => {
    ui = renderUI(<App start={{ screen: 'title' }} title={actions()} />);
    const f = await ui.waitFor('New game');
    expect(f).toContain('M A N D A T E');
    expect(f).toMatch(
      /1\) New game[\s\S]*2\) Continue[\s\S]*no unfinished game saved[\s\S]*3\) Replay a log[\s\S]*4\) Plain mode[\s\S]*screen readers[\s\S]*5\) Quit/,
    );
  });

  it('offers plain mode for screen readers, and closes asking for it', async () => {
    ui = renderUI(<App start={{ screen: 'title' }} title={actions()} />);
    await ui.waitFor('Plain mode');
    await ui.press('4');
    await expect(ui.exited).resolves.toEqual({ kind: 'plain' });
  });

  it('starts a new game: role (with what each wants), then scenario', async () => {
    const title = actions();
    ui = renderUI(<App start={{ screen: 'title' }} title={title} />);
    await ui.waitFor('New game');
    await ui.press(KEY.enter);
    const roles = await ui.waitFor('Whose desk is yours?');
    expect(roles).toContain('US official');
    expect(roles).toContain('NATO official');
    expect(roles).toContain(labels.roles.us.goal.split(' ').slice(0, 4).join(' '));
    expect(roles).toContain(labels.roles.nato.goal.split(' ').slice(0, 4).join(' '));
    await ui.press(KEY.down, KEY.enter);
    const scenarios = await ui.waitFor('How long a game?');
    expect(scenarios).toContain(BUILT_IN_SCENARIOS.full.title);
    expect(scenarios).toContain(BUILT_IN_SCENARIOS.short.title);
    await ui.press('2');
    await ui.waitFor('NATO official · Turn 1 of 4');
    expect(title.newGame).toHaveBeenCalledWith('nato', BUILT_IN_SCENARIOS.short);
  });

  it('goes back a step with q or Esc', async () => {
    ui = renderUI(<App start={{ screen: 'title' }} title={actions()} />);
    await ui.waitFor('New game');
    await ui.press('1');
    await ui.waitFor('Whose desk is yours?');
    await ui.press('1');
    await ui.waitFor('How long a game?');
    await ui.press('q');
    await ui.waitFor('Whose desk is yours?');
    await ui.press(KEY.escape);
    await ui.waitFor('New game');
  });

  it('continues the latest game, described on the menu, with the cursor on Continue', async () => {
    const title = actions({
      latest: () => ({
        role: 'nato',
        turn: 3,
        month: '2003-10',
        decisions: 5,
        player: 'Ana',
        updatedAt: new Date().toISOString(),
      }),
    });
    ui = renderUI(<App start={{ screen: 'title' }} title={title} />);
    const f = await ui.waitFor('Continue');
    expect(f).toMatch(/NATO official · Ana · Turn 3 · October 2003 · 5 decisions · saved\s+just\s+now/);
    expect(f).toContain('› 2) Continue');
    expect(f).toContain('  1) New game');
    await ui.press(KEY.enter);
    await ui.waitFor('NATO official · Turn 1');
    expect(title.continueLatest).toHaveBeenCalled();
  });

  it('labels Continue with the turn and month the resumed game’s header shows', async () => {
    // Six decisions of the full campaign: the sixth closes September, so the game stands in October.
    const env = { MANDATE_HOME: tempHome() };
    expect(
      runCli(['play', '--role', 'us', '--seed', '4', '--plain', '--player', 'Cy'], '1\n'.repeat(6), env).code,
    ).toBe(0);
    process.env.MANDATE_HOME = env.MANDATE_HOME;
    const twin = newSession('us', 4, 'full');
    for (let i = 0; i < 6; i++) twin.choose(0);
    const { turn, month, decisions } = twin.view();
    expect(month).not.toBe(decisions.at(-1)!.month);
    ui = renderUI(<App start={{ screen: 'title' }} title={titleActions().actions} />);
    const menu = await ui.waitFor('Continue');
    const label = `Turn ${turn} · ${formatMonth(month)}`;
    expect(menu).toContain(`US official · Cy · ${label} · 6 decisions`);
    await ui.press(KEY.enter);
    const game = await ui.waitFor('Resumed after 6');
    expect(game.split('\n')[0]).toContain(`US official · Turn ${turn} of 11 · ${formatMonth(month)}`);
  });

  it('says why a game cannot be continued, and stays', async () => {
    const title = actions({
      latest: () => ({
        role: 'us',
        turn: 1,
        month: null,
        decisions: 1,
        player: null,
        updatedAt: new Date().toISOString(),
      }),
      continueLatest: () => {
        throw new Error('diverges from the story at step 1');
      },
    });
    ui = renderUI(<App start={{ screen: 'title' }} title={title} />);
    await ui.waitFor('Continue');
    await ui.press('2');
    await ui.waitFor('Cannot continue: diverges from the story at step 1');
    expect(ui.frame()).toContain('New game');
  });

  it('skips Continue when there is nothing to continue', async () => {
    const title = actions();
    ui = renderUI(<App start={{ screen: 'title' }} title={title} />);
    const f = await ui.waitFor('Continue');
    expect(f).toContain('› 1) New game');
    await ui.press('2', KEY.down, KEY.enter);
    await ui.waitFor('There are no saved games yet.');
    expect(title.continueLatest).not.toHaveBeenCalled();
  });

  it('lists saved logs to replay and closes with the one picked', async () => {
    const logs: LogInfo[] = [
      {
        file: '/saves/a.json',
        role: 'us',
        status: 'ended',
        ending: 'Going it alone',
        turn: 9,
        month: '2004-04',
        decisions: 21,
        player: 'Ben',
        updatedAt: new Date().toISOString(),
      },
    ];
    ui = renderUI(<App start={{ screen: 'title' }} title={actions({ logs: () => logs })} />);
    await ui.waitFor('Replay a log');
    await ui.press('3');
    const f = await ui.waitFor('US official · Going it alone');
    expect(f).toContain('Ben · 21 decisions · just now · a.json');
    await ui.press('1');
    await expect(ui.exited).resolves.toEqual({ kind: 'replay', file: '/saves/a.json' });
  });

  it('quits with Quit, q or Ctrl+C', async () => {
    for (const keys of [['5'], ['q'], [KEY.ctrlC]]) {
      const r = renderUI(<App start={{ screen: 'title' }} title={actions()} />);
      await r.waitFor('New game');
      await r.press(...keys);
      await expect(r.exited).resolves.toMatchObject({ kind: keys[0] === KEY.ctrlC ? 'interrupted' : 'quit' });
    }
  });

  it('starts `play` without --role at the role list', async () => {
    const newGame = vi.fn((role: Role) => handle(role));
    ui = renderUI(<App start={{ screen: 'role' }} labels={labels} newGame={newGame} />);
    await ui.waitFor(labels.rolePrompt);
    await ui.press('2');
    await ui.waitFor('NATO official · Turn 1');
    expect(newGame).toHaveBeenCalledWith('nato');
  });
});
