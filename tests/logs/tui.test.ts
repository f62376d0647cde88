/**
 * resume and replay in a real pseudo-terminal: the built CLI opens the game screen on a
 * resumed game and keeps saving to the same file; the replay screen steps and quits.
 */
import { readFileSync } from 'node:fs';
import { spawn } from 'node-pty';
import { describe, expect, it } from 'vitest';
import { Terminal } from '../e2e/helpers/terminal.js';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { KEY } from '../helpers/keys.js';
import { finishedLog, writeJson } from './fixtures.js';

/** Runs the CLI in an 80x24 terminal; `waitFor` waits for text on screen (escapes removed). */
function terminal(args: string[], home: string) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  delete env.CI; // Ink draws only the last frame under CI
  Object.assign(env, { TERM: 'xterm-256color', MANDATE_HOME: home, NO_COLOR: '1' });
  const pty = spawn(process.execPath, [BIN, ...args], { cols: 80, rows: 24, env, name: 'xterm-256color' });
  let output = '';
  let exit: number | null = null;
  pty.onData((d) => {
    output += d;
  });
  pty.onExit((e) => {
    exit = e.exitCode;
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes
  const text = () => output.replace(/\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B[()][0-9A-Z]|\u001B[=>]/g, '');
  const waitFor = async (what: string | (() => boolean), ms = 15_000) => {
    const done = typeof what === 'string' ? () => text().includes(what) : what;
    for (const t0 = Date.now(); !done(); ) {
      if (Date.now() - t0 > ms)
        throw new Error(`timed out waiting for ${String(what)}; screen:\n${text().slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { pty, text, waitFor, exitCode: () => exit };
}

describe('in a terminal', () => {
  it('replay steps through a log and quits on q', async () => {
    const home = tempHome();
    const log = finishedLog('nato', 12);
    const file = writeJson(home, 'game.json', log);
    const t = terminal(['replay', file], home);
    await t.waitFor(`Decision 1 of ${log.decisions.length}`);
    t.pty.write(KEY.right);
    await t.waitFor(`Decision 2 of ${log.decisions.length}`);
    t.pty.write('q');
    await t.waitFor(() => t.exitCode() !== null);
    expect(t.exitCode()).toBe(0);
  });

  it('resume opens the game where it stopped and saves each decision to the same file', async () => {
    const home = tempHome();
    const played = runCli(['play', '--plain', '--role', 'us', '--seed', '9', '--log', `${home}/mine.json`], '1\n', {
      MANDATE_HOME: home,
    });
    expect(played.code).toBe(0);
    const file = `${home}/mine.json`;
    const t = new Terminal({ args: ['resume', file], home, env: { NO_COLOR: '1' } });
    // The passage is read to its end before an option can be taken.
    await t.readToOptions();
    t.press('1');
    const decisions = () => JSON.parse(readFileSync(file, 'utf8')).decisions.length as number;
    await t.waitFor(() => decisions() === 2, { what: 'the second decision saved' });
    t.kill();
    expect(runCli(['replay', '--verify', file], '', { MANDATE_HOME: home }).code).toBe(0);
  });
});
