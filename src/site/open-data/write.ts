/**
 * Tables written as files: CSV (UTF-8, a header row, by csv-stringify) and JSON (an array of row
 * objects), each as a stream that pulls one batch of rows at a time from an async source, so a
 * table of an archive of 100,000 meetings is never built whole before it is written.
 */
import { stringify } from 'csv-stringify/sync';
import type { Table } from './tables.ts';
import type { Row } from './rows.ts';

/** Rows in batches (one record's rows, or a slice of a summary list). */
export type RowSource = AsyncIterable<Row[]> | Iterable<Row[]>;

function stream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** A cell as CSV holds it: empty for null, `true`/`false`, numbers as written. */
function cell(value: Row[string]): string {
  return value === null ? '' : String(value);
}

/** The CSV text of a table's header and rows, as chunks. */
export async function* csvChunks(table: Table, rows: RowSource): AsyncGenerator<string> {
  const names = table.columns.map((column) => column.name);
  yield stringify([names]);
  for await (const batch of rows) {
    if (batch.length > 0) yield stringify(batch.map((row) => names.map((name) => cell(row[name] ?? null))));
  }
}

/** The JSON text of a table (an array of objects with the table's columns, in order), as chunks. */
export async function* jsonChunks(table: Table, rows: RowSource): AsyncGenerator<string> {
  const names = table.columns.map((column) => column.name);
  let first = true;
  yield '[';
  for await (const batch of rows) {
    for (const row of batch) {
      const ordered = Object.fromEntries(names.map((name) => [name, row[name] ?? null]));
      yield `${first ? '\n' : ',\n'}${JSON.stringify(ordered)}`;
      first = false;
    }
  }
  yield first ? ']\n' : '\n]\n';
}

/** A streamed response of a table in CSV or JSON. */
export function tableResponse(table: Table, format: 'csv' | 'json', rows: RowSource): Response {
  const body = stream(format === 'csv' ? csvChunks(table, rows) : jsonChunks(table, rows));
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(body, { headers: { 'content-type': type } });
}

/** A list in batches of `size`, for tables made from summaries. */
export function* batches<T>(items: T[], toRows: (item: T) => Row[], size = 500): Generator<Row[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size).flatMap(toRows);
}
