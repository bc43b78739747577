/**
 * Each table's rows from the archive: the summaries the build holds, or, for the tables that need
 * them, each whole record read one at a time as the files are written (src/site/open-data/files.ts).
 */
import { fullRecordSync, type Archive } from '../archive.ts';
import type { Entry } from '../archive-data.ts';
import { absolute, urls } from '../urls.ts';
import { currentPageCache } from '../page-cache.ts';
import { digestOf, PageReads } from '../../model/page-reads.ts';
import { turnEvery } from '../../model/event-loop.ts';
import {
  agendaItemRows,
  attendanceRows,
  committeeRow,
  councilRow,
  meetingRow,
  personRow,
  recommendationRow,
  recommendationUpdateRows,
  reportRow,
  resolutionRows,
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

/** Tables made in one pass over the same records: each step gives one batch of rows per table, in `tables` order. */
export interface TableGroup {
  tables: string[];
  steps: AsyncIterable<Row[][]> | Iterable<Row[][]>;
}

/** A summary list in slices of `size`, each slice's rows for every table of a group. */
function* slices<T>(items: T[], toRows: ((item: T) => Row[])[], size = 500): Generator<Row[][]> {
  for (let start = 0; start < items.length; start += size) {
    const slice = items.slice(start, start + size);
    yield toRows.map((rows) => slice.flatMap(rows));
  }
}

/** Rows read nothing but their record (their inputs): there is no read to check. */
const NO_READS = { holds: () => true };

/**
 * Each entry's rows, made by `rows` from its whole record (fullRecordSync: the loader's copy, else
 * its file), in order: the previous build's rows when the entry is the same (src/site/page-cache.ts
 * keeps them beside the pages), so that a rebuild reads only the records that changed. Records are
 * read synchronously, the event loop getting a turn every few (src/model/event-loop.ts).
 */
async function* fileRows<T>(collection: string, entries: Entry<T>[], rows: (entry: Entry<T>) => Row[][]): AsyncGenerator<Row[][]> {
  const cache = currentPageCache();
  for (const [index, entry] of entries.entries()) {
    await turnEvery(index);
    // The entry holds its file's digest; the rows depend on nothing else but the code and the site's address.
    const address = `/(rows)/${collection}/${entry.id}`;
    const inputs = cache === undefined ? '' : digestOf(entry);
    const kept = cache?.reuse('rows', address, inputs, NO_READS) ?? null;
    if (kept !== null) {
      yield JSON.parse(kept.body.toString('utf8')) as Row[][];
      continue;
    }
    const made = rows(entry);
    cache?.keep('rows', address, inputs, new PageReads(), 'application/json', Buffer.from(JSON.stringify(made)));
    yield made;
  }
}

/** Each meeting's resolutions, from its whole record (the summaries leave them out). */
function resolutions(archive: Archive, links: RowLinks): AsyncGenerator<Row[][]> {
  return fileRows('meetings', archive.meetings, (entry) => [resolutionRows(entry.id, fullRecordSync('meetings', entry).data, links)]);
}

/** Each recommendation and its updates, from its whole record (the summaries leave the updates out): one read for both tables. */
function recommendations(archive: Archive, links: RowLinks): AsyncGenerator<Row[][]> {
  return fileRows('recommendations', archive.recommendations, (entry) => {
    const { data } = fullRecordSync('recommendations', entry);
    return [[recommendationRow(entry.id, data, links)], recommendationUpdateRows(entry.id, data)];
  });
}

/**
 * Every table, grouped by the records its rows come from, so that the build reads each record
 * file once for all the tables (and both formats) it feeds. Nothing is read until a group's steps are.
 */
export function tableGroups(archive: Archive, site: URL | undefined): TableGroup[] {
  const links = rowLinks(site);
  const records = new Map(archive.councils.map((c) => [c.id, c.data]));
  return [
    {
      tables: ['councils'],
      steps: slices(archive.councilList, [(c) => [councilRow({ ...c, licence: records.get(c.id)?.licence ?? null }, links)]]),
    },
    { tables: ['committees'], steps: slices(archive.committeeList, [(c) => [committeeRow(c, links)]]) },
    {
      tables: ['meetings', 'agenda_items', 'attendance'],
      steps: slices(archive.meetings, [
        (m) => [meetingRow(m, links)],
        (m) => agendaItemRows(m, links),
        (m) => attendanceRows(m, archive.personSlug),
      ]),
    },
    { tables: ['resolutions'], steps: resolutions(archive, links) },
    { tables: ['reports'], steps: slices(archive.reports, [(r) => [reportRow(r, links)]]) },
    { tables: ['recommendations', 'recommendation_updates'], steps: recommendations(archive, links) },
    { tables: ['people'], steps: slices(archive.persons, [(p) => [personRow(p, links)]]) },
  ];
}

/** The rows of table `name` alone (the dev server's endpoints). */
export async function* tableRows(name: string, archive: Archive, site: URL | undefined): AsyncGenerator<Row[]> {
  const group = tableGroups(archive, site).find((g) => g.tables.includes(name));
  if (group === undefined) throw new Error(`no open data table ${name}`);
  const index = group.tables.indexOf(name);
  for await (const step of group.steps) yield step[index] ?? [];
}
