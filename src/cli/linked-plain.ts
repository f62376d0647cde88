/**
 * `mandate play --linked --plain`: both desks of a linked game on one terminal, in turns. The
 * US desk plays its month, then the NATO desk plays the same month; the merged world is then
 * on both desks' tables. At any prompt `c` writes a cable to the other desk, shown to it when
 * its turn comes. Line-based like plain.ts, for screen readers, pipes and scripts.
 */
import { CABLE_LIMIT, type LinkedGame, otherDesk } from '../engine/linked/game.js';
import type { Role } from '../engine/session.js';
import { formatMonth, sanitize } from '../ui/format.js';
import { cableLine, DESK_NAMES, deskTitle } from '../ui/linked/words.js';
import { askReason } from './memo-prompt.js';
import {
  askNumber,
  type PlainIO,
  renderChoices,
  renderEnding,
  renderPassage,
  renderScorecard,
  renderTable,
} from './plain.js';

export interface LinkedHooks {
  /** Called after every decision and every cable (the pair log is saved). */
  onChange?(game: LinkedGame): void;
}

/** Asks for a cable's text; '' cancels; null when input ended. */
export async function askCable(io: PlainIO, to: Role): Promise<string | null> {
  for (;;) {
    io.write(
      `Cable to the ${DESK_NAMES[to]} (one line, at most ${CABLE_LIMIT} characters; Enter alone cancels)\ncable> `,
    );
    const next = await io.lines.next();
    if (next.done) return null;
    const text = next.value.trim();
    if (text.length <= CABLE_LIMIT) return text;
    io.write(`That is ${text.length} characters; a cable holds at most ${CABLE_LIMIT}.\n`);
  }
}

/** Plays a linked game hot-seat to its end, or to the end of input. Returns whether it ended. */
export async function playLinkedPlain(
  game: LinkedGame,
  io: PlainIO,
  players: Record<Role, string | null>,
  hooks: LinkedHooks = {},
): Promise<boolean> {
  /** How many cables each desk has been shown. */
  const seen: Record<Role, number> = { us: 0, nato: 0 };
  const told = new Set<Role>();
  let last: Role | null = null;
  const showCables = (role: Role) => {
    for (const c of game.cables.slice(seen[role])) if (c.from !== role) io.write(`${cableLine(c)}\n`);
    seen[role] = game.cables.length;
  };
  for (;;) {
    // A desk that has just reached its ending sees it once.
    for (const role of ['us', 'nato'] as const) {
      if (game.state(role) === 'ended' && !told.has(role)) {
        told.add(role);
        const view = game.view(role);
        io.write(`\n==== ${deskTitle(role, players)}: the game is over ====\n`);
        io.write(renderPassage(view));
        if (view.ending) io.write(`\n== ${sanitize(view.ending.title)} ==\n`);
        io.write(renderScorecard(view));
        io.write(renderEnding(view));
      }
    }
    const role = game.nextDesk();
    if (!role) {
      for (const r of ['us', 'nato'] as const) showCables(r);
      io.write('\nBoth desks have finished.\n');
      return true;
    }
    const view = game.view(role);
    if (role !== last) {
      io.write(`\n==== ${deskTitle(role, players)}: your turn${last ? ` (pass the keyboard)` : ''} ====\n`);
      last = role;
    }
    io.write(renderPassage(view));
    showCables(role);
    io.write(`\n${renderChoices(view)}  (c: send a cable to the ${DESK_NAMES[otherDesk(role)]})\n`);
    let ended = false;
    const commands: Record<string, () => Promise<string>> = {
      c: async () => {
        const text = await askCable(io, otherDesk(role));
        if (text === null) {
          ended = true;
          return '';
        }
        if (!text) return 'No cable sent.\n';
        game.cable(role, text);
        seen[role] = game.cables.length;
        hooks.onChange?.(game);
        return `Cable sent to the ${DESK_NAMES[otherDesk(role)]}.\n`;
      },
    };
    if (view.table.bodies.length > 0) commands.t = async () => renderTable(view);
    const index = await askNumber(io, view.choices.length, commands);
    if (index === null || ended) {
      io.write('\nInput ended before the game did.\n');
      return false;
    }
    const reason = view.memo ? await askReason(io, view.memo) : '';
    if (reason === null) {
      io.write('\nInput ended before the game did.\n');
      return false;
    }
    io.write('\n');
    const state = game.choose(role, index, reason || undefined);
    hooks.onChange?.(game);
    if (state === 'waiting') {
      io.write(
        `The ${DESK_NAMES[role]} has ended ${formatMonth(view.month) || 'the month'}; it waits for the ${DESK_NAMES[otherDesk(role)]}.\n`,
      );
    }
  }
}
