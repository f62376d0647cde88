/**
 * `mandate join --pair NAME`: one desk of a linked pair over the network, in plain mode. The
 * host holds the pair's game (host/pairs.ts); this desk replays the host's moves on its own copy
 * of the game (the same seed and scenario give the same world), shows its passage, and sends its
 * moves and cables. While the other desk has its turn, it waits, showing cables as they come.
 * When the host cannot be reached, the desk waits and sends again: the pair's order is the host's.
 */
import { LinkedGame, otherDesk } from '../../engine/linked/game.js';
import { withMemos } from '../../engine/memo.js';
import { BUILT_IN_SCENARIOS, isBuiltInScenario } from '../../engine/scenario.js';
import type { Role } from '../../engine/session.js';
import { sanitize } from '../../ui/format.js';
import { cableLine, DESK_NAMES } from '../../ui/linked/words.js';
import { UserError } from '../errors.js';
import { HostRefusedError, hostRequest, type JoinedDesk } from '../host-link.js';
import { askCable } from '../linked-plain.js';
import { askReason } from '../memo-prompt.js';
import { askNumber, renderChoices, renderEnding, renderPassage, renderScorecard } from '../plain.js';
import type { StorySource } from '../story-source.js';
import { stdinIO } from './play.js';

interface PairJoined {
  pair: JoinedDesk & { name: string };
}

interface PairState {
  moves: { role: Role; index: number; reason?: string }[];
  cables: LinkedGame['cables'];
  players: Record<Role, string | null>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function joinPair(
  base: string,
  code: string,
  player: string,
  pairName: string,
  role: Role | undefined,
  source: StorySource,
): Promise<number> {
  let joined: PairJoined;
  try {
    joined = (await hostRequest(base, '/api/join', {
      method: 'POST',
      body: { code, player, role, pair: pairName },
    })) as PairJoined;
  } catch (e) {
    throw new UserError(
      `cannot join: ${e instanceof HostRefusedError ? e.message : `cannot reach the host at ${base}`}`,
    );
  }
  const p = joined.pair;
  if (!isBuiltInScenario(p.scenario))
    throw new UserError(`the host plays the scenario ${p.scenario}, which this Mandate does not have`);
  const memos = p.memos === 'off' || p.memos === 'optional' || p.memos === 'required' ? p.memos : undefined;
  const scenario = withMemos(BUILT_IN_SCENARIOS[p.scenario], memos);
  const game = new LinkedGame({ storyJson: source.parsed?.() ?? source.json, seed: p.seed, scenario });
  const me = p.role;
  const other = otherDesk(me);
  const headers = { 'x-mandate-code': code, authorization: `Bearer ${p.secret}` };
  const io = stdinIO();
  let away = false;
  /** Asks the host until it answers; a refusal ends the game with its reason. */
  const ask = async (path: string, method: string, body?: unknown): Promise<PairState> => {
    for (;;) {
      try {
        const r = (await hostRequest(base, path, { method, body, headers })) as PairState;
        if (away) io.write('(The host is back.)\n');
        away = false;
        return r;
      } catch (e) {
        if (e instanceof HostRefusedError) throw new UserError(`the host refused: ${e.message}`);
        if (!away) io.write('(The host cannot be reached: waiting for it; nothing is lost.)\n');
        away = true;
        await sleep(1000);
      }
    }
  };
  const apply = (s: PairState) => {
    for (const m of s.moves) game.choose(m.role, m.index, m.reason);
    game.cables.splice(0, game.cables.length, ...s.cables);
  };
  const sync = async () => apply(await ask(`/api/pairs/${p.id}?after=${game.moves.length}`, 'GET'));
  io.write(
    `Joined the pair "${sanitize(p.name)}" as ${sanitize(p.player)}: the ${DESK_NAMES[me]}, ${p.scenario} scenario.\n\n`,
  );
  let shownCables = 0;
  let waitingSaid = false;
  const showCables = () => {
    for (const c of game.cables.slice(shownCables)) if (c.from !== me) io.write(`${cableLine(c)}\n`);
    shownCables = game.cables.length;
  };
  try {
    for (;;) {
      await sync();
      showCables();
      if (game.over) break;
      if (game.state(me) !== 'deciding') {
        if (!waitingSaid) io.write(`Waiting for the ${DESK_NAMES[other]}…\n`);
        waitingSaid = true;
        await sleep(300);
        continue;
      }
      waitingSaid = false;
      const view = game.view(me);
      io.write(renderPassage(view));
      io.write(`\n${renderChoices(view)}  (c: send a cable to the ${DESK_NAMES[other]})\n`);
      let ended = false;
      const index = await askNumber(io, view.choices.length, {
        c: async () => {
          const text = await askCable(io, me);
          if (text === null) {
            ended = true;
            return '';
          }
          if (!text) return 'No cable sent.\n';
          const mine = game.cables.filter((c) => c.from === me).length;
          apply(await ask(`/api/pairs/${p.id}/cable?after=${game.moves.length}`, 'POST', { text, mine }));
          // A cable from the other desk that came with the answer is shown at the next turn.
          return `Cable sent to the ${DESK_NAMES[other]}.\n`;
        },
      });
      if (index === null || ended) {
        io.write('\nInput ended before the game did.\n');
        return 0;
      }
      const reason = view.memo ? await askReason(io, view.memo) : '';
      if (reason === null) {
        io.write('\nInput ended before the game did.\n');
        return 0;
      }
      io.write('\n');
      const mine = game.moves.filter((m) => m.role === me).length;
      apply(
        await ask(`/api/pairs/${p.id}/move?after=${game.moves.length}`, 'POST', {
          index,
          mine,
          ...(reason ? { reason } : {}),
        }),
      );
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
    io.close();
  }
}
