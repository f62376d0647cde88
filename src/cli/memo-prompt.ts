/**
 * Plain mode's memo prompt: after the player picks an option, the scenario may ask why. The
 * question gets its own line and its own prompt (`reason> `), and one line of input is the
 * answer, so a script can pipe "choice, reason, choice, reason…".
 */
import { cleanReason, type MemoRequest } from '../engine/memo.js';
import { sanitize } from '../ui/format.js';
import type { PlainIO } from './plain.js';

/** The reason, cleaned; '' when an optional memo was skipped; null when input ended first. */
export async function askReason(io: PlainIO, request: MemoRequest): Promise<string | null> {
  const how = request.required ? 'required' : 'optional: Enter skips it';
  io.write(`${sanitize(request.prompt)} (${how})\n`);
  for (;;) {
    io.write('reason> ');
    const next = await io.lines.next();
    if (next.done) return null;
    const reason = cleanReason(next.value);
    if (reason || !request.required) return reason;
    io.write('Please write your reason: the game goes on once you have.\n');
  }
}
