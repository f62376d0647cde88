/**
 * The roster: every game counted, one row each, so a teacher finds each student (and the pair
 * that did not finish): player, desk, scenario, seed, ending, final meters, the brief met, how
 * many reasons were written. Sorted by player name; each row gets the id of its debrief.
 * The roster is printed whole, so it keeps a row per game; the rows are made once, in their
 * final shape (the id first, filled in when the order is known), and never copied, and what
 * rows have in common they share (a report over 100,000 logs, docs/performance.md).
 */
import type { GameSummary } from './summary.js';
import type { RosterEntry } from './types.js';

export class RosterBuilder {
  private readonly rows: RosterEntry[] = [];
  /**
   * One copy of each value many rows repeat: endings, desks, scenarios, months, collapses, the
   * tracks and the brief met. A summary that comes from a worker thread is a copy with strings
   * of its own, and a hundred thousand rows would hold a hundred thousand copies of `2004-06`.
   */
  private readonly shared = new Map<string, unknown>();

  private one<T>(key: string, make: () => T): T {
    let value = this.shared.get(key) as T | undefined;
    if (value === undefined) {
      value = make();
      this.shared.set(key, value);
    }
    return value;
  }

  private word<T extends string | null>(kind: string, value: T): T {
    return value === null ? value : this.one(`${kind}\u0000${value}`, () => value);
  }

  add(game: GameSummary): void {
    const { ending, tracks } = game;
    const met = game.scorecard.filter((l) => l.met).length;
    this.rows.push({
      id: '',
      file: game.file,
      player: game.player,
      role: this.word('role', game.role),
      scenario: this.word('scenario', game.scenario.id),
      seed: game.seed,
      finished: game.finished,
      ending:
        ending &&
        this.one(`ending\u0000${ending.id}\u0000${ending.title}`, () => ({ id: ending.id, title: ending.title })),
      collapse: this.word('collapse', game.collapse),
      decisions: game.decisions.length,
      turn: game.turn,
      month: this.word('month', game.month),
      final: { capital: game.final.capital, usTroops: game.final.usTroops, alliedTroops: game.final.alliedTroops },
      tracks: this.one(`tracks\u0000${tracks.un}\u0000${tracks.invitation}\u0000${tracks.command}`, () => ({
        un: tracks.un,
        invitation: tracks.invitation,
        command: tracks.command,
      })),
      brief: this.one(`brief\u0000${met}\u0000${game.scorecard.length}`, () => ({ met, of: game.scorecard.length })),
      reasons: game.decisions.filter((d) => d.reason).length,
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
      .map((r, i) => {
        r.id = `game-${i + 1}`;
        return r;
      });
  }
}
