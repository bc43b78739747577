/**
 * Each table's rows from the archive: from the summaries the build holds, or, for the tables that
 * need them, each whole record read one at a time as the files are written
 * (src/site/open-data/files.ts); and, for the build, each record's rows as text, kept for the next
 * build with what they read, so that a rebuild after an import encodes only the new meeting's.
 */
import { fullRecordSync, type Archive } from '../archive.ts';
import type { Entry } from '../archive-data.ts';
import { absolute, urls } from '../urls.ts';
import { currentPageCache, type ReadsNow } from '../page-cache.ts';
import { encoder, FORMATS } from './write.ts';
import { table } from './tables.ts';
import { digestOf, PageReads, readingPage } from '../../model/page-reads.ts';
import { turnEvery } from '../../model/event-loop.ts';
import {
  agendaItemRows,
  attendanceRows,
  movementRows,
  committeeRow,
  councilRow,
  meetingRow,
  personRow,
  recommendationRow,
  recommendationUpdateRows,
  reportRow,
  resolutionRows,
  voteRows,
  memberVoteRows,
  motionRows,
  type Row,
  type RowLinks,
} from './rows.ts';

/** Absolute page addresses on the site's address. */
export function rowLinks(site: URL | undefined): RowLinks {
  return {
    council: (id) => absolute(urls.council(id), site),
    committee: (id) => absolute(urls.committee(id), site),
    meeting: (id) => absolute(urls.meeting(id), site),
    report: (id) => absolute(urls.report(id), site),
    recommendation: (id) => absolute(urls.recommendation(id), site),
    person: (slug) => absolute(urls.person(slug), site),
  };
}

/**
 * Rows made together: a slice of a summary list, or one record, giving one batch of rows per table
 * of its group. A record's (`kept`) are kept as text by the build for the next one.
 */
export interface RowUnit {
  /** For one record: where the page cache keeps its tables' text, and its entry, which the rows are made from. */
  kept?: { address: string; entry: object };
  /** Its rows, one batch per table of the group, in `tables` order. */
  rows(): Row[][];
}

/** Tables made in one pass over the same records: each unit gives one batch of rows per table, in `tables` order. */
export interface TableGroup {
  tables: string[];
  units: Iterable<RowUnit>;
}

/** A summary list in slices of `size`, each slice's rows for every table of a group. */
function* slices<T>(items: T[], toRows: ((item: T) => Row[])[], size = 500): Generator<RowUnit> {
  for (let start = 0; start < items.length; start += size) {
    const slice = items.slice(start, start + size);
    yield { rows: () => toRows.map((rows) => slice.flatMap(rows)) };
  }
}

/** Each entry of `collection` as a unit of its own, its rows made by `rows`. */
function* eachRecord<T>(collection: string, entries: Entry<T>[], rows: (entry: Entry<T>) => Row[][]): Generator<RowUnit> {
  for (const entry of entries) yield { kept: { address: `/(rows)/${collection}/${entry.id}`, entry }, rows: () => rows(entry) };
}

/** A unit's tables as UTF-8 text (TableEncoder.encode), per table one piece per format, in FORMATS order. */
export type UnitText = Buffer[][];

/** A unit's text as the page cache keeps it: the number of pieces, each one's length (4 bytes each), then the pieces. */
function packText(text: UnitText): Buffer {
  const pieces = text.flat();
  const head = Buffer.alloc(4 * (pieces.length + 1));
  head.writeUInt32LE(pieces.length, 0);
  pieces.forEach((piece, at) => head.writeUInt32LE(piece.length, 4 * (at + 1)));
  return Buffer.concat([head, ...pieces]);
}

/** The text packText kept for `tables` tables, or null when the bytes are not that (a damaged cache is a miss). */
function unpackText(bytes: Buffer, tables: number): UnitText | null {
  const count = bytes.length >= 4 ? bytes.readUInt32LE(0) : -1;
  if (count !== FORMATS.length * tables || bytes.length < 4 * (count + 1)) return null;
  const text: UnitText = [];
  let at = 4 * (count + 1);
  for (let piece = 0; piece < count; piece += 1) {
    const length = bytes.readUInt32LE(4 * (piece + 1));
    if (piece % FORMATS.length === 0) text.push([]);
    text.at(-1)?.push(bytes.subarray(at, at + length));
    at += length;
  }
  return at === bytes.length ? text : null;
}

