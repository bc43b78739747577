/**
 * Tables written as text: CSV (UTF-8, a header row, by csv-stringify) and JSON (an array of row
 * objects; a column of several values is a list there, one cell joined in the CSV). An encoder turns one batch of rows at a time into text, so a table of an archive of
 * 100,000 meetings is never built whole before it is written: the build writes the files with
 * src/site/open-data/files.ts, the dev server serves them from the endpoints as streams.
 */
import { stringify } from 'csv-stringify/sync';
import type { Table } from './table-columns.ts';
import type { Row } from './rows.ts';

/** Rows in batches (one record's rows, or a slice of a summary list). */
export type RowSource = AsyncIterable<Row[]> | Iterable<Row[]>;

export type Format = 'csv' | 'json';

/** Every format, in the order the build writes a table's files and keeps a record's text in. */
export const FORMATS: readonly Format[] = ['csv', 'json'];

/** A table's text in pieces: what comes before the rows, each batch of rows, and the end. */
export interface TableEncoder {
  start(): string;
  /**
   * A batch of rows as text on its own, the same wherever the batch goes in the table (the build
   * keeps each record's, src/site/open-data/sources.ts); empty for no rows.
   */
  encode(batch: Row[]): string;
  /** What goes before a batch's text (not empty) after the batches before it. */
  separator(): string;
  end(): string;
}

/** The text of a batch of rows after the batches before it. */
export function rowsText(encoder: TableEncoder, batch: Row[]): string {
  const text = encoder.encode(batch);
  return text === '' ? '' : encoder.separator() + text;
}

/** Between the values of a list in one CSV cell; the JSON file keeps the list, so a value holding it stays one there. */
export const CSV_LIST_SEPARATOR = '; ';

/** A cell as CSV holds it: empty for null, `true`/`false`, numbers as written, a list's values joined. */
function cell(value: Row[string]): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : String(value);
}

/** CSV: a header row, then one line per row. */
export function csvEncoder(table: Table): TableEncoder {
  const names = table.columns.map((column) => column.name);
  return {
    start: () => stringify([names]),
    encode: (batch) => (batch.length === 0 ? '' : stringify(batch.map((row) => names.map((name) => cell(row[name] ?? null))))),
    separator: () => '',
    end: () => '',
  };
}

/** JSON: an array of objects with the table's columns, in order, one row a line (as JSON.stringify writes each). */
export function jsonEncoder(table: Table): TableEncoder {
  const keys = table.columns.map((column) => ({ name: column.name, key: `${JSON.stringify(column.name)}:` }));
  let first = true;
  return {
    start: () => '[',
    encode: (batch) =>
      batch.map((row) => `{${keys.map(({ name, key }) => key + JSON.stringify(row[name] ?? null)).join(',')}}`).join(',\n'),
    separator: () => {
      const separator = first ? '\n' : ',\n';
      first = false;
      return separator;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** A new encoder of `table` in `format`. */
export function encoder(table: Table, format: Format): TableEncoder {
  return format === 'csv' ? csvEncoder(table) : jsonEncoder(table);
}

/** A table's text in `format`, as chunks. */
async function* chunks(table: Table, format: Format, rows: RowSource): AsyncGenerator<string> {
  const encode = encoder(table, format);
  yield encode.start();
  for await (const batch of rows) {
    const text = rowsText(encode, batch);
    if (text !== '') yield text;
  }
  yield encode.end();
}

/** The CSV text of a table's header and rows, as chunks. */
export function csvChunks(table: Table, rows: RowSource): AsyncGenerator<string> {
  return chunks(table, 'csv', rows);
}

/** The JSON text of a table (an array of objects with the table's columns, in order), as chunks. */
export function jsonChunks(table: Table, rows: RowSource): AsyncGenerator<string> {
  return chunks(table, 'json', rows);
}

function stream(text: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = text[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** The content type of a format. */
export function contentType(format: Format): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
}

/** A streamed response of a table in CSV or JSON (the dev server's; the build writes the files). */
export function tableResponse(table: Table, format: Format, rows: RowSource): Response {
  return new Response(stream(chunks(table, format, rows)), { headers: { 'content-type': contentType(format) } });
}
