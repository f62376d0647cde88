/**
 * `mandate join --pair NAME`: one desk of a linked pair over the network, in the terminal UI or
 * in plain mode. The host holds the pair's game (host/pairs.ts); this desk plays a copy of it
 * that follows the host's moves (pair-link.ts), shows its passage, and sends its moves and
 * cables. While the other desk has its turn, it waits, showing cables as they come. When the
 * host cannot be reached, the desk waits and sends again: the pair's order is the host's.
 *
 * The desk's secret is kept on this machine (storage/joins.ts): the same `mandate join` again,
 * after a laptop slept or the game was closed, comes back to the same desk of the same pair,
 * at the decision where it was. The host knows the desk by that secret, never by the name.
 */
import { LinkedGame, otherDesk } from '../../engine/linked/game.js';
import { withMemos } from '../../engine/memo.js';
import { BUILT_IN_SCENARIOS, isBuiltInScenario } from '../../engine/scenario.js';
import type { Role } from '../../engine/session.js';
import { type PairSeat, pairJoined, pairSeated } from '../../host/messages.js';
import { readPairJoin, writePairJoin } from '../../storage/joins.js';
import { sanitize } from '../../ui/format.js';
import type { RemoteDesk } from '../../ui/linked/DeskApp.js';
import { cableLine, DESK_NAMES } from '../../ui/linked/words.js';
import { UserError } from '../errors.js';
import { HostRefusedError, hostRequest } from '../host-link.js';
import { askCable } from '../linked-plain.js';
import { askReason } from '../memo-prompt.js';
import { print } from '../output.js';
import { PairLink, PairLinkError } from '../pair-link.js';
import { askNumber, renderChoices, renderEnding, renderPassage, renderScorecard } from '../plain.js';
import type { StorySource } from '../story-source.js';
import { stdinIO, wantsPlain } from './play.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How often a desk asks the host for news: while it waits, and (to show it is there) while it decides. */
const WAIT_POLL_MS = 300;
const UI_POLL_MS = 500;
const PLAIN_HEARTBEAT_MS = 10_000;

/**
 * The name this machine keeps a desk the host seated it at under (`mandate host --pairs`): the
 * student named no pair, and no pair name a student can type looks like it.
 */
export const HOST_PAIRED = '#host';

const AWAY = '(The host cannot be reached: waiting for it; nothing is lost.)';

export interface Seat {
  seat: PairSeat;
  secret: string;
  /** A desk this machine had joined before. */
  back: boolean;
}

function unreachable(base: string, e: unknown): UserError {
  return new UserError(
    `cannot join: ${e instanceof HostRefusedError ? e.message : `cannot reach the host at ${base}`}`,
  );
}

/** This machine's desk of the pair: the one it joined before (known by its secret), else a new one. */
async function takeSeat(
  base: string,
  code: string,
  player: string,
  pairName: string,
  role: Role | undefined,
): Promise<Seat> {
  const earlier = readPairJoin(code, player, pairName);
  if (earlier) {
    try {
      const answer = await hostRequest(base, `/api/pairs/${earlier.id}/desk`, {
        method: 'GET',
        headers: { 'x-mandate-code': code, authorization: `Bearer ${earlier.secret}` },
      });
      const r = pairSeated.safeParse(answer);
      if (!r.success) throw new UserError(`cannot join: the host at ${base} did not answer as a class host`);
      return { seat: r.data.pair, secret: earlier.secret, back: true };
    } catch (e) {
      if (!(e instanceof HostRefusedError) || !/not your pair/.test(e.message)) {
        throw e instanceof UserError ? e : unreachable(base, e);
      }
      // The host no longer knows that desk (a class folder started afresh): a new seat.
      print('(The host does not know your earlier desk of this pair: joining it afresh.)\n');
    }
  }
  let answer: unknown;
  try {
    const pair = pairName === HOST_PAIRED ? {} : { pair: pairName };
    answer = await hostRequest(base, '/api/join', { method: 'POST', body: { code, player, role, ...pair } });
  } catch (e) {
    throw unreachable(base, e);
  }
  const r = pairJoined.safeParse(answer);
  if (!r.success) throw new UserError(`cannot join: the host at ${base} did not answer as a class host`);
  const { secret, ...seat } = r.data.pair;
  writePairJoin({ code, player, pair: pairName, id: seat.id, secret });
  return { seat, secret, back: false };
}

/** A link's failure as the one line the command ends with. */
function failure(e: unknown): UserError {
  if (e instanceof HostRefusedError) return new UserError(`the host refused: ${e.message}`);
  if (e instanceof PairLinkError) return new UserError(e.message);
  return e instanceof Error ? new UserError(e.message) : new UserError(String(e));
}

