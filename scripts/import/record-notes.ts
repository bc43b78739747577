/**
 * Reads what a file's reading says of its records after they are parsed: a warning of what reading set aside, and a
 * Markdown page's front-matter date said to be the page's, not the record's. Apart from import-sources.ts because
 * these notes are added to records whatever their parser, once it has run.
 */
import { HEADER_DATE_NOTE, type ImportRecord } from './records.ts';

/** What `dateNote` says of a date taken from a Markdown page's front matter. */
const PAGE_DATE_NOTE =
  "Taken from the web page's front matter (its date:), which may be the day the page was published; the record's text states no date.";

/**
 * A record dated by its Markdown page's front matter (`pageDate`, the date parseSource was handed where a header's
 * stands) says so in its `dateNote` and a warning, never as the header's: a site's date is often the day it posted the
 * page. A record whose text states its own date, or whose date the command line gave, is left as it is.
 */
export function withPageDateNote(record: ImportRecord, pageDate: string): ImportRecord {
  const data = record.data as { date?: unknown; dateNote?: unknown };
  if (data.date !== pageDate || data.dateNote !== HEADER_DATE_NOTE) return record;
  const noted = { ...record, data: { ...record.data, dateNote: PAGE_DATE_NOTE } } as ImportRecord;
  return withWarning(
    noted,
    `the record's text states no date: ${pageDate} is the date the page's front matter gives, which may be the day it was published`,
  );
}

/** A record with one more warning, where its collection keeps warnings (a council or committee keeps none). */
export function withWarning(record: ImportRecord, warning: string): ImportRecord {
  if (!('warnings' in record.data) || record.data.warnings === undefined) return record;
  return { ...record, data: { ...record.data, warnings: [...record.data.warnings, warning] } } as ImportRecord;
}
