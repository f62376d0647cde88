/**
 * File-system errors in words. Every way a disk can refuse (full, read-only, not ours, a file
 * where a folder should be) is the user's to fix, so it becomes one sentence naming the path,
 * never an "internal error".
 */

/** Error codes of the file system that say something about the user's files, not about Mandate. */
const USER_FACING = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ENOTDIR',
  'EEXIST',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EFBIG',
  'ENAMETOOLONG',
  'ELOOP',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EBUSY',
  'ETXTBSY',
  'EXDEV',
]);

/** The problem in a few words: `no such file`, `disk full`, `read-only file system`. */
export function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EEXIST':
      return 'a file is in the way';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the disk';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EIO':
      return 'input/output error';
    default:
      return e.code ? e.code : e.message;
  }
}

/** Whether an error came from the file system and names something the user can fix. */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  const err = e as NodeJS.ErrnoException | null;
  return typeof err?.code === 'string' && typeof err.syscall === 'string' && USER_FACING.has(err.code);
}

/**
 * A file the user named or asked for that cannot be used, and why: `FILE: PROBLEM`, one line
 * for the user. The errors of storage extend it, so one check at the top of the command line
 * prints any of them (storageProblem) instead of each command translating its own.
 */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A storage failure meant for the user: saving a game or a report could not happen. */
export class StorageError extends FileProblem {
  override name = 'StorageError';
}

/** `cannot save FILE: disk full` for a file-system error while saving `file`; rethrows anything else. */
export function savingFailed(file: string, e: unknown): never {
  if (e instanceof StorageError) throw e;
  if (isFsError(e)) {
    const where = e.path && e.path !== file && !e.path.includes('.tmp') ? ` (${e.path})` : '';
    throw new StorageError(file, `cannot save: ${describeFsError(e)}${where}`);
  }
  throw e;
}

/** The one line for a storage error that reached the top, or null when it is not one. */
export function storageProblem(e: unknown): string | null {
  if (e instanceof FileProblem) return e.message;
  if (isFsError(e)) return `${e.path ?? 'a file'}: ${describeFsError(e)}`;
  return null;
}