export async function joinPair(
  base: string,
  code: string,
  player: string,
  pairName: string,
  role: Role | undefined,
  source: StorySource,
  plain?: boolean,
  /** The desk when it is already taken (the host seated a student who named no pair). */
  taken?: Seat,
): Promise<number> {
  const { seat: p, secret, back } = taken ?? (await takeSeat(base, code, player, pairName, role));
  if (!isBuiltInScenario(p.scenario))
    throw new UserError(`the host plays the scenario ${p.scenario}, which this Mandate does not have`);
  const memos = p.memos === 'off' || p.memos === 'optional' || p.memos === 'required' ? p.memos : undefined;
  const scenario = withMemos(BUILT_IN_SCENARIOS[p.scenario], memos);
  const game = new LinkedGame({ storyJson: source.parsed?.() ?? source.json, seed: p.seed, scenario });
  const link = new PairLink({ base, code, id: p.id, secret, role: p.role }, game);
  try {
    await link.sync();
  } catch (e) {
    throw failure(e);
  }
  const mine = game.moves.filter((m) => m.role === p.role).length;
  const intro = back
    ? `Back at the pair "${sanitize(p.name)}" as ${sanitize(p.player)}: the ${DESK_NAMES[p.role]}, after ${mine} decision${mine === 1 ? '' : 's'}.\n\n`
    : `Joined the pair "${sanitize(p.name)}" as ${sanitize(p.player)}: the ${DESK_NAMES[p.role]}, ${p.scenario} scenario.\n\n`;
  try {
    return wantsPlain(plain) ? await playPlain(link, intro) : await playUI(link);
  } finally {
    link.close();
  }
}

/** The desk in the terminal UI; what the screen sends goes through the link. */
async function playUI(link: PairLink): Promise<number> {
  let problem: unknown = null;
  const guard = async (send: () => Promise<void>) => {
    try {
      await send();
    } catch (e) {
      problem = e;
      link.close();
      // The screen closes (failed) and the command says why.
      link.notify();
      throw e;
    }
  };
  const remote: RemoteDesk = {
    role: link.role,
    game: link.game,
    players: () => link.players,
    notice: () => (link.away ? AWAY : null),
    failed: () => problem !== null,
    move: (index, reason) => guard(() => link.move(index, reason)),
    cable: (text) => guard(() => link.cable(text)),
    subscribe: (listener) => link.subscribe(listener),
  };
  const following = link.follow(UI_POLL_MS).catch((e) => {
    problem = e;
    link.notify();
  });
  const { runDeskUI } = await import('../../ui/linked/run.js');
  await runDeskUI(remote);
  link.close();
  await following;
  if (problem) throw failure(problem);
  print(
    link.game.over
      ? 'Both desks have finished; the host has the pair log.\n'
      : 'You left the pair; it waits at the host. The same mandate join brings you back to your desk.\n',
  );
  return 0;
}

/** The desk in plain mode: the passage, the numbered options, `c` for a cable. */
async function playPlain(link: PairLink, intro: string): Promise<number> {
  const { game, role: me } = link;
  const other = otherDesk(me);
  const io = stdinIO();
  let away = false;
  const unsubscribe = link.subscribe(() => {
    if (link.away === away) return;
    away = link.away;
    io.write(away ? `${AWAY}\n` : '(The host is back.)\n');
  });
  // The other desk's news, and word to the dashboard that this desk is there, while it decides.
  const following = link.follow(PLAIN_HEARTBEAT_MS).catch(() => {});
  const send = async (what: () => Promise<void>) => {
    try {
      await what();
    } catch (e) {
      throw failure(e);
    }
  };
  io.write(intro);
  let shownCables = 0;
  let waitingSaid = false;
  const showCables = () => {
    for (const c of game.cables.slice(shownCables)) if (c.from !== me) io.write(`${cableLine(c)}\n`);
    shownCables = game.cables.length;
  };
  try {
    for (;;) {
      await send(() => link.sync());
      showCables();
      if (game.over) break;
      if (game.state(me) !== 'deciding') {
        if (!waitingSaid) io.write(`Waiting for the ${DESK_NAMES[other]}…\n`);
        waitingSaid = true;
        await sleep(WAIT_POLL_MS);
        continue;
      }
      waitingSaid = false;
      const view = game.view(me);
      io.write(renderPassage(view));
      io.write(`\n${renderChoices(view)}  (c: send a cable to the ${DESK_NAMES[other]})\n`);
      let ended = false;
      const index = await askNumber(io, view.choices.length, {
        c: async () => {
          const text = await askCable(io, other);
          if (text === null) {
            ended = true;
            return '';
          }
          if (!text) return 'No cable sent.\n';
          await send(() => link.cable(text));
          // A cable from the other desk that came with the answer is shown at the next turn.
          return `Cable sent to the ${DESK_NAMES[other]}.\n`;
        },
      });
      if (index === null || ended) {
        io.write('\nInput ended before the game did. The same mandate join brings you back to your desk.\n');
        return 0;
      }
      const reason = view.memo ? await askReason(io, view.memo) : '';
      if (reason === null) {
        io.write('\nInput ended before the game did. The same mandate join brings you back to your desk.\n');
        return 0;
      }
      io.write('\n');
      await send(() => link.move(index, reason));
    }
    for (const role of [me, other]) {
      const v = game.view(role);
      io.write(`\n==== ${DESK_NAMES[role]}: the game is over ====\n`);
      if (v.ending) io.write(`== ${sanitize(v.ending.title)} ==\n`);
      io.write(renderScorecard(v));
      io.write(renderEnding(v));
    }
    io.write('\nBoth desks have finished; the host has the pair log.\n');
    return 0;
  } finally {
    unsubscribe();
    link.close();
    await following;
    io.close();
  }
}
