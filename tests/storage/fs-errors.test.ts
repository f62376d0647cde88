/**
 * File-system errors in words (src/storage/fs-errors.ts): which errors count as the user's to
 * fix, the few words for each code, and the one line `FILE: PROBLEM` that saving and the top of
 * the command line print. Checked in process, on errors built as Node builds them (a `code`, a
 * `syscall`, a `path`) and on real ones provoked in a temporary folder, so that a change to any
 * word, code or condition of the module fails here rather than only in a test of the built CLI.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  describeFsError,
  FileProblem,
  isFsError,
  StorageError,
  savingFailed,
  storageProblem,
} from '../../src/storage/fs-errors.js';
import { tempHome } from '../helpers/cli.js';
import { thrown } from '../helpers/thrown.js';

/** An error as Node's fs module makes it. */
function fsError(code: string | undefined, extra: { syscall?: string; path?: string; message?: string } = {}) {
  const e = new Error(extra.message ?? `${code}: something failed`) as NodeJS.ErrnoException;
  if (code !== undefined) e.code = code;
  if (extra.syscall !== undefined) e.syscall = extra.syscall;
  if (extra.path !== undefined) e.path = extra.path;
  return e;
}

/** The errors of every code the module knows, each with its words. */
const WORDS: [string, string][] = [
  ['ENOENT', 'no such file'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EISDIR', 'is a folder'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['EEXIST', 'a file is in the way'],
  ['ENOSPC', 'no space left on the disk'],
  ['EDQUOT', 'no space left on the disk'],
  ['EROFS', 'read-only file system'],
  ['EFBIG', 'file too large'],
  ['ENAMETOOLONG', 'the name is too long'],
  ['ELOOP', 'too many symbolic links'],
  ['EIO', 'input/output error'],
];

/** Codes the user can act on that have no words of their own: the code is the message. */
const BARE_CODES = ['EMFILE', 'ENFILE', 'EBUSY', 'ETXTBSY', 'EXDEV'];

describe('describeFsError', () => {
  it.each(WORDS)('says %s in plain words', (code, words) => {
    expect(describeFsError(fsError(code, { syscall: 'open', path: '/x' }))).toBe(words);
  });

  it('gives the bare code of an error it has no words for', () => {
    for (const code of [...BARE_CODES, 'ECONNRESET']) expect(describeFsError(fsError(code))).toBe(code);
  });

  it('gives the message of an error that has no code at all', () => {
    expect(describeFsError(fsError(undefined, { message: 'the disk went away' }))).toBe('the disk went away');
  });

  it('describes real errors of the file system', () => {
    const dir = tempHome();
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'file'), 'text');
    const of = (fn: () => unknown) => describeFsError(thrown(fn) as NodeJS.ErrnoException);
    expect(of(() => readFileSync(join(dir, 'none')))).toBe('no such file');
    expect(of(() => readFileSync(join(dir, 'folder')))).toBe('is a folder');
    expect(of(() => readFileSync(join(dir, 'file', 'under')))).toBe('a part of the path is a file, not a folder');
    expect(of(() => mkdirSync(join(dir, 'folder')))).toBe('a file is in the way');
    expect(of(() => readFileSync(join(dir, 'n'.repeat(300))))).toBe('the name is too long');
  });
});

describe('isFsError', () => {
  // The list of codes is built when the module loads. This test loads its own copy so that the
  // list is read inside a test: a mutation tool then knows this test covers it (otherwise it
  // charges the list to whichever test first loads the module under a mock of node:fs).
  it('accepts an error of the file system about the user’s files, for every such code', async () => {
    vi.resetModules();
    const fresh = await import('../../src/storage/fs-errors.js');
    for (const [code] of WORDS) expect(fresh.isFsError(fsError(code, { syscall: 'open' })), code).toBe(true);
    for (const code of BARE_CODES) expect(fresh.isFsError(fsError(code, { syscall: 'open' })), code).toBe(true);
  });

  it('accepts a real error provoked on disk', () => {
    expect(isFsError(thrown(() => readFileSync(join(tempHome(), 'none'))))).toBe(true);
  });

  it('refuses an error whose code says nothing about the user’s files', () => {
    expect(isFsError(fsError('ECONNREFUSED', { syscall: 'connect' }))).toBe(false);
    expect(isFsError(fsError('ERR_INVALID_ARG_TYPE', { syscall: 'open' }))).toBe(false);
  });

  it('refuses an error with a code but no system call (not from the file system)', () => {
    expect(isFsError(fsError('ENOENT'))).toBe(false);
    expect(isFsError({ code: 'ENOENT', syscall: 7 })).toBe(false);
  });

  it('refuses an error with a system call but no code', () => {
    expect(isFsError(fsError(undefined, { syscall: 'open' }))).toBe(false);
    expect(isFsError({ code: 2, syscall: 'open' })).toBe(false);
  });

  it('refuses what is not an error at all, null and undefined included', () => {
    expect(isFsError(null)).toBe(false);
    expect(isFsError(undefined)).toBe(false);
    expect(isFsError('ENOENT')).toBe(false);
    expect(isFsError(new Error('plain'))).toBe(false);
  });
});

