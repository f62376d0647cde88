/**
 * The roster: every game counted, one row each, so a teacher finds each student (and the pair
 * that did not finish): player, desk, scenario, seed, ending, final meters, the brief met, how
 * many reasons were written. Sorted by player name; each row gets the id of its debrief.
 * The roster is printed whole, so it keeps a row per game; the rows are made once, in their
 * final shape (the id first, filled in when the order is known), and never copied.
 */
import type { GameSummary } from './summary.js';
import type { RosterEntry } from './types.js';

export class RosterBuilder {
  private readonly rows: RosterEntry[] = [];
  /** Ending ids and titles, one object per ending: a hundred thousand games reach a dozen endings. */
  private readonly endings = new Map<string, { id: string; title: string }>();

  add(game: GameSummary): void {
    let ending: { id: string; title: string } | null = null;
    if (game.ending) {
      const key = `${game.ending.id}\u0000${game.ending.title}`;
      ending = this.endings.get(key) ?? { id: game.ending.id, title: game.ending.title };
      this.endings.set(key, ending);
    }
    this.rows.push({
      id: '',
      file: game.file,
      player: game.player,
      role: game.role,
      scenario: game.scenario.id,
      seed: game.seed,
      finished: game.finished,
      ending,
      collapse: game.collapse,
      decisions: game.decisions.length,
      turn: game.turn,
      month: game.month,
      final: game.final,
      tracks: game.tracks,
      brief: { met: game.scorecard.filter((l) => l.met).length, of: game.scorecard.length },
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
