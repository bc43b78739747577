/**
 * What the build produced: size and number of files, and what a reader downloads for a
 * typical meeting page (gzip-compressed HTML, its <script> tags and the JS they load).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputStats {
  files: number;
  bytes: number;
  htmlPages: number;
}

export interface PageWeight {
  /** Which page was weighed (site path). */
  path: string;
  /** Median gzip size of the sampled meeting pages, KB. */
  gzipKB: number;
  /** Largest gzip size among them, KB. */
  maxGzipKB: number;
  /** <script> tags in the median page. */
  scripts: number;
  /** Bytes of JS the median page loads (inline and local src), KB. */
  jsKB: number;
}

export function walk(dir: string, visit: (path: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

export function outputStats(dist: string): OutputStats {
  const stats: OutputStats = { files: 0, bytes: 0, htmlPages: 0 };
  walk(dist, (path, size) => {
    stats.files += 1;
    stats.bytes += size;
    if (path.endsWith('.html')) stats.htmlPages += 1;
  });
  return stats;
}

/** The script tags of a page and the bytes of JS they carry or load from the built site. */
export function scriptWeight(html: string, dist: string, base: string): { scripts: number; jsBytes: number } {
  let scripts = 0;
  let jsBytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/type=["']?application\/(?:ld\+)?json/i.test(attributes)) continue;
    scripts += 1;
    jsBytes += Buffer.byteLength(match[2] ?? '');
    const src = /\bsrc=["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src && src.startsWith(base)) {
      const file = join(dist, src.slice(base.length));
      if (existsSync(file)) jsBytes += statSync(file).size;
    }
  }
  return { scripts, jsBytes };
}

/** Weighs up to `sample` meeting pages spread over the archive and reports the median one. */
export function meetingPageWeight(dist: string, meetingIds: string[], base = '/', sample = 41): PageWeight | null {
  const step = Math.max(1, Math.floor(meetingIds.length / sample));
  const weighed = meetingIds
    .filter((_, index) => index % step === 0)
    .slice(0, sample)
    .map((id) => ({ path: `${base}meetings/${id}/`, file: join(dist, 'meetings', id, 'index.html') }))
    .filter((page) => existsSync(page.file))
    .map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }))
    .map((page) => ({ ...page, gzip: gzipSync(page.html, { level: 9 }).length }))
    .sort((a, b) => a.gzip - b.gzip);
  const median = weighed[Math.floor(weighed.length / 2)];
  const largest = weighed[weighed.length - 1];
  if (!median || !largest) return null;
  const { scripts, jsBytes } = scriptWeight(median.html, dist, base);
  return { path: median.path, gzipKB: median.gzip / 1024, maxGzipKB: largest.gzip / 1024, scripts, jsKB: jsBytes / 1024 };
}

/** Built HTML pages, other than the search page, that carry a <script>. */
export function pagesWithScripts(dist: string, limit = 2000): string[] {
  const found: string[] = [];
  let seen = 0;
  walk(dist, (path) => {
    if (!path.endsWith('.html') || seen >= limit || path.includes(`${'/search/'}`)) return;
    seen += 1;
    if (/<script\b(?![^>]*application\/(?:ld\+)?json)/i.test(readFileSync(path, 'utf8'))) found.push(path.slice(dist.length));
  });
  return found;
}
