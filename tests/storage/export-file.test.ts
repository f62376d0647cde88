/**
 * The research export's file (src/storage/export-file.ts), written in process and read back by
 * readers that are not the writers (hyparquet for Parquet; the exact bytes for CSV): the columns
 * with their types and whether they may be empty, the rows in order, Parquet row groups of
 * ROW_GROUP_ROWS rows handed to the disk a megabyte or more at a time (memory holds one group,
 * not the data set), CSV as RFC 4180 with CRLF. A failure at any step leaves `--out` as it was,
 * with no temporary file, and is one line for the user. tests/export/export.test.ts checks the
 * command end to end on a class's logs; it spawns the CLI, which a change to src/ never reaches.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportColumn, ExportRow } from '../../src/engine/export/decision-rows.js';
import { AtomicFileStream } from '../../src/storage/atomic-stream.js';
import { EXPORT_FORMATS, type ExportFormat, openExportFile, ROW_GROUP_ROWS } from '../../src/storage/export-file.js';
import { OutputRefusedError } from '../../src/storage/report-output.js';
import { tempHome } from '../helpers/cli.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const COLUMNS: ExportColumn[] = [
  { name: 'game_id', type: 'string', nullable: false },
  { name: 'step', type: 'int', nullable: false },
  { name: 'player', type: 'string', nullable: true },
  { name: 'effects', type: 'json', nullable: true },
];

const ROWS: ExportRow[] = [
  ['g1', 1, 'Ann "Annie" Lee, 9B', [{ kind: 'meter', target: 'capital', delta: -2 }]],
  ['g1', 2, null, null],
  // Text that looks like JSON in a text column stays text; an empty list is still a list.
  ['[1]', -3, '"quoted"', []],
  // A row that ends early: the cells left out are empty.
  ['g2', 4],
];

function bytesOf(file: string): ArrayBuffer {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
}

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: staged, ${syscall}`), { code, syscall });
}

/** The error `step` throws: an OutputRefusedError, as one line naming `out`. */
function refusal(out: string, step: () => void): string {
  try {
    step();
  } catch (e) {
    expect(e).toBeInstanceOf(OutputRefusedError);
    expect(e).toMatchObject({ name: 'OutputRefusedError', file: out });
    return (e as Error).message;
  }
  throw new Error('no refusal');
}

describe('the formats', () => {
  it('are Parquet and CSV, in that order', () => {
    expect(EXPORT_FORMATS).toEqual(['parquet', 'csv']);
  });
});

describe('CSV', () => {
  it('writes a header of the column names, then the rows: CRLF, quoted where needed, null empty, JSON as text', () => {
    const out = join(tempHome(), 'export.csv');
    const file = openExportFile(out, 'csv', COLUMNS, []);
    file.add(ROWS.slice(0, 2));
    file.add([]);
    file.add(ROWS.slice(2));
    file.finish();
    expect(readFileSync(out, 'utf8')).toBe(
      'game_id,step,player,effects\r\n' +
        'g1,1,"Ann ""Annie"" Lee, 9B","[{""kind"":""meter"",""target"":""capital"",""delta"":-2}]"\r\n' +
        'g1,2,,\r\n' +
        '[1],-3,"""quoted""",[]\r\n' +
        'g2,4\r\n',
    );
    expect(readdirSync(join(out, '..'))).toEqual(['export.csv']);
  });

  it('writes the header alone when there are no rows', () => {
    const out = join(tempHome(), 'export.csv');
    const file = openExportFile(out, 'csv', COLUMNS, []);
    file.finish();
    expect(readFileSync(out, 'utf8')).toBe('game_id,step,player,effects\r\n');
  });
});

