/**
 * Atomic writes, told apart from in-place ones without relying on timing: a second name for the
 * old file (a hard link, as a reader holding the file open would see it) keeps the old text
 * whole after an atomic write, and the path names a new file. An in-place write would have
 * changed the text under that second name.
 */
import { chmodSync, linkSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/storage/atomic.js';
import { tempHome } from '../helpers/cli.js';

describe('writeAtomic', () => {
  it('replaces the file by rename: a reader of the old file still reads the old text, whole', () => {
    const dir = tempHome();
    const file = join(dir, 'game.json');
    writeAtomic(file, 'the old log\n');
    const held = join(dir, 'held');
    linkSync(file, held);
    const fd = openSync(file, 'r');
    const inode = statSync(file).ino;

    writeAtomic(file, 'the new log, longer than the old\n');

    expect(readFileSync(file, 'utf8')).toBe('the new log, longer than the old\n');
    expect(statSync(file).ino).not.toBe(inode);
    expect(readFileSync(held, 'utf8')).toBe('the old log\n');
    const buf = Buffer.alloc(64);
    expect(buf.subarray(0, readSync(fd, buf, 0, 64, 0)).toString()).toBe('the old log\n');
  });

  it('is not fooled by an in-place write, which the same check catches', () => {
    // The control: the check above fails for a plain write, so it can tell the two apart.
    const dir = tempHome();
    const file = join(dir, 'game.json');
    writeFileSync(file, 'the old log\n');
    linkSync(file, join(dir, 'held'));
    writeFileSync(file, 'the new log\n');
    expect(readFileSync(join(dir, 'held'), 'utf8')).toBe('the new log\n');
  });

  it('creates missing folders, writes mode 644 and leaves no temporary file behind', () => {
    const dir = tempHome();
    const file = join(dir, 'a', 'b', 'log.json');
    writeAtomic(file, 'x');
    writeAtomic(file, 'y');
    expect(readFileSync(file, 'utf8')).toBe('y');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['log.json']);
  });

  it('leaves a file readable by others (mode 644) even when the one it replaces was private', () => {
    const file = join(tempHome(), 'log.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });
});
