/** Finding the logs a report covers: named files, and every .json under a folder, in a fixed order. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A folder the reader may not list (the tests run as root, who may list any): named "locked".
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const locked = <F extends (...a: never[]) => unknown>(read: F, call: string): F =>
    ((path: unknown, ...rest: unknown[]) => {
      if (String(path).endsWith('/locked')) {
        throw Object.assign(new Error(`EACCES: permission denied, ${call}`), { code: 'EACCES' });
      }
      return (read as unknown as (...a: unknown[]) => unknown)(path, ...rest);
    }) as unknown as F;
  // Both ways of listing a folder refuse it: the test holds however the folder is read.
  const patched = {
    ...fs,
    readdirSync: locked(fs.readdirSync, 'scandir'),
    opendirSync: locked(fs.opendirSync, 'opendir'),
  };
  return { ...patched, default: patched };
});

const { mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
const { collectLogFiles, largestFileBytes } = await import('../../src/storage/log-files.js');
const { tempHome } = await import('../helpers/cli.js');

function tree(files: string[]): string {
  const dir = tempHome();
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '{}');
  }
  return dir;
}

describe('collectLogFiles', () => {
  it('finds every .json file under a folder, by path, skipping hidden files, node_modules and other files', () => {
    const dir = tree([
      'b.json',
      'A.JSON',
      'notes.txt',
      'class/zed/1.json',
      'class/amy/2.json',
      '.hidden.json',
      '.git/x.json',
      'node_modules/pkg/package.json',
    ]);
    const rel = (f: string) => f.slice(dir.length + 1);
    const r = collectLogFiles([dir]);
    expect(r.problems).toEqual([]);
    expect(r.files.map(rel)).toEqual(['A.JSON', 'b.json', 'class/amy/2.json', 'class/zed/1.json']);
  });

  it('goes six folders deep and no deeper', () => {
    const dir = tree(['1/2/3/4/5/6/six.json', '1/2/3/4/5/6/7/seven.json']);
    expect(collectLogFiles([dir]).files).toEqual([join(dir, '1/2/3/4/5/6/six.json')]);
  });

  it('keeps named files in the order given, each once even under another name', () => {
    const dir = tree(['a.json', 'b.json']);
    symlinkSync(join(dir, 'a.json'), join(dir, 'link-to-a.json'));
    const r = collectLogFiles([join(dir, 'b.json'), join(dir, 'a.json'), dir, join(dir, 'link-to-a.json')]);
    expect(r.files).toEqual([join(dir, 'b.json'), join(dir, 'a.json')]);
  });

  it('counts a link to a file already found once, and lists a dangling link for the reader to refuse', () => {
    const dir = tree(['real/x.json']);
    symlinkSync(join(dir, 'real/x.json'), join(dir, 'y.json'));
    symlinkSync(join(dir, 'gone.json'), join(dir, 'z.json'));
    const r = collectLogFiles([dir]);
    expect(r.files).toEqual([join(dir, 'real/x.json'), join(dir, 'z.json')]);
  });

  it('lists a path that does not exist as a problem, and goes on', () => {
    const dir = tree(['a.json']);
    const r = collectLogFiles([join(dir, 'missing'), join(dir, 'a.json')]);
    expect(r.problems).toEqual([{ file: join(dir, 'missing'), problem: 'no such file or folder' }]);
    expect(r.files).toEqual([join(dir, 'a.json')]);
    const under = collectLogFiles([join(dir, 'a.json', 'x.json')]);
    expect(under.problems).toEqual([
      { file: join(dir, 'a.json', 'x.json'), problem: expect.stringMatching(/^ENOTDIR/) },
    ]);
  });

  it('orders a folder’s files by name as people read it, whatever order the disk lists them in', () => {
    const names = ['b2', 'A1', 'c3', 'a2', 'B1', 'd0', 'C2', 'e9', 'a10', 'Z0', 'x5', 'm1'].map((n) => `${n}.json`);
    const dir = tree(names);
    const found = collectLogFiles([dir]).files.map((f) => f.slice(dir.length + 1));
    // Letters before their case, then digits: not the order of character codes (Z0 would come first).
    expect(found.join(' ')).toBe(
      'A1.json a10.json a2.json B1.json b2.json C2.json c3.json d0.json e9.json m1.json x5.json Z0.json',
    );
  });

  it('passes over a FIFO named like a log, and a folder it may not list', () => {
    const dir = tree(['a.json', 'locked/hidden.json', 'z/b.json']);
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    expect(collectLogFiles([dir]).files).toEqual([join(dir, 'a.json'), join(dir, 'z/b.json')]);
  });
});

describe('collectLogFiles and the same file twice', () => {
  it('lists the files of a folder once, whether it is named itself or through a link to it', () => {
    const dir = tree(['class/a.json', 'class/b.json']);
    symlinkSync(join(dir, 'class'), join(dir, 'link'));
    const r = collectLogFiles([join(dir, 'class'), join(dir, 'link')]);
    expect(r.files).toEqual([join(dir, 'class/a.json'), join(dir, 'class/b.json')]);
    // Through the link first: the files are listed by the link's paths, once.
    expect(collectLogFiles([join(dir, 'link'), join(dir, 'class')]).files).toEqual([
      join(dir, 'link/a.json'),
      join(dir, 'link/b.json'),
    ]);
  });

  it('lists each of two links in a folder that lead nowhere: neither has a real path to be the other', () => {
    const dir = tempHome();
    symlinkSync(join(dir, 'gone-1.json'), join(dir, 'one.json'));
    symlinkSync(join(dir, 'gone-2.json'), join(dir, 'two.json'));
    expect(collectLogFiles([dir]).files).toEqual([join(dir, 'one.json'), join(dir, 'two.json')]);
  });
});

describe('largestFileBytes', () => {
  it('is the size of the largest file, capped at the limit, passing over files it cannot read', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'small.json'), 'x'.repeat(10));
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(100));
    const files = [join(dir, 'small.json'), join(dir, 'missing.json'), join(dir, 'big.json')];
    expect(largestFileBytes(files, 1000)).toBe(100);
    expect(largestFileBytes(files, 50)).toBe(50);
    expect(largestFileBytes([join(dir, 'small.json')], 1000)).toBe(10);
    expect(largestFileBytes([], 1000)).toBe(0);
  });
});
