/** `mandate play`: start a new game, in the terminal UI or in plain mode. */
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { BUILT_IN_SCENARIOS, isBuiltInScenario, type Scenario } from '../../engine/scenario.js';
import { GameSession, type Role } from '../../engine/session.js';
import { StoryContractError, StoryRuntimeError } from '../../engine/story/runtime.js';
import { type Autosaver, createAutosaver } from '../../storage/autosave.js';
import { newSavePath } from '../../storage/log-write.js';
import { sanitize } from '../../ui/format.js';
import { UserError } from '../errors.js';
import { farewell, resumeHint } from '../game-handle.js';
import { MAX_SEED } from '../options.js';
import { askNumber, type PlainIO, playPlain } from '../plain.js';
import { builtInStorySource, playableStoryFile, type StorySource } from '../story-source.js';

export interface PlayOptions {
  role?: Role;
  player?: string;
  /** Also write the log to this file (which must not exist yet). */
  log?: string;
  seed?: number;
  scenario?: string;
  plain?: boolean;
  undo?: boolean;
  /** An author's story: an .ink file or a compiled .json. */
  story?: string;
}

/**
 * `--scenario`: a built-in name, or a scenario file (see docs/scenarios.md). A word that is
 * neither a built-in nor an existing file is most likely a typo of a built-in, and says so.
 */
export async function resolveScenario(name: string | undefined): Promise<Scenario> {
  const id = name ?? 'full';
  if (isBuiltInScenario(id)) return BUILT_IN_SCENARIOS[id];
  // Loaded only for a file: the schema library is not needed for the built-ins.
  const { readScenarioFile, ScenarioFileError } = await import('../../storage/scenarios.js');
  try {
    return readScenarioFile(id);
  } catch (e) {
    if (!(e instanceof ScenarioFileError)) throw e;
    if (e.problem === 'no such file' && !/[./\\]/.test(id)) {
      throw new UserError(`unknown scenario "${id}": use full, short or a scenario file (see docs/scenarios.md)`);
    }
    throw new UserError(`scenario ${e.message}`);
  }
}

export function startSession(source: StorySource, role: Role, seed: number, scenario: Scenario, undo?: boolean) {
  try {
    return GameSession.start({ storyJson: source.parsed?.() ?? source.json, role, seed, scenario, undo });
  } catch (e) {
    if (e instanceof StoryContractError || e instanceof StoryRuntimeError) {
      throw new UserError(`${source.label}: ${e.message}`);
    }
    throw e;
  }
}

/** Reads stdin line by line for plain mode. */
export function stdinIO(): PlainIO & { close(): void } {
  const rl = createInterface({ input: process.stdin, terminal: false });
  return {
    lines: rl[Symbol.asyncIterator](),
    write: (text) => process.stdout.write(text),
    close: () => rl.close(),
  };
}

export function wantsPlain(flag: boolean | undefined): boolean {
  return Boolean(flag) || !process.stdin.isTTY || !process.stdout.isTTY;
}

/** The autosaver of a new game: its file in the saves folder, and `--log FILE` when given. */
export function newGameSaver(source: StorySource, role: Role, player: string | null, log?: string): Autosaver {
  const now = new Date();
  const files = [newSavePath(player, role, now)];
  if (log) files.push(log);
  return createAutosaver(files, source.json, { player, createdAt: now.toISOString() });
}

export async function playCommand(opts: PlayOptions): Promise<number> {
  const scenario = await resolveScenario(opts.scenario);
  const seed = opts.seed ?? randomInt(0, MAX_SEED);
  const source = opts.story ? await playableStoryFile(opts.story) : builtInStorySource();
  const player = opts.player ? sanitize(opts.player).trim() || null : null;
  if (opts.log && existsSync(opts.log)) {
    throw new UserError(`${opts.log}: already exists; choose a new file name (to continue a game, use mandate resume)`);
  }
  const begin = (role: Role) => {
    // Commander sets undo to true unless --no-undo; only the "no" may override the scenario.
    const session = startSession(source, role, seed, scenario, opts.undo === false ? false : undefined);
    const saver = newGameSaver(source, role, player, opts.log);
    saver.save(session);
    return { session, saver };
  };
  if (!wantsPlain(opts.plain)) {
    const { runGameUI } = await import('../../ui/run.js');
    let saver: Autosaver | null = null;
    return runGameUI({
      labels: source.labels,
      role: opts.role,
      start: (role) => {
        const game = begin(role);
        saver = game.saver;
        return game.session;
      },
      onDecision: (session) => saver?.save(session),
      onSave: (session) => {
        saver?.save(session);
        return saver?.files;
      },
      onOutcome: (outcome) => process.stdout.write(farewell(outcome, saver?.files ?? [], source)),
    });
  }
  const io = stdinIO();
  try {
    let role = opts.role;
    if (!role) {
      const { rolePrompt, roles } = source.labels;
      const item = (n: number, r: Role) => `  ${n}) ${roles[r].label}${roles[r].goal ? `: ${roles[r].goal}` : ''}\n`;
      io.write(`${rolePrompt}\n${item(1, 'us')}${item(2, 'nato')}`);
      const pick = await askNumber(io, 2);
      if (pick === null) {
        io.write('\nInput ended before the game did.\n');
        return 0;
      }
      role = pick === 0 ? 'us' : 'nato';
      io.write('\n');
    }
    const { session, saver } = begin(role);
    const view = await playPlain(session, io, { onDecision: (sess) => saver.save(sess) }).catch((e: unknown) => {
      // A story that breaks mid-game (an author's --story, say) is not an internal error: name it.
      if (e instanceof StoryRuntimeError) throw new UserError(`${source.label}: story error: ${e.message}`);
      throw e;
    });
    if (!view.ended) io.write(resumeHint(saver.files, source));
    return 0;
  } finally {
    io.close();
  }
}
