/**
 * The title screen is the campaign's: Continue and "Replay a log" offer the campaign's games,
 * not a newer game of an author's story (which would only be refused once picked).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { titleActions } from '../../src/cli/commands/title.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { newSession } from '../helpers/story.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A new data folder, for the games played through the CLI (env) and titleActions in this process. */
function freshHome(): { MANDATE_HOME: string } {
  const env = { MANDATE_HOME: tempHome() };
  vi.stubEnv('MANDATE_HOME', env.MANDATE_HOME);
  return env;
}

describe('the title screen’s saved games', () => {
  it('offers the campaign’s games only', () => {
    const env = freshHome();
    runCli(['play', '--role', 'us', '--seed', '1', '--plain', '--player', 'Ann'], '1\n', env);
    runCli(['play', '--story', 'examples/isaf/main.ink', '--role', 'nato', '--seed', '3', '--plain'], '1\n', env);
    const { actions } = titleActions();
    expect(actions.latest()).toMatchObject({ role: 'us', player: 'Ann', decisions: 1 });
    const logs = actions.logs?.() ?? [];
    expect(logs.map((l) => [l.role, l.player])).toEqual([['us', 'Ann']]);
  });

  it('does not offer to continue a game left before its first decision, but lists it to replay', () => {
    const env = freshHome();
    runCli(['play', '--role', 'us', '--seed', '1', '--plain', '--player', 'Ann'], '1\n', env);
    // Opened and left at once: saved, with no decision.
    runCli(['play', '--role', 'nato', '--seed', '2', '--plain', '--player', 'Bo'], '', env);
    const { actions } = titleActions();
    expect(actions.latest()).toMatchObject({ role: 'us', player: 'Ann', decisions: 1 });
    const logs = actions.logs?.() ?? [];
    expect(logs.map((l) => [l.player, l.decisions])).toEqual([
      ['Bo', 0],
      ['Ann', 1],
    ]);
  });

  it('says where each game stands now: the turn and month after its last decision', () => {
    const env = freshHome();
    // Six decisions: the sixth closes September, so the game stands in October.
    const input = '1\n'.repeat(6);
    runCli(['play', '--role', 'us', '--seed', '4', '--plain'], input, env);
    const twin = newSession('us', 4, 'full');
    for (let i = 0; i < 6; i++) twin.choose(0);
    const now = twin.view();
    expect(now.month).not.toBe(now.decisions.at(-1)!.month);
    const { actions } = titleActions();
    expect(actions.latest()).toMatchObject({ turn: now.turn, month: now.month, decisions: 6 });
    expect(actions.logs?.()[0]).toMatchObject({ turn: now.turn, month: now.month, decisions: 6 });
  });
});
