/**
 * Reads what a file's reading says of its records after they are parsed: a warning of what reading set aside, and a
 * Markdown page's front-matter date said to be the page's, not the record's. Apart from import-sources.ts because
 * these notes are added to records whatever their parser, once it has run.
 */
import { HEADER_DATE_NOTE, type ImportRecord } from './records.ts';

/** Where a page's date was taken from: a Markdown page's front matter, or a web page's title (`<title>`). */
export type PageDateSource = 'front matter' | 'title';

/** What `dateNote` says of a date taken from a page's front matter or title. */
const PAGE_DATE_NOTE: Record<PageDateSource, string> = {
  'front matter':
    "Taken from the web page's front matter (its date:), which may be the day the page was published; the record's text states no date.",
  title: "Taken from the web page's title (its <title>); the record's text states no date.",
};

/**
 * A record dated by its page's front matter or title (`pageDate`, the date parseSource was handed where a header's
 * stands) says so in its `dateNote` and a warning, never as the header's: a site's date is often the day it posted the
 * page. A record whose text states its own date, or whose date the command line gave, is left as it is.
 */
export function withPageDateNote(record: ImportRecord, pageDate: string, from: PageDateSource = 'front matter'): ImportRecord {
  const data = record.data as { date?: unknown; dateNote?: unknown };
  if (data.date !== pageDate || data.dateNote !== HEADER_DATE_NOTE) return record;
  const noted = { ...record, data: { ...record.data, dateNote: PAGE_DATE_NOTE[from] } } as ImportRecord;
  const which = from === 'title' ? "page's title" : "page's front matter";
  return withWarning(
    noted,
    `the record's text states no date: ${pageDate} is the date the ${which} gives, which may be the day it was published`,
  );
}

/** A record with one more warning, where its collection keeps warnings (a council or committee keeps none). */
export function withWarning(record: ImportRecord, warning: string): ImportRecord {
  if (!('warnings' in record.data) || record.data.warnings === undefined) return record;
  return { ...record, data: { ...record.data, warnings: [...record.data.warnings, warning] } } as ImportRecord;
}
