/**
 * What a player reads, counted in words: every line of every passage (the ending and its debrief
 * included) and the text of every option offered. Historical notes are left out: the screen
 * shows them only on request (`n`). Per turn, the words from the turn's first line to its first
 * decision are kept too: the short scenario promises no turn longer than that (issue 12).
 */
import type { View } from '../session.js';

export const wordsIn = (text: string): number => text.match(/\S+/g)?.length ?? 0;

const wordsOf = (texts: readonly { text: string }[]) => texts.reduce((n, t) => n + wordsIn(t.text), 0);

export interface TurnReading {
  turn: number;
  /** Words from the turn's first line to its first decision, the options of that decision included. */
  words: number;
}

/** Feed it every view of one game, in order (the first view and each after a choice). */
export class ReadingCounter {
  /** Words read in the whole game so far. */
  words = 0;
  /** Each turn that reached a decision, in order. */
  readonly turns: TurnReading[] = [];
  private turn: number | null = null;

  see(view: View): void {
    const { lines } = view.passage;
    const options = wordsOf(view.choices);
    this.words += wordsOf(lines) + options;
    if (view.turn !== this.turn && view.choices.length > 0) {
      // The passage after a choice starts with that choice's consequences: the new turn begins
      // at its first line (newMonthAt), or at the top when the passage opens with it.
      const from = this.turn === null ? 0 : (view.passage.newMonthAt ?? 0);
      this.turns.push({ turn: view.turn, words: wordsOf(lines.slice(from)) + options });
    }
    this.turn = view.turn;
  }
}
