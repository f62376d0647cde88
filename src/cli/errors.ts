/** Exit codes, documented in the README and in `mandate --help`. */
export const EXIT = {
  ok: 0,
  /** A check found problems, or a verified log diverges from the story. */
  problems: 1,
  /** Usage or input error: bad flag, unreadable or invalid file. */
  usage: 2,
} as const;

/** An error meant for the user: printed as one line on stderr, then exit with `code`. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
