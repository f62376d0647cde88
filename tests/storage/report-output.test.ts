/**
 * `--out` for reports: written whole, and never over a decision log, above all not over one of
 * the logs being read (students' logs cannot be made again). The same checks hold for a file
 * written piece by piece (a class report's JSON, the research export), and a debrief's output
 * folder may not lie inside a logs folder, where the next report would read its JSON as logs.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** When set, the atomic write fails with this error (a full disk, a folder without permission). */
let failWith: Error | null = null;
vi.mock('../../src/storage/atomic.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage/atomic.js')>();
  return {
    ...real,
    writeAtomic: (path: string, text: string) => {
      if (failWith) throw failWith;
      real.writeAtomic(path, text);
    },
  };
});

const {
  existsAsNonFile,
  isFolder,
  openOutputStream,
  OutputRefusedError,
  outputError,
  prepareOutputFolder,
  writeOutputFile,
  writeOutputFilePieces,
} = await import('../../src/storage/report-output.js');
const { StorageError } = await import('../../src/storage/fs-errors.js');
const { MAX_LOG_BYTES } = await import('../../src/storage/logs.js');
const { tempHome } = await import('../helpers/cli.js');
const { finishedLog, writeJson } = await import('../logs/fixtures.js');

function refusal(
  out: string,
  inputs: string[] = [],
  write = () => writeOutputFile(out, 'the report\n', inputs),
): string {
  try {
    write();
  } catch (e) {
    expect(e).toBeInstanceOf(OutputRefusedError);
    expect(e).toMatchObject({ name: 'OutputRefusedError', file: out });
    const problem = (e as { problem: string }).problem;
    expect((e as Error).message).toBe(`${out}: ${problem}`);
    return problem;
  }
  return 'written';
}

