/**
 * Standard output and error as the CLI uses them. Node reports a failed write to stdout
 * (`> /dev/full`, a closed pipe) as an 'error' event, which, unhandled, ends the process with
 * a stack trace. Here a reader that went away (`| head`) ends the command quietly, and any
 * other failure to write the output is one line on stderr and exit 2.
 */
import { oneLine, sanitize } from '../engine/sanitize.js';
import { EXIT } from './errors.js';

/** What a failed write to stdout is, in words, by its error code. */
function describeWriteError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EBADF':
      return 'standard output is closed';
    case 'EIO':
      return 'input/output error';
    default:
      return e.code ?? e.message;
  }
}

let guarded = false;

/** Installs the handlers once, at start-up (bin.ts). */
export function guardOutputStreams(exit: (code: number) => never = (code) => process.exit(code)): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') exit(EXIT.ok);
    try {
      process.stderr.write(`mandate: cannot write the output: ${describeWriteError(e)}\n`);
    } catch {
      // Nowhere left to say it; the exit code still does.
    }
    exit(EXIT.usage);
  });
  // A failed write of an error message cannot be reported anywhere; the exit code stands.
  process.stderr.on('error', () => {});
}

/** Prints text that may hold strings from files: every one is sanitized on the way out. */
export function print(text: string): void {
  process.stdout.write(sanitize(text));
}

/** The one line on stderr every user error gets: sanitized, no line breaks. */
export function printError(message: string): void {
  process.stderr.write(`mandate: ${oneLine(message).trim()}\n`);
}
