/**
 * A log the user may not read. The tests run as root, which reads any file whatever its mode,
 * so the file system's refusal is simulated here (bad-input.test.ts also runs the real CLI as
 * `nobody` against a mode-000 file).
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refuse = (path: unknown) => {
    if (String(path).endsWith('locked.json')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    }
  };
  const openSync = ((path: string, ...rest: unknown[]) => {
    refuse(path);
    return (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, openSync, default: { ...fs, openSync } };
});

const { LogReadError, listSaves, readLog } = await import('../../src/storage/logs.js');
const { tempHome } = await import('../helpers/cli.js');
const { finishedLog, writeJson } = await import('./fixtures.js');

describe('a file without read permission', () => {
  it('is refused in one sentence naming the file', () => {
    const file = writeJson(tempHome(), 'locked.json', finishedLog());
    expect(() => readLog(file)).toThrow(LogReadError);
    expect(() => readLog(file)).toThrow(`${file}: permission denied`);
  });

  it('is listed as a problem by the saves list, which goes on', () => {
    const dir = tempHome();
    writeJson(dir, 'locked.json', finishedLog());
    writeJson(dir, 'fine.json', finishedLog());
    const { saves, problems } = listSaves(dir);
    expect(saves.map((s) => s.file)).toEqual([join(dir, 'fine.json')]);
    expect(problems).toEqual([{ file: join(dir, 'locked.json'), problem: 'permission denied' }]);
  });
});