describe('writeOutputFile', () => {
  it('writes a new file, and replaces a file that is not a log', () => {
    const dir = tempHome();
    const out = join(dir, 'report.md');
    expect(refusal(out)).toBe('written');
    expect(readFileSync(out, 'utf8')).toBe('the report\n');
    writeFileSync(out, 'an older report mentioning mandate-logs in passing');
    expect(refusal(out)).toBe('written');
    expect(readFileSync(out, 'utf8')).toBe('the report\n');
  });

  it('refuses one of the logs being read, also through a link or another spelling of its path', () => {
    const dir = tempHome();
    const log = writeJson(dir, 'log.json', finishedLog());
    const text = readFileSync(log, 'utf8');
    expect(refusal(log, [log])).toBe('is one of the logs being read; choose another file for --out');
    symlinkSync(log, join(dir, 'link.json'));
    expect(refusal(join(dir, 'link.json'), [log])).toMatch(/^is one of the logs being read/);
    expect(refusal(join(dir, '.', 'log.json'), [join(dir, 'link.json')])).toMatch(/^is one of the logs being read/);
    expect(readFileSync(log, 'utf8')).toBe(text);
  });

  it('writes a new file even when a log named on the command line has vanished since', () => {
    const dir = tempHome();
    expect(refusal(join(dir, 'report.md'), [join(dir, 'gone.json')])).toBe('written');
  });

  it('refuses any decision log, read or not, and a folder', () => {
    const dir = tempHome();
    const log = writeJson(dir, 'other.json', finishedLog());
    expect(refusal(log, [join(dir, 'input.json')])).toBe('is a decision log; choose another file for --out');
    expect(refusal(dir)).toBe('is a folder; --out needs a file name');
  });

  it('says why it cannot write: a file where a folder should be', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'file'), '');
    expect(refusal(join(dir, 'file', 'sub', 'report.md'))).toBe('cannot create the file there');
  });

  it('names each failure of the write in words', () => {
    const dir = tempHome();
    const cases: [string, string][] = [
      ['EACCES', 'permission denied'],
      ['EPERM', 'permission denied'],
      ['ENOENT', 'cannot create the file there'],
      ['ENOTDIR', 'cannot create the file there'],
      ['ENOSPC', 'no space left on the disk'],
    ];
    for (const [code, problem] of cases) {
      failWith = Object.assign(new Error(`${code}: no space left on device`), { code });
      expect(refusal(join(dir, 'report.md')), code).toBe(problem);
    }
    failWith = null;
  });

  it('replaces JSON that is not a decision log: another format, a list, a string, null', () => {
    const dir = tempHome();
    const out = join(dir, 'report.json');
    for (const text of ['{"format":"mandate-report","decisions":[]}', '["mandate-log"]', '"mandate-log"', 'null']) {
      writeFileSync(out, text);
      expect(refusal(out), text).toBe('written');
      expect(readFileSync(out, 'utf8')).toBe('the report\n');
    }
  });

  it('refuses a decision log whose keys were sorted or that starts with blank lines', () => {
    const dir = tempHome();
    const log = finishedLog() as unknown as Record<string, unknown>;
    const sorted = Object.fromEntries(
      Object.keys(log)
        .sort()
        .map((k) => [k, log[k]]),
    );
    const out = writeJson(dir, 'sorted.json', `\n\n${JSON.stringify(sorted)}`);
    expect(refusal(out)).toBe('is a decision log; choose another file for --out');
    expect(readFileSync(out, 'utf8')).toBe(`\n\n${JSON.stringify(sorted)}`);
  });

  it('replaces a file too large to be a log, even one that reads as a log', () => {
    const dir = tempHome();
    const text = JSON.stringify(finishedLog());
    const out = writeJson(dir, 'huge.json', text + ' '.repeat(MAX_LOG_BYTES + 1 - text.length));
    expect(refusal(out)).toBe('written');
    expect(readFileSync(out, 'utf8')).toBe('the report\n');
  });

  it('refuses a device (anything but a regular file or a folder)', () => {
    expect(refusal('/dev/null')).toBe('is not a regular file (a device, a FIFO or a socket); --out needs a file name');
  });

  it('refuses the one of several logs being read that it names', () => {
    const dir = tempHome();
    const a = writeJson(dir, 'a.json', finishedLog());
    const b = writeJson(dir, 'b.json', finishedLog('nato'));
    expect(refusal(b, [a, b])).toBe('is one of the logs being read; choose another file for --out');
  });

  it('passes on what the atomic write refused, as the file named by --out', () => {
    const out = join(tempHome(), 'report.md');
    failWith = new StorageError(`${out}.tmp`, 'is not a regular file (a device, a FIFO or a socket); choose a file');
    expect(refusal(out)).toBe('is not a regular file (a device, a FIFO or a socket); choose a file');
    failWith = null;
  });
});

describe('writeOutputFilePieces', () => {
  it('writes the pieces in order, whole, in place of a file that is not a log', () => {
    const dir = tempHome();
    const out = join(dir, 'class.json');
    writeFileSync(out, 'an older report');
    writeOutputFilePieces(out, ['{"games":[', '1,', '2', ']}\n'], []);
    expect(readFileSync(out, 'utf8')).toBe('{"games":[1,2]}\n');
    expect(readdirSync(dir)).toEqual(['class.json']);
  });

  it('refuses a log being read before taking a single piece', () => {
    const dir = tempHome();
    const log = writeJson(dir, 'log.json', finishedLog());
    const text = readFileSync(log, 'utf8');
    let taken = 0;
    function* pieces() {
      taken++;
      yield 'x';
    }
    const write = () => writeOutputFilePieces(log, pieces(), [log]);
    expect(refusal(log, [log], write)).toBe('is one of the logs being read; choose another file for --out');
    expect(taken).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(text);
  });

  it('leaves the file as it was, and no temporary file, when making the pieces fails', () => {
    const dir = tempHome();
    const out = join(dir, 'class.json');
    writeFileSync(out, 'an older report');
    function* pieces() {
      yield '{"games":[';
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    expect(refusal(out, [], () => writeOutputFilePieces(out, pieces(), []))).toBe('no space left on the disk');
    expect(readFileSync(out, 'utf8')).toBe('an older report');
    expect(readdirSync(dir)).toEqual(['class.json']);
  });
});

describe('openOutputStream', () => {
  it('opens a stream whose commit puts the file in place', () => {
    const out = join(tempHome(), 'export.csv');
    const stream = openOutputStream(out, []);
    stream.write('a,b\r\n');
    stream.commit();
    expect(readFileSync(out, 'utf8')).toBe('a,b\r\n');
  });

  it('says why it cannot open: a file where a folder should be', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'file'), '');
    const out = join(dir, 'file', 'sub', 'export.csv');
    expect(refusal(out, [], () => openOutputStream(out, []))).toBe('cannot create the file there');
  });
});

