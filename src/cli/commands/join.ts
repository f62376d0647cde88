/**
 * `mandate join [ADDRESS] --code CODE --player NAME`: plays the class's game (its scenario,
 * seed and memo setting come from the host) in the terminal UI or in plain mode. After every
 * decision the log is saved here and sent to the host (host-link.ts); if the host cannot be
 * reached the game goes on and the log is sent when it is back. The same command again
 * carries on the same game (storage/joins.ts). Without ADDRESS the host is looked for on the
 * local network.
 */
import { readFileSync } from 'node:fs';
import { withMemos } from '../../engine/memo.js';
import { BUILT_IN_SCENARIOS, isBuiltInScenario } from '../../engine/scenario.js';
import type { Role } from '../../engine/session.js';
import { pairJoined } from '../../host/messages.js';
import type { Autosaver } from '../../storage/autosave.js';
import { readJoin, readPairJoin, writeJoin, writePairJoin } from '../../storage/joins.js';
import { readLog } from '../../storage/logs.js';
import { sanitize } from '../../ui/format.js';
import { UserError } from '../errors.js';
import { HostLink, HostRefusedError, hostRequest, type JoinedDesk, type LinkStatus } from '../host-link.js';
import { print } from '../output.js';
import { ROLE_DESK } from '../render/labels.js';
import { builtInStorySource } from '../story-source.js';
import { newGameSaver, startSession, wantsPlain } from './play.js';
import { playOn, reopenGame } from './resume.js';

export interface JoinOptions {
  code: string;
  player: string;
  role?: Role;
  plain?: boolean;
  /** Join a linked pair of this name (join-pair.ts). */
  pair?: string;
}

interface Joined {
  game: JoinedDesk;
  class: { name: string };
}

/** How long the end of a game waits for the host to have its last decision. */
const FLUSH_MS = 20_000;

async function findHost(given: string | undefined): Promise<string[]> {
  if (given) {
    const base = /^https?:\/\//.test(given) ? given : `http://${given}`;
    try {
      return [new URL(base).origin];
    } catch {
      throw new UserError(`${given}: not an address (for example 192.168.1.20:8470)`);
    }
  }
  const { discover } = await import('../../host/announce.js');
  const found = await discover();
  if (found.length === 0) {
    throw new UserError(
      'no class host found on this network; give its address: mandate join ADDRESS --code CODE --player NAME',
    );
  }
  return found;
}

function describeFailure(e: unknown, base: string): string {
  if (e instanceof HostRefusedError) return e.message;
  return `cannot reach the host at ${base} (${(e as Error).message})`;
}

export async function joinCommand(address: string | undefined, opts: JoinOptions): Promise<number> {
  const code = opts.code.trim().toUpperCase();
  const player = sanitize(opts.player).trim();
  const source = builtInStorySource();
  const hosts = await findHost(address);
  const { HOST_PAIRED, joinPair } = await import('./join-pair.js');
  if (opts.pair) return joinPair(hosts[0]!, code, player, sanitize(opts.pair).trim(), opts.role, source, opts.plain);
  // A desk the host seated this player at before (a class opened with --pairs): back to it.
  if (readPairJoin(code, player, HOST_PAIRED))
    return joinPair(hosts[0]!, code, player, HOST_PAIRED, opts.role, source, opts.plain);
  const plain = wantsPlain(opts.plain);
  const say = (status: LinkStatus, problem: string | null) => {
    if (!plain) return;
    if (status === 'unreachable')
      print('(The host cannot be reached: the game goes on and is saved here; it is sent when the host is back.)\n');
    else if (status === 'refused') print(`(The host refused this game's log: ${sanitize(problem ?? '')})\n`);
    else print('(The host has your decisions again.)\n');
  };
  const earlier = readJoin(code, player);
  let base = hosts[0]!;
  let saver: Autosaver;
  let session: ReturnType<typeof startSession>;
  let game: { id: string; secret: string };
  let intro: string;
  if (earlier && ended(earlier.file)) {
    // A game that ended while the host was away: only its log is left to send.
    const link = new HostLink({ base, code, id: earlier.id, secret: earlier.secret });
    link.send(readFileSync(earlier.file, 'utf8'));
    const sent = await link.flush(FLUSH_MS);
    link.close();
    if (!sent)
      throw new UserError(
        `your game has ended, but ${link.problem ?? `the host at ${base} cannot be reached`}; try again`,
      );
    print('Your game has ended; the host has its log now.\n');
    return 0;
  }
  if (earlier && unfinished(earlier.file)) {
    // The same game again: the local save carries on, and the host gets it whole.
    ({ session, saver } = reopenGame(earlier.file, source));
    game = earlier;
    intro = `Rejoining class ${code} after ${session.decisions.length} decisions; saving to ${saver.files.join(' and ')}.\n\n`;
  } else {
    let joined: Joined | null = null;
    let problem = '';
    for (const h of hosts) {
      try {
        joined = (await hostRequest(h, '/api/join', {
          method: 'POST',
          body: { code, player, role: opts.role },
        })) as Joined;
        base = h;
        break;
      } catch (e) {
        problem = describeFailure(e, h);
      }
    }
    if (!joined) throw new UserError(`cannot join: ${problem}`);
    const seated = pairJoined.safeParse(joined);
    if (seated.success) {
      // The host pairs this class's students itself: this player has a desk of a linked pair.
      const { secret, ...seat } = seated.data.pair;
      writePairJoin({ code, player, pair: HOST_PAIRED, id: seat.id, secret });
      const taken = { seat, secret, back: false };
      return joinPair(base, code, player, HOST_PAIRED, opts.role, source, opts.plain, taken);
    }
    const g = joined.game;
    if (!isBuiltInScenario(g.scenario))
      throw new UserError(`the host plays the scenario ${g.scenario}, which this Mandate does not have`);
    const memos = g.memos === 'off' || g.memos === 'optional' || g.memos === 'required' ? g.memos : undefined;
    session = startSession(source, g.role, g.seed, withMemos(BUILT_IN_SCENARIOS[g.scenario], memos), false);
    saver = newGameSaver(source, g.role, g.player);
    saver.save(session);
    game = { id: g.id, secret: g.secret };
    writeJoin({ code, player, id: g.id, secret: g.secret, file: saver.files[0]! });
    intro = `Joined class "${sanitize(joined.class.name)}" as ${sanitize(g.player)}: the ${ROLE_DESK[g.role]}, ${g.scenario} scenario.\n\n`;
  }
  const link = new HostLink({ base, code, id: game.id, secret: game.secret }, say);
  const local = saver;
  const sending: Autosaver = {
    files: local.files,
    player: local.player,
    save(s) {
      local.save(s);
      // The bytes just saved here are the bytes the host gets.
      link.send(readFileSync(local.files[0]!, 'utf8'));
    },
  };
  sending.save(session);
  const code_ = await playOn(session, sending, source, opts.plain, intro);
  if (!(await link.flush(FLUSH_MS))) {
    print(
      link.status === 'refused'
        ? `The host refused the log: ${sanitize(link.problem ?? '')}\n`
        : 'The host has not received your last decisions; they are saved here. Run the same mandate join again to send them.\n',
    );
  }
  link.close();
  return code_;
}

const statusOf = (file: string) => {
  try {
    return readLog(file).status;
  } catch {
    return null;
  }
};
const unfinished = (file: string) => statusOf(file) === 'playing';
const ended = (file: string) => statusOf(file) === 'ended';
