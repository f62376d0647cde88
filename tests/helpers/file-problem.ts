/**
 * What a storage reader says of a file, for tests that go through the ways a file can be wrong:
 * each reader throws its own error class, carrying the file and the problem in words, with the
 * message `FILE: PROBLEM` that the CLI prints.
 */
import { expect } from 'vitest';

type FileError = Error & { file: string; problem: string };

/**
 * 'ok' when `read(file)` reads; else the problem, after checking that the error is the reader's
 * own (its class, named after it) and says which file and what is wrong with it.
 */
export function problemOf(
  read: (file: string) => unknown,
  file: string,
  ReaderError: abstract new (...args: never[]) => FileError,
): string {
  try {
    read(file);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ReaderError);
    const error = e as FileError;
    expect(error.name).toBe(ReaderError.name);
    expect(error.file).toBe(file);
    expect(error.message).toBe(`${file}: ${error.problem}`);
    return error.problem;
  }
}