describe('FileProblem and StorageError', () => {
  it('keep the file and the problem, and say them as one line `FILE: PROBLEM`', () => {
    const p = new FileProblem('/a/game.json', 'no such file');
    expect(p.file).toBe('/a/game.json');
    expect(p.problem).toBe('no such file');
    expect(p.message).toBe('/a/game.json: no such file');
    expect(p).toBeInstanceOf(Error);
  });

  it('name a storage error after its class', () => {
    const s = new StorageError('/a/game.json', 'cannot save: disk full');
    expect(s.name).toBe('StorageError');
    expect(s.message).toBe('/a/game.json: cannot save: disk full');
    expect(s).toBeInstanceOf(FileProblem);
  });
});

describe('savingFailed', () => {
  const file = '/home/ann/game.json';

  it('turns an error of the file system into `FILE: cannot save: PROBLEM`', () => {
    const e = thrown(() => savingFailed(file, fsError('ENOSPC', { syscall: 'write', path: file })));
    expect(e).toBeInstanceOf(StorageError);
    expect((e as StorageError).file).toBe(file);
    expect((e as StorageError).message).toBe(`${file}: cannot save: no space left on the disk`);
  });

  it('names the other path the system refused, when it is not the file itself', () => {
    const e = thrown(() => savingFailed(file, fsError('EACCES', { syscall: 'mkdir', path: '/home/ann' })));
    expect((e as StorageError).message).toBe(`${file}: cannot save: permission denied (/home/ann)`);
  });

  it('does not name the path when there is none', () => {
    const e = thrown(() => savingFailed(file, fsError('EROFS', { syscall: 'open' })));
    expect((e as StorageError).message).toBe(`${file}: cannot save: read-only file system`);
  });

  it('does not name a temporary file of an atomic write, which the user never asked for', () => {
    const tmp = `${file}.tmp.1234`;
    const e = thrown(() => savingFailed(file, fsError('EDQUOT', { syscall: 'write', path: tmp })));
    expect((e as StorageError).message).toBe(`${file}: cannot save: no space left on the disk`);
  });

  it('passes a storage error on as it is', () => {
    const original = new StorageError(file, 'is a folder, not a file');
    expect(thrown(() => savingFailed(file, original))).toBe(original);
  });

  it('rethrows, unchanged, an error that is not the user’s to fix', () => {
    const bug = new TypeError('x is undefined');
    expect(thrown(() => savingFailed(file, bug))).toBe(bug);
    const net = fsError('ECONNRESET', { syscall: 'read', path: file });
    expect(thrown(() => savingFailed(file, net))).toBe(net);
  });
});

describe('storageProblem', () => {
  it('gives the message of a file problem (a storage error included)', () => {
    expect(storageProblem(new FileProblem('/a/x.json', 'no such file'))).toBe('/a/x.json: no such file');
    expect(storageProblem(new StorageError('/a/x.json', 'cannot save: disk full'))).toBe(
      '/a/x.json: cannot save: disk full',
    );
  });

  it('gives `PATH: PROBLEM` for an error of the file system', () => {
    expect(storageProblem(fsError('EACCES', { syscall: 'open', path: '/etc/mandate' }))).toBe(
      '/etc/mandate: permission denied',
    );
    const real = thrown(() => readFileSync(join(tempHome(), 'gone.json')));
    expect(storageProblem(real)).toBe(`${(real as NodeJS.ErrnoException).path}: no such file`);
  });

  it('says `a file` when the system did not say which', () => {
    expect(storageProblem(fsError('EIO', { syscall: 'read' }))).toBe('a file: input/output error');
  });

  it('is null for anything else', () => {
    expect(storageProblem(new Error('a bug'))).toBeNull();
    expect(storageProblem(fsError('ECONNREFUSED', { syscall: 'connect', path: '/x' }))).toBeNull();
    expect(storageProblem(null)).toBeNull();
  });
});
