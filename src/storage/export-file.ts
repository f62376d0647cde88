/**
 * Writing the research export (`mandate export`) as Parquet (hyparquet-writer) or CSV
 * (csv-stringify), a batch of rows at a time, so that memory holds one row group, not the
 * whole data set. The file is made atomically (atomic-stream.ts) and, like a report, never
 * over a decision log or one of the logs being read (report-output.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { ByteWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { ColumnType, ExportColumn, ExportRow } from '../engine/export/decision-rows.js';
import type { AtomicFileStream } from './atomic-stream.js';
import { openOutputStream, outputError } from './report-output.js';

export const EXPORT_FORMATS = ['parquet', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows per Parquet row group: large enough for good compression, small enough to hold in memory. */
export const ROW_GROUP_ROWS = 50_000;

export interface ExportFile {
  /** Adds rows, in order. */
  add(rows: readonly ExportRow[]): void;
  /** Writes what is left and puts the file in place. */
  finish(): void;
  /** Gives up: nothing is left at `--out` that was not there before. */
  abort(): void;
}

/** Parquet's type for each of the table's. */
const PARQUET_TYPE: Record<ColumnType, 'STRING' | 'INT32' | 'JSON'> = { string: 'STRING', int: 'INT32', json: 'JSON' };

/** A hyparquet-writer Writer that hands its bytes to the stream whenever a megabyte has gathered. */
function streamWriter(stream: AtomicFileStream): ByteWriter {
  const writer = new ByteWriter();
  const chunk = 1 << 20;
  const flush = () => {
    stream.write(new Uint8Array(writer.buffer, 0, writer.index));
    writer.index = 0;
  };
  const grow = writer.ensure.bind(writer);
  writer.ensure = (size: number) => {
    if (writer.index > chunk) flush();
    grow(size);
  };
  writer.finish = flush;
  return writer;
}

/** What each format does with the rows; openExportFile adds the file's commit and clean-up. */
type FormatWriter = Pick<ExportFile, 'add' | 'finish'>;

function parquetFile(stream: AtomicFileStream, columns: readonly ExportColumn[]): FormatWriter {
  const columnData = (data: ExportRow[number][][]) =>
    columns.map((c, i) => ({ name: c.name, type: PARQUET_TYPE[c.type], nullable: c.nullable, data: data[i]! }));
  const schema = schemaFromColumnData({ columnData: columnData(columns.map(() => [])) });
  const parquet = new ParquetWriter({ writer: streamWriter(stream), schema, createdBy: 'mandate export' });
  let pending: ExportRow[] = [];
  const writeGroup = () => {
    if (pending.length === 0) return;
    const data = columns.map((_, i) => pending.map((r) => r[i] ?? null));
    parquet.write({ columnData: columnData(data), rowGroupSize: pending.length });
    pending = [];
  };
  return {
    add(rows) {
      for (const r of rows) {
        pending.push(r);
        if (pending.length >= ROW_GROUP_ROWS) writeGroup();
      }
    },
    finish() {
      writeGroup();
      parquet.finish();
    },
  };
}

function csvFile(stream: AtomicFileStream, columns: readonly ExportColumn[]): FormatWriter {
  // RFC 4180 as the report's CSV writes it: CRLF, quoted only where needed; null is an empty field.
  const options = { record_delimiter: 'windows' as const, cast: { number: (n: number) => String(n) } };
  stream.write(stringify([columns.map((c) => c.name)], options));
  const json = columns.map((c) => c.type === 'json');
  const cells = (r: ExportRow) => r.map((v, i) => (json[i] && v !== null ? JSON.stringify(v) : v));
  return {
    add(rows) {
      if (rows.length > 0) stream.write(stringify(rows.map(cells), options));
    },
    finish() {},
  };
}

/**
 * Opens `out` for the export. Throws OutputRefusedError (one line for the user) when `out` is
 * one of `inputs`, a folder, a device or a decision log, or cannot be created.
 */
export function openExportFile(
  out: string,
  format: ExportFormat,
  columns: readonly ExportColumn[],
  inputs: readonly string[],
): ExportFile {
  const stream = openOutputStream(out, inputs);
  let file: FormatWriter;
  try {
    file = format === 'parquet' ? parquetFile(stream, columns) : csvFile(stream, columns);
  } catch (e) {
    stream.abort();
    throw outputError(out, e);
  }
  const guard =
    <A extends unknown[]>(step: (...a: A) => void) =>
    (...a: A) => {
      try {
        step(...a);
      } catch (e) {
        stream.abort();
        throw outputError(out, e);
      }
    };
  return {
    add: guard(file.add),
    finish: guard(() => {
      file.finish();
      stream.commit();
    }),
    abort: () => stream.abort(),
  };
}
