/**
 * The `mandate` command line: parses arguments, dispatches to a command, and turns user errors
 * into one line on stderr and a documented exit code (see EXIT).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { MEMO_ASKS } from '../engine/memo.js';
import { storageProblem } from '../storage/fs-errors.js';
import { EXIT, UserError } from './errors.js';
import {
  parseDecisionCount,
  parseDecisionNumber,
  parsePlayer,
  parsePort,
  parsePositiveInt,
  parseRole,
  parseSeed,
} from './options.js';
import { guardOutputStreams, printError } from './output.js';

// Every command is loaded when it runs, so a start-up pays only for the command it runs (a
// new game never loads the log schema, the compiler or the report renderers).

/** `--jobs N`: worker threads; the result is the same for any number. */
const jobsOption = () =>
  new Option('--jobs <n>', 'worker threads to use (default: one per core); the result is the same').argParser(
    parsePositiveInt,
  );

function buildProgram(run: (code: Promise<number>) => void): Command {
  const program = new Command('mandate')
    .description('A terminal game about alliance politics: NATO, the UN and post-war Iraq, 2003-2004.')
    .version(pkg.version, '-v, --version')
    .showSuggestionAfterError(false)
    .addHelpText(
      'after',
      [
        '',
        'Run without a command for the title screen.',
        '',
        'Plain mode (play --plain, resume --plain, or "Plain mode" on the title screen) tells the story line',
        'by line and reads numbered choices from stdin: for screen readers, pipes and scripts. It is also',
        'used whenever there is no terminal.',
        '',
        'Exit codes:',
        '  0    success',
        '  1    problems found: check, replay --verify, a debrief of a folder with logs left out',
        '  2    usage or input error (one line on stderr)',
        '  70   internal error: a bug, please report it',
        '  129  the game was interrupted by SIGHUP (it saves first)',
        '  130  the game was interrupted by Ctrl+C (it saves first)',
        '  143  the game was interrupted by SIGTERM (it saves first)',
      ].join('\n'),
    )
    .action(() => run(import('./commands/title.js').then((c) => c.titleCommand())));

  program
    .command('play')
    .description('start a new game')
    .addOption(new Option('--role <role>', 'us or nato').argParser(parseRole))
    .addOption(new Option('--seed <n>', 'seed for every random event (a whole number)').argParser(parseSeed))
    .option('--scenario <name>', 'full, short, or a scenario FILE (JSON; see docs/scenarios.md)', 'full')
    .addOption(new Option('--player <name>', 'your name, written in the log').argParser(parsePlayer))
    .option('--log <file>', 'also write the decision log to this new file')
    .option('--plain', 'plain mode: the story line by line, numbered choices from stdin (for screen readers)')
    .option('--no-undo', 'forbid taking back decisions')
    .addOption(
      new Option('--memos <ask>', "ask for the player's reason after decisions (default: the scenario's)").choices(
        MEMO_ASKS,
      ),
    )
    .option('--story <file>', 'play your own story: an .ink file (compiled on the fly) or a compiled .json')
    .option('--linked', 'a linked game: the US and the NATO desk play one world, in turns on this terminal')
    .addOption(
      new Option('--us-player <name>', '--linked: the US desk player, written in the pair log').argParser(parsePlayer),
    )
    .addOption(new Option('--nato-player <name>', '--linked: the NATO desk player').argParser(parsePlayer))
    .option('--from <log>', 'fork: a new game from this log (role, seed and scenario too)')
    .addOption(
      new Option('--at <n>', 'fork: keep the first N decisions of --from, then play on').argParser(parseDecisionCount),
    )
    .action((opts) =>
      run(
        opts.from !== undefined || opts.at !== undefined
          ? import('./commands/fork.js').then((c) => c.forkCommand(opts))
          : import('./commands/play.js').then((c) => c.playCommand(opts)),
      ),
    );

  program
    .command('host')
    .description('open a class session: students join it, the teacher follows it on a dashboard')
    .option('--folder <dir>', 'where the class and its logs are kept (default: classes/NAME in the data folder)')
    .addOption(new Option('--port <n>', 'the port to listen on (0: any free one)').argParser(parsePort).default(8470))
    .option('--bind <address>', 'a local-network address of this machine (default: the first one found)')
    .option('--scenario <name>', 'full or short', 'full')
    .addOption(
      new Option('--seed <n>', 'one seed for every game of the class (default: a seed each)').argParser(parseSeed),
    )
    .addOption(new Option('--memos <ask>', "ask for the students' reasons").choices(MEMO_ASKS))
    .option('--name <name>', 'the class name, on the dashboard and in the announcement')
    .option('--pairs', 'seat the students two by two at the desks of linked pairs (they need no --pair)')
    .option('--no-announce', 'do not announce the class on the local network (students then give the address)')
    .action((opts) => run(import('./commands/host.js').then((c) => c.hostCommand(opts))));

  program
    .command('join')
    .description("play a class's game: the host gets your log after every decision")
    .argument('[address]', "the host's address (default: look for it on the local network)")
    .requiredOption('--code <code>', 'the class code the teacher gives')
    .addOption(new Option('--player <name>', 'your name').argParser(parsePlayer).makeOptionMandatory())
    .addOption(new Option('--role <role>', 'us or nato (default: the host decides)').argParser(parseRole))
    .addOption(
      new Option('--pair <name>', 'a linked pair: both students give the same name, one desk each').argParser(
        parsePlayer,
      ),
    )
    .option('--plain', 'plain mode: the story line by line, numbered choices from stdin (for screen readers)')
    .action((address, opts) => run(import('./commands/join.js').then((c) => c.joinCommand(address, opts))));

  program
    .command('resume')
    .description('continue the latest unfinished game of the story (built-in or --story), or LOG')
    .argument('[log]', 'a decision log')
    .option('--player <name>', 'the latest unfinished game of this player (on a machine the class shares)')
    .option('--plain', 'plain mode: the story line by line, numbered choices from stdin (for screen readers)')
    .option('--story <file>', 'the .ink or .json story the game was played with (default: the built-in one)')
    .action((log, opts) => run(import('./commands/resume.js').then((c) => c.resumeCommand(log, opts))));

  program
    .command('saves')
    .description('list saved games, newest first')
    .option('--json', 'as JSON')
    .action((opts) => run(import('./commands/saves.js').then((c) => c.savesCommand(opts))));

  program
    .command('replay')
    .description('step through a saved game, or verify logs against the story')
    .argument('<logs...>', 'a decision log (with --verify, any number of them)')
    .option('--plain', 'print the whole transcript as text')
    .option('--verify', 'check each log against the story: exit 0 all match, 1 one diverges, 2 one unreadable')
    .addOption(new Option('--at <n>', 'open at decision N').argParser(parseDecisionNumber))
    .option('--story <file>', 'the .ink or .json story the game was played with (default: the built-in one)')
    .addOption(
      new Option(
        '--desk <desk>',
        'for a pair log: the desk to show, us or nato (default: both in --plain, else us)',
      ).argParser(parseRole),
    )
    .addOption(jobsOption())
    .action((logs, opts) => run(import('./commands/replay.js').then((c) => c.replayCommand(logs, opts))));

  program
    .command('check')
    .description('prove a story sound: compile it, play it many times, report what is never reached or breaks')
    .option('--story <file>', 'an .ink file or a compiled .json story (default: the shipped campaign)')
    .addOption(new Option('--runs <n>', 'playthroughs per role and scenario').argParser(parsePositiveInt).default(300))
    .addOption(
      new Option('--seed <n>', 'seed of the exploration (same seed, same report)').argParser(parseSeed).default(1),
    )
    .option(
      '--scenario <name>',
      'full, short, all, or a scenario FILE (then only what that scenario can reach is checked)',
      'all',
    )
    .option('--random', 'blind random play instead of coverage-guided (for comparison)')
    .option('--json', 'print the report as one JSON document')
    .option('--generic', 'check any ink story, as Inky plays it (the default for a story without VAR role)')
    .addOption(
      new Option('--bind <name=value>', 'generic mode: an EXTERNAL returns this value (repeatable)').argParser(
        collectAssignment('--bind'),
      ),
    )
    .addOption(
      new Option('--var <name=value>', 'generic mode: set a VAR before the first line (repeatable)').argParser(
        collectAssignment('--var'),
      ),
    )
    .option('--knot <name>', 'generic mode: start at this knot (or knot.stitch)')
    .option('--coverage <file>', 'generic mode: write line coverage to this CSV file')
    .addOption(jobsOption())
    .action((opts) => run(import('./commands/check.js').then((m) => m.checkCommand(opts))));

  // Reports load on demand (dynamic import), so starting a game never pays for them.
  program
    .command('debrief')
    .description(
      'a printable debrief of one game (the path taken, the ending, what really happened, questions), or of every game in a folder',
    )
    .argument('<log>', 'a decision log, or a folder of them (then --out FOLDER is needed)')
    .addOption(
      new Option('--format <format>', 'md, html or json (default: from --out, else md)').choices([
        'md',
        'html',
        'json',
      ]),
    )
    .option(
      '--out <path>',
      'write to this file instead of the screen; for a folder of logs, the folder for the debriefs',
    )
    .option('--story <file>', 'the .ink or .json story the game was played with (default: the built-in one)')
    .addOption(
      new Option('--desk <desk>', 'for a pair log: the desk to debrief, us or nato (default: both)').argParser(
        parseRole,
      ),
    )
    .action((log, opts) => run(import('./commands/debrief.js').then((m) => m.debriefCommand(log, opts))));

  program
    .command('briefing')
    .description("the students' briefing pack: a printable page per role, from the story's own text")
    .addOption(new Option('--role <role>', 'us or nato (default: both, a page each)').argParser(parseRole))
    .option('--scenario <name>', 'full, short, or a scenario FILE: its months and rules', 'full')
    .addOption(new Option('--seed <n>', "the class's seed, for the command students type").argParser(parseSeed))
    .addOption(
      new Option('--format <format>', 'md, html or json (default: from --out, else md)').choices([
        'md',
        'html',
        'json',
      ]),
    )
    .option('--out <file>', 'write to this file instead of the screen')
    .option('--story <file>', 'an .ink or .json story (default: the built-in one)')
    .action((opts) => run(import('./commands/briefing.js').then((m) => m.briefingCommand(opts))));

  program
    .command('report')
    .description('a class report over many logs: endings, choices, capital and troops by turn')
    .argument('<logs...>', 'decision logs, or folders of them')
    .addOption(
      new Option('--format <format>', 'table, md, csv, json or html (default: from --out, else table)').choices([
        'table',
        'md',
        'csv',
        'json',
        'html',
      ]),
    )
    .option('--out <file>', 'write to this file instead of the screen')
    .option('--names', 'list who chose each option (reasons always carry the player name)')
    .option('--story <file>', 'the .ink or .json story the games were played with (default: the built-in one)')
    .addOption(jobsOption())
    .action((logs, opts) => run(import('./commands/report.js').then((m) => m.reportCommand(logs, opts))));

  program
    .command('export')
    .description('a research export: one row per decision of every log, as Parquet or CSV (see docs/export.md)')
    .argument('<logs...>', 'decision logs, or folders of them')
    .option('--out <file>', 'the file to write: FILE.parquet or FILE.csv')
    .addOption(
      new Option('--format <format>', 'parquet or csv (default: from the --out extension)').choices(['parquet', 'csv']),
    )
    .action((logs, opts) => run(import('./commands/export.js').then((m) => m.exportCommand(logs, opts))));

  return program;
}

