/**
 * The title screen is the campaign's: Continue and "Replay a log" offer the campaign's games,
 * not a newer game of an author's story (which would only be refused once picked).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { titleActions } from '../../src/cli/commands/title.js';
import { runCli, tempHome } from '../helpers/cli.js';

const saved = process.env.MANDATE_HOME;
afterEach(() => {
  if (saved === undefined) delete process.env.MANDATE_HOME;
  else process.env.MANDATE_HOME = saved;
});

describe('the title screen’s saved games', () => {
  it('offers the campaign’s games only', () => {
    const env = { MANDATE_HOME: tempHome() };
    runCli(['play', '--role', 'us', '--seed', '1', '--plain', '--player', 'Ann'], '1\n', env);
    runCli(['play', '--story', 'examples/isaf/main.ink', '--role', 'nato', '--seed', '3', '--plain'], '1\n', env);
    process.env.MANDATE_HOME = env.MANDATE_HOME;
    const { actions } = titleActions();
    expect(actions.latest).toMatchObject({ role: 'us', player: 'Ann', decisions: 1 });
    const logs = actions.logs?.() ?? [];
    expect(logs.map((l) => [l.role, l.player])).toEqual([['us', 'Ann']]);
  });
});
