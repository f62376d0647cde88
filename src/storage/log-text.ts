/**
 * The text of a decision log, made after every decision. A game's decisions never change once
 * made (undo only removes the last), so each is encoded once, as UTF-8 bytes, and kept: a save
 * encodes the new decision and the few fields around the list, then joins bytes already made.
 * No string of the whole log is built (a long one, grown a piece at a time, costs more to write
 * than to make). The result is exactly `JSON.stringify(log, null, 2)` and a newline
 * (tests/hardening/log-text.test.ts holds it to that). Every field is held to the log's limits
 * (engine/log-limits.ts) as it is first encoded, so a story can never save a log that the game
 * then cannot read.
 */

import type { DecisionLog } from '../engine/log.js';
import { decisionProblem, LOG_LIMITS, logProblem } from '../engine/log-limits.js';

/** A log that would break its own limits: the story, not the disk, is at fault. */
export class LogLimitError extends Error {
  constructor(readonly problem: string) {
    super(`the game cannot be saved: ${problem}`);
    this.name = 'LogLimitError';
  }
}

/** Stands for the decisions while the rest of the log is made: no log text can contain it. */
const PLACEHOLDER = '\u0000decisions\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/** Indents every line of a decision's JSON to its place in the list. */
const indent = (text: string) => `    ${text.replaceAll('\n', '\n    ')}`;

export class LogText {
  /**
   * For decision i: the object it was made for (the session's own decision), the reason it had
   * then (the one field a session changes after the fact), and where its bytes end.
   */
  private readonly made: { key: object; reason: unknown; end: number }[] = [];
  /** The decisions' bytes, joined as the list holds them, in a buffer that grows by doubling. */
  private list = Buffer.alloc(64 * 1024);

  /**
   * The log as UTF-8 bytes, ready to write.
   * @param keys the session's decisions, one per logged decision: the same object means the
   *   same decision, whose bytes are already made
   */
  bytes(log: DecisionLog, keys: readonly object[]): Buffer {
    const { decisions, ...rest } = log;
    const header = logProblem({ ...rest, decisions: [] });
    if (header) throw new LogLimitError(header);
    if (decisions.length > LOG_LIMITS.decisions) {
      throw new LogLimitError(`the game has more than ${LOG_LIMITS.decisions.toLocaleString('en-US')} decisions`);
    }
    // Decisions already made keep their bytes; only those from the first that changed are made
    // now (a new one, or after an undo the one that replaced it).
    let same = this.made.length - 1;
    while (same >= 0 && (same >= decisions.length || this.made[same]!.key !== (keys[same] ?? decisions[same]))) {
      same--;
    }
    // A reason given later (annotate) changes a decision already made: from there on, again.
    for (let i = 0; i <= same; i++) {
      if (this.made[i]!.reason !== decisions[i]!.reason) {
        same = i - 1;
        break;
      }
    }
    this.made.length = same + 1;
    let end = this.made.at(-1)?.end ?? 0;
    for (let i = same + 1; i < decisions.length; i++) {
      const d = decisions[i]!;
      const problem = decisionProblem(d);
      if (problem) throw new LogLimitError(`decision ${i + 1}: ${problem}`);
      const text = `${i > 0 ? ',\n' : ''}${indent(JSON.stringify(d, null, 2))}`;
      const length = Buffer.byteLength(text);
      if (end + length > this.list.length) {
        const grown = Buffer.alloc(Math.max(this.list.length * 2, end + length));
        this.list.copy(grown, 0, 0, end);
        this.list = grown;
      }
      end += this.list.write(text, end);
      this.made.push({ key: keys[i] ?? d, reason: d.reason, end });
    }
    // The list in its own place among the keys, whatever their order.
    const withPlaceholder = Object.fromEntries(
      Object.entries(log).map(([k, v]) => [k, k === 'decisions' ? PLACEHOLDER : v]),
    );
    const [before, after] = `${JSON.stringify(withPlaceholder, null, 2)}\n`.split(PLACEHOLDER_JSON) as [string, string];
    if (decisions.length === 0) return Buffer.from(`${before}[]${after}`);
    return Buffer.concat([Buffer.from(`${before}[\n`), this.list.subarray(0, end), Buffer.from(`\n  ]${after}`)]);
  }

  /** The same, as text. */
  text(log: DecisionLog, keys: readonly object[]): string {
    return this.bytes(log, keys).toString('utf8');
  }
}
