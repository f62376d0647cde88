/**
 * Atomic writes: a temporary file beside the target, fsync, rename. A reader (or a crash)
 * sees the old file or the new one, never half of either.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text, { fsync: true, mode: 0o644 });
}
