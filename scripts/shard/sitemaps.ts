/**
 * The sitemap of an assembled site (assemble.ts): each shard's sitemap read as @astrojs/sitemap
 * wrote it, and their URLs merged into the files one build would have written.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeXML, escapeUTF8 } from 'entities';
import { AssembleError, label, type Shard } from './shard-folder.ts';

/** @astrojs/sitemap's files (its default `filenameBase`), at the top of the output folder. */
export const SITEMAP_FILE = /^sitemap-(?:index|\d+)\.xml$/;
/** URLs per sitemap file: @astrojs/sitemap's default `entryLimit`, which astro.config.mjs keeps. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/** One `<url>` entry of a sitemap, with its address (XML entities decoded) to sort by. */
interface SitemapEntry {
  loc: string;
  xml: string;
}

/** The sitemap a shard wrote: the text before its URLs, and its URLs. */
export async function readSitemap(
  dir: string,
  names: string[],
  shard: Shard,
): Promise<{ head: string; indexHead: string; indexLoc: string; entries: SitemapEntry[] } | null> {
  const chunks = names.filter((name) => /^sitemap-\d+\.xml$/.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (!names.includes('sitemap-index.xml') || chunks.length === 0) return null;
  const index = await readFile(join(dir, 'sitemap-index.xml'), 'utf8');
  const indexMatch = /^([\s\S]*?<sitemapindex[^>]*>)<sitemap><loc>([^<]*)<\/loc><\/sitemap>/.exec(index);
  if (indexMatch === null)
    throw new AssembleError(`${join(dir, 'sitemap-index.xml')} is not a sitemap index as @astrojs/sitemap writes it (${label(shard)})`);
  let head = '';
  const entries: SitemapEntry[] = [];
  for (const name of chunks) {
    const text = await readFile(join(dir, name), 'utf8');
    const match = /^([\s\S]*?<urlset[^>]*>)([\s\S]*)<\/urlset>\s*$/.exec(text);
    if (match === null) throw new AssembleError(`${join(dir, name)} is not a sitemap as @astrojs/sitemap writes it (${label(shard)})`);
    head = match[1] ?? '';
    for (const url of (match[2] ?? '').matchAll(/<url>[\s\S]*?<\/url>/g)) {
      const loc = /<loc>([^<]*)<\/loc>/.exec(url[0])?.[1];
      if (loc === undefined) throw new AssembleError(`${join(dir, name)}: a <url> without <loc> (${label(shard)})`);
      entries.push({ loc: decodeXML(loc), xml: url[0] });
    }
  }
  return { head, indexHead: indexMatch[1] ?? '', indexLoc: decodeXML(indexMatch[2] ?? ''), entries };
}

/**
 * The sitemap files of the whole site from the shards' (each lists its own pages and the site's
 * pages without parameters): the URLs of all, once each, sorted and split as @astrojs/sitemap
 * does (generate-sitemap.js, write-sitemap.js).
 */
export function mergeSitemaps(
  sitemaps: { head: string; indexHead: string; indexLoc: string; entries: SitemapEntry[] }[],
  limit = SITEMAP_ENTRY_LIMIT,
): Map<string, string> {
  const byLoc = new Map<string, string>();
  for (const sitemap of sitemaps)
    for (const entry of sitemap.entries) {
      const known = byLoc.get(entry.loc);
      if (known !== undefined && known !== entry.xml)
        throw new AssembleError(`the shards' sitemaps give ${entry.loc} differently: build every shard with the same settings`);
      byLoc.set(entry.loc, entry.xml);
    }
  const first = sitemaps[0];
  const files = new Map<string, string>();
  if (first === undefined) return files;
  for (const other of sitemaps)
    if (other.head !== first.head || other.indexHead !== first.indexHead || other.indexLoc !== first.indexLoc)
      throw new AssembleError("the shards' sitemaps start differently: build every shard with the same settings");
  const locs = [...byLoc.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const chunkLocs: string[] = [];
  for (let start = 0, i = 0; start < locs.length; start += limit, i += 1) {
    const xml = locs.slice(start, start + limit).map((loc) => byLoc.get(loc) ?? '');
    files.set(`sitemap-${i}.xml`, `${first.head}${xml.join('')}</urlset>`);
    chunkLocs.push(first.indexLoc.replace(/sitemap-0\.xml$/, `sitemap-${i}.xml`));
  }
  files.set(
    'sitemap-index.xml',
    `${first.indexHead}${chunkLocs.map((loc) => `<sitemap><loc>${escapeUTF8(loc)}</loc></sitemap>`).join('')}</sitemapindex>`,
  );
  return files;
}
