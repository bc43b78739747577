/**
 * What Pagefind should know about one record page besides its text: the filters it can be
 * found by, the metadata a result shows, and the keys results sort by.
 *
 * A field that does not apply to a record (a person has no committee) is `undefined` and
 * leaves no filter; a field the record does not state is `null` and files it under
 * "Not stated", so filter counts add up to the number of records. The council filter is the
 * one exception: a person is filed under every council whose records name them, so a search
 * within a council (and its own index, search-scopes.ts) finds the council's people.
 */
import { decodeHTMLAttribute } from 'entities';
import { formatDate } from '../../model/format.ts';
import { NOT_STATED, RECORD_TYPES, STATUS_LABELS, type SearchRecordType } from '../../search/facets.ts';
import { DATE_NOT_STATED } from '../../model/display-words.ts';
import { DATE_SORT_KEY } from '../../model/search-page-names.ts';
import { indexedBySearch } from '../../model/search-digest.ts';

export interface PagefindRecordInput {
  type: SearchRecordType;
  title: string;
  /** Council name. */
  council?: string | null | undefined;
  /**
   * A person's councils: the council of each record naming them (null where a record does not
   * state one, filed under "Not stated"). A person page has these instead of `council`.
   */
  councils?: readonly (string | null)[] | undefined;
  /** Committee name. */
  committee?: string | null | undefined;
  /** Date-only ISO string. */
  date?: string | null | undefined;
  /** Year filed under; taken from the date when not given. */
  year?: string | null | undefined;
  /** Recommendation status (schema's recommendationStatus). */
  status?: string | null | undefined;
  /** A recommendation's response in words ("Accepted", "No response recorded", "Response overdue"). */
  response?: string | null | undefined;
  /** A recommendation's implementation in words ("Implemented", "Not stated"). */
  implementation?: string | null | undefined;
}

export interface PagefindRecord {
  /** Each filter's value; the council filter of a person has several (sorted, each once; the meta joins them). */
  filters: Record<string, string | string[]>;
  meta: Record<string, string>;
  /**
   * One sort key, the date, for newest and oldest first alike; an undated record has none. The
   * build reads it from each page as it indexes it and numbers the merged index's pages in its
   * order (src/model/search-page-names.ts), so the search page sorts by the pages' names and
   * Pagefind's own sort list, every dated page in the metadata each search downloads first, is
   * left out of the index.
   */
  sort: { date?: string };
}

/** Committee names repeat across councils ("Overview and Scrutiny Committee"): qualify them. */
export function committeeFilterValue(committee: string | null, council: string | null | undefined): string {
  if (committee === null) return NOT_STATED;
  return council ? `${committee} (${council})` : committee;
}

export function pagefindRecord(input: PagefindRecordInput): PagefindRecord {
  const { council, committee, date, status } = input;
  const year = input.year !== undefined ? input.year : date === undefined ? undefined : (date?.slice(0, 4) ?? null);
  const filters: PagefindRecord['filters'] = { type: RECORD_TYPES[input.type] };
  const meta: Record<string, string> = { title: input.title, type: RECORD_TYPES[input.type] };

  if (council !== undefined) {
    filters['council'] = council ?? NOT_STATED;
    meta['council'] = council ?? NOT_STATED;
  }
  if (input.councils !== undefined && input.councils.length > 0) {
    const councils = [...new Set(input.councils.map((name) => name ?? NOT_STATED))].sort();
    filters['council'] = councils;
    meta['council'] = councils.join('; ');
  }
  if (committee !== undefined) {
    filters['committee'] = committeeFilterValue(committee, council);
    meta['committee'] = committee ?? NOT_STATED;
  }
  if (year !== undefined) filters['year'] = year ?? NOT_STATED;
  if (date !== undefined) meta['dateText'] = date === null ? DATE_NOT_STATED : formatDate(date);
  if (input.type === 'recommendation') {
    filters['status'] = STATUS_LABELS[status ?? 'not-stated'] ?? status ?? NOT_STATED;
    filters['response'] = input.response ?? NOT_STATED;
    filters['implementation'] = input.implementation ?? NOT_STATED;
  }
  return { filters, meta, sort: date ? { [DATE_SORT_KEY]: date } : {} };
}

/** The filters as Pagefind reads them, one `[key, value]` per span: a filter with several values is several spans. */
export function filterSpans(filters: PagefindRecord['filters']): [string, string][] {
  return Object.entries(filters).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((one): [string, string] => [key, one]),
  );
}

/** The attribute PagefindMeta.astro writes a sort key in (`data-pagefind-sort="date[data-value]"`). */
export function sortAttribute(key: string): string {
  return `${key}[data-value]`;
}

const SORT_VALUE = /data-pagefind-sort="([^"[]+)\[data-value\]" data-value="([^"]*)"/g;

/**
 * A rendered page's sort values, read back as Pagefind reads them: the index merge needs them,
 * since Pagefind's index keeps the order of pages by each key but not the values
 * (src/model/pagefind-merge.ts, which checks and orders pages by them in pagefind-parts.ts).
 */
export function sortValuesIn(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, key, value] of html.matchAll(SORT_VALUE)) if (key !== undefined) values[key] = decodeHTMLAttribute(value ?? '');
  return values;
}

/**
 * What the Pagefind feed reads of a page besides its text (src/integrations/pagefind-feed.ts): its
 * length in UTF-16 code units (where the index's parts end counts them) and its sort values. The
 * page cache keeps them with a page, so a kept page's HTML is not decoded unless Pagefind indexes it.
 */
export interface SearchFacts {
  length: number;
  sortValues: Record<string, string>;
}

/** A page's SearchFacts; null for a page search does not index (a list: indexedBySearch). */
export function searchFacts(html: string): SearchFacts | null {
  return indexedBySearch(html) ? { length: html.length, sortValues: sortValuesIn(html) } : null;
}
