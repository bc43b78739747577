/**
 * The parts of a search index as the merge reads them (src/model/pagefind-merge.ts): each part's
 * entry and metadata, checked against the sort values the feed recorded for its pages, and the
 * order the merged index numbers their pages in (date order, oldest first, the undated pages last).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asMetaIndex, compareWords, decodeFile, FormatError, type Entry, type MetaIndex } from './pagefind-format.ts';
import { dateRank, DATE_SORT_KEY, isDateOrdered } from './search-page-names.ts';

/** A part of the index to merge, as the feed (or a shard's assembler) hands it over. */
export interface IndexPart {
  /** The part's folder below the index root: `` for the first part, `part-2/`, … */
  folder: string;
  /**
   * Where to read the part instead, left as it is (a kept part). When the first part is read from
   * elsewhere, the root must hold its files other than `index/`, `filter/` and `fragment/`.
   */
  dir?: string | undefined;
  /** Each page's sort values, by its page number in the part (the order the feed sent it). */
  sortValues: Record<string, string>[];
  /**
   * A folder for the part's word chunks decompressed (`<name>.cbor`, the CBOR after Pagefind's
   * signature), read instead of the chunk when there and written there when not, for the next
   * merge: the build cache keeps one beside each part it keeps (pagefind-part-cache.ts), since
   * decompressing every kept part's chunks again was a large share of a rebuild's merge
   * (BENCHMARKS.md, round 16).
   */
  plainDir?: string | undefined;
}

/** A part with its entry and metadata read, and its place among the parts. */
export interface LoadedPart extends IndexPart {
  dir: string;
  /** Read from elsewhere (IndexPart's `dir`): left as it is. */
  kept: boolean;
  language: string;
  meta: MetaIndex;
  /** Its first page's number in the merged index. */
  offset: number;
  /** Its meta fields' numbers in the merged list, by their number in the part. */
  fields: number[];
}

/** Where each page goes in the merged index: its number there, by its number across the parts in order. */
export interface PageOrder {
  numberOf: Int32Array;
  /** The parts' page numbers, in the merged order. */
  pages: Int32Array;
  /** How many pages have a date: they come first. */
  dated: number;
}

/** Reads and checks every part's metadata; `fields` are the merged index's meta fields, in Pagefind's order. */
export async function loadParts(root: string, parts: readonly IndexPart[]): Promise<{ loaded: LoadedPart[]; fields: string[] }> {
  const loaded: LoadedPart[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const part of parts) {
    const dir = part.dir ?? join(root, part.folder);
    const entry = await readEntry(join(dir, 'pagefind-entry.json'));
    const languages = Object.keys(entry.languages);
    const [language] = languages;
    if (language === undefined || languages.length > 1) throw new FormatError(`${dir}: one language expected, found ${languages.length}`);
    const metaName = join(dir, `pagefind.${entry.languages[language]?.hash}.pf_meta`);
    const meta = asMetaIndex(decodeFile(await readFile(metaName), metaName), metaName);
    if (meta[1].length !== part.sortValues.length)
      throw new FormatError(`${dir}: ${meta[1].length} pages indexed, ${part.sortValues.length} sent`);
    checkSorts(meta, part.sortValues, dir);
    for (const field of meta[5]) names.add(field);
    loaded.push({ ...part, dir, kept: part.dir !== undefined, language, meta, offset, fields: [] });
    offset += meta[1].length;
  }
  if (new Set(loaded.map((part) => part.language)).size > 1) throw new FormatError('the parts are in different languages');
  const fields = [...names].sort(compareWords);
  for (const part of loaded) part.fields = part.meta[5].map((field) => fields.indexOf(field));
  return { loaded, fields };
}

/** A part's `pagefind-entry.json`, or FormatError if it is not one. */
export async function readEntry(file: string): Promise<Entry> {
  let entry: unknown;
  try {
    entry = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new FormatError(`${file}: ${(error as Error).message}`);
  }
  const languages = (entry as Partial<Entry> | null)?.languages;
  if (typeof languages !== 'object' || languages === null || Array.isArray(languages))
    throw new FormatError(`${file}: not a Pagefind entry (no languages)`);
  return entry as Entry;
}

/**
 * The sorted lists must follow the recorded values, or the page numbers do not match; so must
 * the names of an index merged before (a shard's), which say each page's place in date order.
 */
function checkSorts(meta: MetaIndex, sortValues: Record<string, string>[], dir: string): void {
  if (meta[1].some(([name]) => isDateOrdered(name))) {
    const dated = meta[1].map(([name], page) => dateRank(name) === page);
    const dates = sortValues.map((values) => values[DATE_SORT_KEY]);
    const inOrder = dates.every(
      (date, page) =>
        (date !== undefined) === dated[page] && (page === 0 || date === undefined || compareWords(dates[page - 1] ?? '', date) <= 0),
    );
    if (!inOrder) throw new FormatError(`${dir}: the recorded sort values do not follow the pages' date order`);
  }
  for (const [key, pages] of meta[4]) {
    const values = pages.map((page) => sortValues[page]?.[key]);
    if (values.some((value) => value === undefined)) throw new FormatError(`${dir}: sort ${key} lists a page with no recorded value`);
    for (let at = 1; at < values.length; at += 1)
      if (compareWords(values[at - 1] as string, values[at] as string) > 0)
        throw new FormatError(`${dir}: sort ${key} is not in the order of the recorded values`);
  }
}

/** The pages in date order, equal dates (and the undated pages) in the parts' order. */
export function dateOrder(parts: readonly LoadedPart[]): PageOrder {
  const total = parts.reduce((sum, part) => sum + part.meta[1].length, 0);
  const dates: (string | undefined)[] = parts.flatMap((part) => part.sortValues.map((values) => values[DATE_SORT_KEY]));
  const all = Array.from({ length: total }, (_, page) => page);
  const dated = all.filter((page) => dates[page] !== undefined);
  // Dates are ISO text, whose code unit order is their order (compareWords makes buffers: slow for 200,000 pages).
  const date = (page: number): string => dates[page] ?? '';
  dated.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a - b));
  const pages = Int32Array.from([...dated, ...all.filter((page) => dates[page] === undefined)]);
  const numberOf = new Int32Array(total);
  pages.forEach((page, at) => (numberOf[page] = at));
  return { numberOf, pages, dated: dated.length };
}