describe('Parquet', () => {
  it('writes each column with its type and whether it may be empty, and the rows as given', async () => {
    const out = join(tempHome(), 'export.parquet');
    const file = openExportFile(out, 'parquet', COLUMNS, []);
    file.add(ROWS.slice(0, 1));
    file.add(ROWS.slice(1));
    file.finish();
    const meta = parquetMetadata(bytesOf(out));
    expect(meta.created_by).toBe('mandate export');
    expect(meta.schema.slice(1).map((s) => [s.name, s.type, s.converted_type ?? null, s.repetition_type])).toEqual([
      ['game_id', 'BYTE_ARRAY', 'UTF8', 'REQUIRED'],
      ['step', 'INT32', null, 'REQUIRED'],
      ['player', 'BYTE_ARRAY', 'UTF8', 'OPTIONAL'],
      ['effects', 'BYTE_ARRAY', 'JSON', 'OPTIONAL'],
    ]);
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([4]);
    expect(await parquetReadObjects({ file: bytesOf(out) })).toEqual([
      {
        game_id: 'g1',
        step: 1,
        player: 'Ann "Annie" Lee, 9B',
        effects: [{ kind: 'meter', target: 'capital', delta: -2 }],
      },
      { game_id: 'g1', step: 2, player: null, effects: null },
      { game_id: '[1]', step: -3, player: '"quoted"', effects: [] },
      { game_id: 'g2', step: 4, player: null, effects: null },
    ]);
    expect(readdirSync(join(out, '..'))).toEqual(['export.parquet']);
  });

  it('writes a valid file of no rows, with no row group', async () => {
    const out = join(tempHome(), 'export.parquet');
    const file = openExportFile(out, 'parquet', COLUMNS, []);
    file.add([]);
    file.finish();
    const meta = parquetMetadata(bytesOf(out));
    expect(meta.row_groups).toEqual([]);
    expect(Number(meta.num_rows)).toBe(0);
    expect(await parquetReadObjects({ file: bytesOf(out) })).toEqual([]);
  });

  it('makes a row group of every ROW_GROUP_ROWS rows and hands the bytes over a megabyte or more at a time', async () => {
    const columns: ExportColumn[] = [
      { name: 'id', type: 'string', nullable: false },
      { name: 'n', type: 'int', nullable: false },
    ];
    // Text that does not compress (a xorshift stream in hex): over two megabytes in the first group.
    let x = 2463534242;
    const word = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0).toString(16).padStart(8, '0');
    };
    const rows: ExportRow[] = Array.from({ length: ROW_GROUP_ROWS + 3 }, (_, i) => [
      word() + word() + word() + word() + word(),
      i,
    ]);
    const writes: number[] = [];
    const write = AtomicFileStream.prototype.write;
    vi.spyOn(AtomicFileStream.prototype, 'write').mockImplementation(function (this: AtomicFileStream, data) {
      writes.push(data.length);
      write.call(this, data);
    });
    const out = join(tempHome(), 'export.parquet');
    const file = openExportFile(out, 'parquet', columns, []);
    file.add(rows);
    // The first group is full: its bytes have begun to reach the disk before the end.
    const beforeFinish = writes.length;
    expect(beforeFinish).toBeGreaterThan(0);
    file.finish();
    expect(writes.length).toBeGreaterThan(beforeFinish);
    for (const n of writes.slice(0, -1)) expect(n).toBeGreaterThan(1 << 20);

    const meta = parquetMetadata(bytesOf(out));
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([ROW_GROUP_ROWS, 3]);
    const read = (await parquetReadObjects({ file: bytesOf(out), columns: ['n'] })) as { n: number }[];
    expect(read.length).toBe(rows.length);
    expect(read.every((r, i) => r.n === i)).toBe(true);
    const tail = await parquetReadObjects({ file: bytesOf(out), rowStart: ROW_GROUP_ROWS - 1 });
    expect(tail).toEqual(rows.slice(ROW_GROUP_ROWS - 1).map(([id, n]) => ({ id, n })));
  });
});

describe('a failure', () => {
  const FORMATS: ExportFormat[] = ['parquet', 'csv'];

  it('refuses one of the logs being read before writing anything', () => {
    const dir = tempHome();
    const log = join(dir, 'log.json');
    writeFileSync(log, '{}');
    for (const format of FORMATS) {
      expect(refusal(log, () => openExportFile(log, format, COLUMNS, [log]))).toBe(
        `${log}: is one of the logs being read; choose another file for --out`,
      );
    }
    expect(readdirSync(dir)).toEqual(['log.json']);
    expect(readFileSync(log, 'utf8')).toBe('{}');
  });

  it('on opening (the header cannot be written) leaves the file as it was and says why', () => {
    const dir = tempHome();
    const out = join(dir, 'export.csv');
    writeFileSync(out, 'the old export');
    vi.spyOn(AtomicFileStream.prototype, 'write').mockImplementation(() => {
      throw errno('ENOSPC', 'write');
    });
    expect(refusal(out, () => openExportFile(out, 'csv', COLUMNS, []))).toBe(`${out}: no space left on the disk`);
    expect(readdirSync(dir)).toEqual(['export.csv']);
    expect(readFileSync(out, 'utf8')).toBe('the old export');
  });

  it('while adding rows leaves the file as it was and says why', () => {
    const dir = tempHome();
    const out = join(dir, 'export.csv');
    writeFileSync(out, 'the old export');
    const file = openExportFile(out, 'csv', COLUMNS, []);
    vi.spyOn(AtomicFileStream.prototype, 'write').mockImplementation(() => {
      throw errno('EIO', 'write');
    });
    expect(refusal(out, () => file.add(ROWS))).toBe(`${out}: input/output error`);
    expect(readdirSync(dir)).toEqual(['export.csv']);
    expect(readFileSync(out, 'utf8')).toBe('the old export');
  });

  it('when finishing leaves what is in the way as it was and says why', () => {
    for (const format of FORMATS) {
      const dir = tempHome();
      const out = join(dir, `export.${format}`);
      const file = openExportFile(out, format, COLUMNS, []);
      file.add(ROWS);
      // A folder put where the file goes after it was opened: the rename fails.
      mkdirSync(out);
      expect(
        refusal(out, () => file.finish()),
        format,
      ).toBe(`${out}: is a folder`);
      expect(readdirSync(dir)).toEqual([`export.${format}`]);
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('on abort leaves the file as it was, with no temporary file', () => {
    for (const format of FORMATS) {
      const dir = tempHome();
      const out = join(dir, `export.${format}`);
      writeFileSync(out, 'the old export');
      const file = openExportFile(out, format, COLUMNS, []);
      file.add(ROWS);
      file.abort();
      expect(readdirSync(dir), format).toEqual([`export.${format}`]);
      expect(readFileSync(out, 'utf8')).toBe('the old export');
    }
  });
});