/**
 * One line on stderr, no stack trace: the rule for every error a user can cause. The message
 * may quote a file (a log's ids, an ink line, a scenario's bytes): it is sanitized on the way.
 */
function fail(message: string, code: number): number {
  printError(message.replace(/^error:\s*/, ''));
  return code;
}

/** Commander's collector for a repeatable `NAME=VALUE` flag (loaded with main: it parses argv). */
function collectAssignment(flag: string) {
  return (value: string, previous: Record<string, string> = {}): Record<string, string> => {
    const m = /^([A-Za-z_][\w.]*)=(.*)$/s.exec(value);
    if (!m) throw new InvalidArgumentError(`${flag} takes NAME=VALUE.`);
    return { ...previous, [m[1]!]: m[2]! };
  };
}

export async function main(argv: string[]): Promise<number> {
  let pending: Promise<number> = Promise.resolve(EXIT.ok);
  const program = buildProgram((p) => {
    pending = p;
  });
  program.exitOverride();
  program.configureOutput({ writeErr: () => {}, outputError: () => {} });
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput({ writeErr: () => {}, outputError: () => {} });
  }
  const first = argv[0];
  if (first && !first.startsWith('-') && !program.commands.some((c) => c.name() === first)) {
    return fail(`unknown command '${first}' (see mandate --help)`, EXIT.usage);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return await pending;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        return EXIT.ok;
      }
      return fail(e.message, EXIT.usage);
    }
    if (e instanceof UserError) return fail(e.message, e.code);
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'EPIPE') return EXIT.ok;
    // A disk that is full, read-only or not ours is the user's to fix, not a bug.
    const storage = storageProblem(err);
    if (storage) return fail(storage, EXIT.usage);
    return fail(`internal error: ${err?.message ?? String(e)} (please report it)`, 70);
  }
}

/** Runs the command line and sets the process's exit code: what the entry points call. */
export function runMain(argv: string[]): void {
  guardOutputStreams();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 70;
    },
  );
}
