/** `mandate play`: start a new game, in the terminal UI or in plain mode. */
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { type MemoAsk, withMemos } from '../../engine/memo.js';
import { BUILT_IN_SCENARIOS, isBuiltInScenario, type Scenario, unknownEvents } from '../../engine/scenario.js';
import { GameSession, type Role } from '../../engine/session.js';
import { type Autosaver, assertNewLogFile, createAutosaver } from '../../storage/autosave.js';
import { recordCopies } from '../../storage/copies-record.js';
import { newSavePath } from '../../storage/log-write.js';
import { sanitize } from '../../ui/format.js';
import { UserError } from '../errors.js';
import { farewell, leftToContinue, replayOfSession, resumeHint } from '../game-handle.js';
import { MAX_SEED } from '../options.js';
import { print } from '../output.js';
import { askNumber, type PlainIO, playPlain } from '../plain.js';
import { asUserStoryErrors, storyErrorToUser } from '../story-error.js';
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
  /** Whether to ask for reasons (overrides the scenario's `memos.ask`). */
  memos?: MemoAsk;
  /** Both desks of a linked game on this terminal (play-linked.ts). */
  linked?: boolean;
  usPlayer?: string;
  natoPlayer?: string;
}

/**
 * `--scenario`: a built-in name, or a scenario file (see docs/scenarios.md). A word that is
 * neither a built-in nor an existing file is most likely a typo of a built-in, and says so. A
 * file's event names must be events of the story it is played with (`source.events`).
 */
export async function resolveScenario(
  name: string | undefined,
  source?: Pick<StorySource, 'events'>,
): Promise<Scenario> {
  const id = name ?? 'full';
  if (isBuiltInScenario(id)) return BUILT_IN_SCENARIOS[id];
  // Loaded only for a file: the schema library is not needed for the built-ins.
  const { readScenarioFile, ScenarioFileError } = await import('../../storage/scenarios.js');
  try {
    const scenario = readScenarioFile(id);
    const unknown = source ? unknownEvents(scenario, source.events) : [];
    if (unknown.length > 0) {
      const known = source?.events.length
        ? `the story's events are ${source.events.join(', ')}`
        : 'the story has no optional events';
      throw new UserError(
        `scenario ${id}: events.${unknown[0]}: no such event in the story${unknown.length > 1 ? ` (nor ${unknown.slice(1).join(', ')})` : ''}; ${known} (see docs/scenarios.md)`,
      );
    }
    return scenario;
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
    throw storyErrorToUser(e, source.label);
  }
}

/** Reads stdin line by line for plain mode. */
export function stdinIO(): PlainIO & { close(): void } {
  const rl = createInterface({ input: process.stdin, terminal: false });
  return {
    lines: rl[Symbol.asyncIterator](),
    write: print,
    close: () => rl.close(),
  };
}

export function wantsPlain(flag: boolean | undefined): boolean {
  return Boolean(flag) || !process.stdin.isTTY || !process.stdout.isTTY;
}

/**
 * The autosaver of a new game: its file in the saves folder, and `--log FILE` when given. Both
 * are created exclusively under their locks, so a file made since `--log` was first checked
 * (or by a second game) is refused, never overwritten. The save remembers its copy, so
 * `resume` keeps FILE up to date too.
 */
export function newGameSaver(source: StorySource, role: Role, player: string | null, log?: string): Autosaver {
  const now = new Date();
  const save = newSavePath(player, role, now);
  const files = [save];
  if (log) files.push(log);
  const saver = createAutosaver(files, source.json, { player, createdAt: now.toISOString() }, { create: files });
  let recorded = !log;
  return {
    files,
    player,
    save(session) {
      saver.save(session);
      // After the first write, so a save that cannot be written fails as it always did.
      if (!recorded && log) {
        recordCopies(save, [log]);
        recorded = true;
      }
    },
  };
}

export async function playCommand(opts: PlayOptions): Promise<number> {
  if (opts.linked) return (await import('./play-linked.js')).playLinkedCommand(opts);
  if (opts.usPlayer || opts.natoPlayer) throw new UserError('--us-player and --nato-player name the desks of --linked');
  const source = opts.story ? await playableStoryFile(opts.story) : builtInStorySource();
  const scenario = withMemos(await resolveScenario(opts.scenario, source), opts.memos);
  const seed = opts.seed ?? randomInt(0, MAX_SEED);
  const player = opts.player ? sanitize(opts.player).trim() || null : null;
  if (opts.log) assertNewLogFile(opts.log);
  let games = 0;
  const begin = (role: Role) => {
    // The first game is the one asked for. A new game from its ending is another game: a seed
    // of its own, and a file of its own (the --log file keeps the first game).
    const first = games++ === 0;
    // Commander sets undo to true unless --no-undo; only the "no" may override the scenario.
    const undo = opts.undo === false ? false : undefined;
    const session = startSession(source, role, first ? seed : randomInt(0, MAX_SEED), scenario, undo);
    const saver = newGameSaver(source, role, player, first ? opts.log : undefined);
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
      onOutcome: (outcome) => print(farewell(outcome, saver?.files ?? [], source, player)),
      files: () => saver?.files ?? [],
      replay: (session) => replayOfSession(session, source, saver?.files[0]),
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
    // A story that breaks mid-game (an author's --story, say) is not an internal error: name it.
    const view = await asUserStoryErrors(source.label, () =>
      playPlain(session, io, { onDecision: (sess) => saver.save(sess) }),
    );
    if (leftToContinue(view)) io.write(resumeHint(saver.files, source, player));
    return 0;
  } finally {
    io.close();
  }
}