describe('outputError', () => {
  it('keeps a refusal as it is, names --out for a storage error, and gives any other error in words', () => {
    const refused = new OutputRefusedError('a.md', 'is a folder; --out needs a file name');
    expect(outputError('b.md', refused)).toBe(refused);
    const fromStorage = outputError('b.md', new StorageError('b.md.tmp', 'is a folder, not a file'));
    expect(fromStorage).toBeInstanceOf(OutputRefusedError);
    expect(fromStorage.message).toBe('b.md: is a folder, not a file');
    expect(outputError('b.md', new Error('the writer broke')).message).toBe('b.md: the writer broke');
  });
});

describe('prepareOutputFolder', () => {
  function why(folder: string, logs: string[] = []): string {
    try {
      prepareOutputFolder(folder, logs);
    } catch (e) {
      expect(e).toBeInstanceOf(OutputRefusedError);
      expect(e).toMatchObject({ file: folder });
      return (e as { problem: string }).problem;
    }
    return 'accepted';
  }

  it('accepts a folder that exists or is yet to be made, and makes nothing', () => {
    const dir = tempHome();
    mkdirSync(join(dir, 'debriefs'));
    expect(why(join(dir, 'debriefs'))).toBe('accepted');
    expect(why(join(dir, 'new', 'debriefs'))).toBe('accepted');
    prepareOutputFolder(join(dir, 'other'));
    expect(readdirSync(dir)).toEqual(['debriefs']);
  });

  it('refuses a file', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'debriefs'), '');
    expect(why(join(dir, 'debriefs'))).toBe('is a file; --out needs a folder for a folder of logs');
  });

  it('refuses the logs folder and any folder inside it, also through a link, but not a folder beside it', () => {
    const dir = tempHome();
    const logs = join(dir, 'logs');
    mkdirSync(join(logs, 'inside'), { recursive: true });
    symlinkSync(join(logs, 'inside'), join(dir, 'link'));
    const inside = (d: string) =>
      `is inside the logs folder ${d}: the next report would read JSON debriefs there as logs; choose a folder outside it`;
    expect(why(logs, [logs])).toBe(inside(logs));
    expect(why(join(logs, 'inside'), [join(dir, 'other'), logs])).toBe(inside(logs));
    expect(why(join(logs, 'new', 'deeper'), [logs])).toBe(inside(logs));
    expect(why(join(dir, 'link'), [`${logs}/`])).toBe(inside(`${logs}/`));
    expect(why(join(dir, 'logs-debriefs'), [logs])).toBe('accepted');
    expect(why(dir, [logs])).toBe('accepted');
  });
});

describe('isFolder and existsAsNonFile', () => {
  it('tell a folder, a device, a file and nothing apart', () => {
    const dir = tempHome();
    const file = join(dir, 'report.md');
    writeFileSync(file, '');
    const missing = join(dir, 'missing');
    expect([dir, '/dev/null', file, missing].map(isFolder)).toEqual([true, false, false, false]);
    expect([dir, '/dev/null', file, missing].map(existsAsNonFile)).toEqual([true, true, false, false]);
  });
});
