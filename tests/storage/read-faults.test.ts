/**
 * File-system faults a test cannot stage for real (the tests run as root, and a file does not
 * grow on cue): the calls are intercepted by file name, and what the reader says, and that it
 * closes every file it opened, are checked.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const open = new Set<number>();
const fault = (path: unknown, code: string) =>
  Object.assign(new Error(`${code}: simulated, '${String(path)}'`), { code });

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const paths = new Map<number, string>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('eperm.json')) throw fault(path, 'EPERM');
    if (String(path).endsWith('eacces.scenario.json')) throw fault(path, 'EACCES');
    if (String(path).endsWith('eperm.scenario.json')) throw fault(path, 'EPERM');
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    open.add(fd);
    paths.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  // Closing a file whose name says so fails after the close (as NFS may report a write-back error).
  const closeSync = ((fd: number) => {
    open.delete(fd);
    fs.closeSync(fd);
    const path = paths.get(fd);
    paths.delete(fd);
    if (path?.includes('close-fails')) throw Object.assign(fault(path, 'EIO'), { syscall: 'close' });
  }) as typeof fs.closeSync;
  // A file that grows while it is read: its size, asked after opening, is 10 bytes short.
  const fstatSync = ((fd: number, ...rest: unknown[]) => {
    const st = (fs.fstatSync as (...a: unknown[]) => import('node:fs').Stats)(fd, ...rest);
    if (paths.get(fd)?.endsWith('growing.json')) return Object.assign(Object.create(st), { size: st.size - 10 });
    return st;
  }) as typeof fs.fstatSync;
  const readSync = ((fd: number, ...rest: unknown[]) => {
    if (paths.get(fd)?.endsWith('eio.json')) throw fault(paths.get(fd), 'EIO');
    return (fs.readSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.readSync;
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).endsWith('eacces.scenario.json')) throw fault(path, 'EACCES');
    if (String(path).endsWith('eperm.scenario.json')) throw fault(path, 'EPERM');
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  const patched = { ...fs, openSync, closeSync, fstatSync, readSync, readFileSync };
  return { ...patched, default: patched };
});

const { LogReadError, readLog } = await import('../../src/storage/logs.js');
const { ClassFolderError, classFile, readClass } = await import('../../src/storage/class-folder.js');
const { readScenarioFile } = await import('../../src/storage/scenarios.js');
const { tempHome } = await import('../helpers/cli.js');
const { finishedLog, writeJson } = await import('../logs/fixtures.js');
const { BUILT_IN_SCENARIOS } = await import('../../src/engine/scenario.js');

function problemOf(read: () => unknown): string {
  try {
    read();
    return 'ok';
  } catch (e) {
    return (e as { problem?: string }).problem ?? `not a reader's error: ${(e as Error).message}`;
  }
}

beforeEach(() => open.clear());

describe('reading a log when the file system fails', () => {
  it('says "permission denied" for EPERM as for EACCES', () => {
    const file = writeJson(tempHome(), 'eperm.json', finishedLog());
    expect(problemOf(() => readLog(file))).toBe('permission denied');
  });

  it('notices a file that grows while it is read, and closes it', () => {
    const file = writeJson(tempHome(), 'growing.json', finishedLog());
    expect(problemOf(() => readLog(file))).toBe('changed while it was being read; try again');
    expect(open.size).toBe(0);
  });

  it('names an error of the disk in one line, as a reader’s error, and closes the file', () => {
    const file = writeJson(tempHome(), 'eio.json', finishedLog());
    expect(() => readLog(file)).toThrow(LogReadError);
    expect(problemOf(() => readLog(file))).toBe('input/output error');
    expect(open.size).toBe(0);
  });

  it('closes every file it reads', () => {
    const dir = tempHome();
    readLog(writeJson(dir, 'fine.json', finishedLog()));
    expect(open.size).toBe(0);
  });
});

describe('an error that is not the reader’s own', () => {
  it('reaches the caller of readLog as itself, not as a problem of the log', () => {
    const file = writeJson(tempHome(), 'close-fails.json', finishedLog());
    const error = (() => {
      try {
        readLog(file);
      } catch (e) {
        return e as Error & { code?: string };
      }
    })();
    expect(error).not.toBeInstanceOf(LogReadError);
    expect(error?.code).toBe('EIO');
    expect(error?.message).toBe(`EIO: simulated, '${file}'`);
  });

  it('reaches the caller of readClass as itself, not as a damaged class file', () => {
    const folder = join(tempHome(), 'close-fails');
    writeJson(folder, 'class.mandate', '{}');
    const error = (() => {
      try {
        readClass(folder);
      } catch (e) {
        return e as Error & { code?: string };
      }
    })();
    expect(error).not.toBeInstanceOf(ClassFolderError);
    expect(error?.message).toBe(`EIO: simulated, '${classFile(folder)}'`);
  });
});

describe('reading a scenario file when the file system refuses', () => {
  it('says "permission denied" for EACCES and EPERM', () => {
    const dir = tempHome();
    const mine = { ...BUILT_IN_SCENARIOS.full, id: 'mine' };
    expect(problemOf(() => readScenarioFile(writeJson(dir, 'eacces.scenario.json', mine)))).toBe('permission denied');
    expect(problemOf(() => readScenarioFile(writeJson(dir, 'eperm.scenario.json', mine)))).toBe('permission denied');
    expect(problemOf(() => readScenarioFile(join(dir, 'missing.json')))).toBe('no such file');
  });
});
