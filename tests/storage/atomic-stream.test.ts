/**
 * A large file written atomically, a piece at a time (src/storage/atomic-stream.ts), as the
 * research export and a class report's JSON are: the pieces go to a hidden temporary file beside
 * the target, which takes the target's place only on commit. Until then, and after an abort or a
 * failed commit, the target is as it was and no temporary file is left; the file's descriptor
 * is closed either way; a closed stream refuses further use.
 *
 * One test stages a short write (a disk that takes a few bytes per call, as write(2) may) through
 * a hook on node:fs; everything else is the real file system.
 */
import { mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** When set, each write(2) takes at most this many bytes (a short write). */
let shortWrites: number | null = null;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, buffer: Uint8Array | string, offset?: number, length?: number) => {
    if (shortWrites === null || typeof buffer === 'string' || offset === undefined || length === undefined) {
      return (fs.writeSync as (...a: unknown[]) => number)(fd, buffer, offset, length);
    }
    // As Node does: the range asked for must lie inside the buffer; then fewer bytes are taken.
    if (offset < 0 || length < 0 || offset + length > buffer.byteLength) throw new RangeError('out of range');
    return fs.writeSync(fd, buffer, offset, Math.min(length, shortWrites));
  }) as typeof fs.writeSync;
  const patched = { ...fs, writeSync };
  return { ...patched, default: patched };
});

const { AtomicFileStream } = await import('../../src/storage/atomic-stream.js');
const { StorageError } = await import('../../src/storage/fs-errors.js');
const { tempHome } = await import('../helpers/cli.js');

afterEach(() => {
  shortWrites = null;
});

/** The files in `dir` this process still has open (Linux: the targets of /proc/self/fd). */
function openIn(dir: string): string[] {
  const target = (fd: string) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return '';
    }
  };
  return readdirSync('/proc/self/fd')
    .map(target)
    .filter((t) => t.startsWith(`${dir}/`));
}

const TEXT = 'Zoë – 5 €\n';
const BYTES = new Uint8Array([0xff, 0x00, 0x41, 0x0a]);

describe('AtomicFileStream', () => {
  it('writes text as UTF-8 and bytes as they are, in order, and puts them in place on commit', () => {
    const dir = join(tempHome(), 'class', 'out');
    const target = join(dir, 'export.csv');
    const stream = new AtomicFileStream(target);
    expect(stream.path).toBe(target);
    // Before the commit: only a hidden temporary file, in the folder made for it.
    const [temp, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(temp).toMatch(/^\.export\.csv\.[0-9a-f]{12}\.partial$/);
    stream.write(TEXT);
    stream.write(BYTES);
    stream.write('end');
    expect(readdirSync(dir)).toEqual([temp]);
    stream.commit();
    expect(readFileSync(target)).toEqual(Buffer.concat([Buffer.from(TEXT, 'utf8'), BYTES, Buffer.from('end')]));
    expect(readdirSync(dir)).toEqual(['export.csv']);
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(openIn(dir)).toEqual([]);
  });

  it('replaces an existing file only on commit', () => {
    const target = join(tempHome(), 'report.json');
    writeFileSync(target, 'the old report');
    const stream = new AtomicFileStream(target);
    stream.write('the new report');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    stream.commit();
    expect(readFileSync(target, 'utf8')).toBe('the new report');
  });

  it('writes every byte once when the disk takes only a few bytes per call', () => {
    const dir = tempHome();
    const target = join(dir, 'export.csv');
    const stream = new AtomicFileStream(target);
    shortWrites = 3;
    stream.write(TEXT);
    stream.write(BYTES);
    shortWrites = null;
    stream.commit();
    expect(readFileSync(target)).toEqual(Buffer.concat([Buffer.from(TEXT, 'utf8'), BYTES]));
  });

  it('on abort removes the temporary file, closes it, and leaves the target as it was', () => {
    const dir = tempHome();
    const target = join(dir, 'report.json');
    writeFileSync(target, 'the old report');
    const stream = new AtomicFileStream(target);
    stream.write('half a report');
    expect(openIn(dir)).toHaveLength(1);
    stream.abort();
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(openIn(dir)).toEqual([]);
    // A second abort, or one after a commit, does nothing.
    stream.abort();
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses to write or commit once committed or aborted', () => {
    const dir = tempHome();
    const committed = new AtomicFileStream(join(dir, 'a.csv'));
    committed.commit();
    expect(() => committed.write('more')).toThrow(new Error('write after the file was closed'));
    expect(() => committed.commit()).toThrow(new Error('commit after the file was closed'));
    committed.abort();
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('');

    const aborted = new AtomicFileStream(join(dir, 'b.csv'));
    aborted.abort();
    expect(() => aborted.write('more')).toThrow(new Error('write after the file was closed'));
    expect(() => aborted.commit()).toThrow(new Error('commit after the file was closed'));
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('on a failed commit throws the file system error, removes the temporary file and closes it', () => {
    const dir = tempHome();
    const target = join(dir, 'export.csv');
    const stream = new AtomicFileStream(target);
    stream.write('rows');
    // A folder put where the file goes after the stream was opened: the rename fails.
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'kept');
    expect(() => stream.commit()).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY)$/) }),
    );
    expect(readdirSync(dir)).toEqual(['export.csv']);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('kept');
    expect(openIn(dir)).toEqual([]);
    expect(() => stream.write('more')).toThrow(new Error('write after the file was closed'));
  });

  it('refuses a folder or a device as the target before making any temporary file', () => {
    const dir = tempHome();
    mkdirSync(join(dir, 'folder'));
    expect(() => new AtomicFileStream(join(dir, 'folder'))).toThrow(
      new StorageError(join(dir, 'folder'), 'is a folder, not a file'),
    );
    expect(readdirSync(dir)).toEqual(['folder']);
    expect(() => new AtomicFileStream('/dev/null')).toThrow(
      new StorageError('/dev/null', 'is not a regular file (a device, a FIFO or a socket); choose a file'),
    );
  });
});
