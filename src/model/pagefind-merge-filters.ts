/**
 * The filters and sorts of a merge (src/model/pagefind-merge.ts): each filter's values merged
 * with their pages renumbered, written as Pagefind's filter files and as the search page's tables
 * (filter-tables.ts), and each sort but the date's merged on the recorded values.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILTER_MANIFEST, tableText, TABLE_EXTENSION, type FilterManifest } from './filter-tables.ts';
import { uniqueName } from './pagefind-chunk-writer.ts';
import { asFilter, compareWords, compressFile, contentHash, decodeFile, encodeFile, type FilterIndex } from './pagefind-format.ts';
import type { LoadedPart, PageOrder } from './pagefind-parts.ts';
import { DATE_SORT_KEY } from './search-page-names.ts';

/** Every filter's values with their pages, numbered in the merged index (ascending), by filter. */
export async function readFilters(parts: readonly LoadedPart[], order: PageOrder): Promise<Map<string, Map<string, number[]>>> {
  const byFilter = new Map<string, Map<string, number[]>>();
  for (const part of parts) {
    for (const [filter, hash] of part.meta[3]) {
      const name = join(part.dir, 'filter', `${hash}.pf_filter`);
      const [, values] = asFilter(decodeFile(await readFile(name), name), name);
      const merged = byFilter.get(filter) ?? new Map<string, number[]>();
      byFilter.set(filter, merged);
      for (const [value, pages] of values) {
        const list = merged.get(value) ?? [];
        merged.set(value, list);
        for (const page of pages) list.push(order.numberOf[page + part.offset] as number);
      }
    }
  }
  for (const values of byFilter.values()) for (const list of values.values()) list.sort((a, b) => a - b);
  return byFilter;
}

/** Writes each filter's file to `dir`; returns the filters for the metadata. */
export async function writeFilters(sorted: readonly FilterIndex[], dir: string, language: string): Promise<[string, string][]> {
  const written: [string, string][] = [];
  for (const [filter, values] of sorted) {
    const { bytes, hash } = encodeFile([filter, values] satisfies FilterIndex);
    const name = uniqueName(language, hash, (candidate) => written.some(([, used]) => used === candidate));
    await writeFile(join(dir, `${name}.pf_filter`), await bytes);
    written.push([filter, name]);
  }
  return written;
}

/** Every filter with its values, each in Pagefind's order (the order both its files and the tables are written in). */
export function sortedFilters(byFilter: ReadonlyMap<string, Map<string, number[]>>): FilterIndex[] {
  return [...byFilter.keys()]
    .sort(compareWords)
    .map((filter): FilterIndex => [
      filter,
      [...(byFilter.get(filter) ?? new Map<string, number[]>())].sort(([a], [b]) => compareWords(a, b)),
    ]);
}

/**
 * Writes each filter's table and the manifest that names them (filter-tables.ts) to `dir`: the
 * search page filters and counts with them, not with Pagefind's filter files.
 */
export async function writeTables(sorted: readonly FilterIndex[], dir: string, pages: number): Promise<void> {
  const manifest: FilterManifest = { pages, tables: {} };
  for (const [filter, values] of sorted) {
    const text = Buffer.from(tableText(values));
    const name = `${contentHash(text).slice(0, 16)}${TABLE_EXTENSION}`;
    await writeFile(join(dir, name), await compressFile(text));
    manifest.tables[filter] = name;
  }
  await writeFile(join(dir, FILTER_MANIFEST), JSON.stringify(manifest));
}

/**
 * Each sort's lists merged on the recorded values (equal values keep the parts' order), but the
 * date's: the pages' numbers are in date order, and their names say it (search-page-names.ts).
 */
export function mergeSorts(parts: readonly LoadedPart[], order: PageOrder): [string, number[]][] {
  const keys = [...new Set(parts.flatMap((part) => part.meta[4].map(([key]) => key)))]
    .filter((key) => key !== DATE_SORT_KEY)
    .sort(compareWords);
  return keys.map((key) => {
    const lists = parts.map((part) => ({ part, pages: part.meta[4].find(([name]) => name === key)?.[1] ?? [], at: 0 }));
    const merged: number[] = [];
    for (;;) {
      let best: (typeof lists)[number] | null = null;
      for (const list of lists) {
        if (list.at >= list.pages.length) continue;
        if (best === null || compareWords(valueAt(list, key), valueAt(best, key)) < 0) best = list;
      }
      if (best === null) break;
      merged.push(order.numberOf[(best.pages[best.at] as number) + best.part.offset] as number);
      best.at += 1;
    }
    return [key, merged];
  });
}

function valueAt(list: { part: LoadedPart; pages: number[]; at: number }, key: string): string {
  return list.part.sortValues[list.pages[list.at] as number]?.[key] ?? '';
}
