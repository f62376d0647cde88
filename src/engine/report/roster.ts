/**
 * The roster: every game counted, one row each, so a teacher finds each student (and the pair
 * that did not finish): player, desk, scenario, seed, ending, final meters, the brief met, how
 * many reasons were written. Sorted by player name; each row gets the id of its debrief.
 */
import type { RosterEntry, VerifiedGame } from './types.js';

export class RosterBuilder {
  private readonly rows: Omit<RosterEntry, 'id'>[] = [];

  add(game: VerifiedGame): void {
    const { log } = game;
    const last = log.decisions.at(-1);
    this.rows.push({
      file: game.file,
      player: log.player,
      role: log.role,
      scenario: log.scenario.id,
      seed: log.seed,
      finished: log.status === 'ended',
      ending: game.ending ? { id: game.ending.id, title: game.ending.title } : null,
      collapse: game.collapse,
      decisions: log.decisions.length,
      turn: last?.turn ?? 0,
      month: last?.month ?? null,
      final: last?.meters ?? log.scenario.start,
      tracks: last?.tracks ?? { un: 'none', invitation: 'none', command: 'support' },
      brief: { met: game.scorecard.filter((l) => l.met).length, of: game.scorecard.length },
      reasons: log.decisions.filter((d) => d.reason).length,
    });
  }

  /** Unnamed players last; then desk and file, so the order is the same every time. */
  result(): RosterEntry[] {
    const name = (p: string | null) => (p ?? '').toLocaleLowerCase();
    return this.rows
      .sort(
        (a, b) =>
          Number(a.player === null) - Number(b.player === null) ||
          name(a.player).localeCompare(name(b.player)) ||
          (a.role === b.role ? 0 : a.role === 'us' ? -1 : 1) ||
          a.file.localeCompare(b.file),
      )
      .map((r, i) => ({ id: `game-${i + 1}`, ...r }));
  }
}