/**
 * Each unit's tables as text. A record's text is the previous build's when its entry is the same
 * and what its rows read of the archive (a person's address) gives the same (`check`;
 * src/site/page-cache.ts keeps them beside the pages), so that a rebuild encodes only the records
 * that changed, and reads no other record's file. Made synchronously, the event loop getting a
 * turn every few (src/model/event-loop.ts).
 */
export async function* unitTexts(group: TableGroup, check: ReadsNow | undefined): AsyncGenerator<UnitText> {
  const cache = check === undefined ? undefined : currentPageCache();
  const encoders = group.tables.map((name) => FORMATS.map((format) => encoder(table(name), format)));
  const encode = (rows: Row[][]): UnitText => encoders.map((perFormat, at) => perFormat.map((e) => Buffer.from(e.encode(rows[at] ?? []))));
  let index = 0;
  for (const unit of group.units) {
    await turnEvery(index++);
    if (cache === undefined || check === undefined || unit.kept === undefined) {
      yield encode(unit.rows());
      continue;
    }
    // The entry holds its file's digest; the rows depend on nothing else but its reads, the code and the site's address.
    const { address, entry } = unit.kept;
    const inputs = digestOf(entry);
    const tables = group.tables.length;
    const kept = cache.reuse('rows', address, inputs, check, (body) => unpackText(body, tables) !== null);
    const text = kept === null ? null : unpackText(kept.body.read(), tables);
    if (text !== null) {
      yield text;
      continue;
    }
    const reads = new PageReads();
    const made = await readingPage(reads, async () => encode(unit.rows()));
    cache.keep('rows', address, inputs, reads, 'application/octet-stream', packText(made));
    yield made;
  }
}

/**
 * Every table, grouped by the records its rows come from, so that the build reads each record
 * once for all the tables (and both formats) it feeds. Nothing is read until a group's units are;
 * a meeting's and a recommendation's rows are read from their whole record (fullRecordSync: the
 * loader's copy, else its file), as the summaries leave out resolutions, reasons and updates.
 */
export function tableGroups(archive: Archive, site: URL | undefined): TableGroup[] {
  const links = rowLinks(site);
  const records = new Map(archive.councils.map((c) => [c.id, c.data]));
  return [
    {
      tables: ['councils'],
      units: slices(archive.councilList, [(c) => [councilRow({ ...c, licence: records.get(c.id)?.licence ?? null }, links)]]),
    },
    { tables: ['committees'], units: slices(archive.committeeList, [(c) => [committeeRow(c, links)]]) },
    {
      tables: ['meetings', 'agenda_items', 'attendance', 'attendance_movements', 'resolutions', 'votes', 'motions', 'member_votes'],
      units: eachRecord('meetings', archive.meetings, (m) => {
        const { data } = fullRecordSync('meetings', m);
        return [
          [meetingRow(m, links)],
          agendaItemRows(m, data, links),
          attendanceRows(m, archive.personSlug),
          movementRows(m, archive.personSlug),
          resolutionRows(m.id, data, links),
          voteRows(m.id, data, links),
          motionRows(m.id, data, links),
          memberVoteRows(m.id, data, archive.personSlug),
        ];
      }),
    },
    { tables: ['reports'], units: slices(archive.reports, [(r) => [reportRow(r, links)]]) },
    {
      tables: ['recommendations', 'recommendation_updates'],
      units: eachRecord('recommendations', archive.recommendations, (entry) => {
        const { data } = fullRecordSync('recommendations', entry);
        return [[recommendationRow(entry.id, data, links)], recommendationUpdateRows(entry.id, data)];
      }),
    },
    { tables: ['people'], units: slices(archive.persons, [(p) => [personRow(p, links)]]) },
  ];
}

/** The rows of table `name` alone (the dev server's endpoints). */
export async function* tableRows(name: string, archive: Archive, site: URL | undefined): AsyncGenerator<Row[]> {
  const group = tableGroups(archive, site).find((g) => g.tables.includes(name));
  if (group === undefined) throw new Error(`no open data table ${name}`);
  const index = group.tables.indexOf(name);
  for (const unit of group.units) yield unit.rows()[index] ?? [];
}
