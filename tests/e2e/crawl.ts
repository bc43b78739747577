/**
 * The crawl shared by the browser tests of built sites (site-crawl.test.ts for the two seed
 * builds, corpus-site.test.ts for a site built from the labelled corpus): from the home page,
 * follow every link, and check that no link is broken (pages, assets and #fragments), that every
 * link stays under the base path, and that every record of the content folder has a page the
 * crawl reached.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './harness.ts';
import { slugify } from '../../src/model/slug.ts';

export interface Page {
  status: number;
  type: string;
  ids: Set<string>;
  links: string[];
  /** <script> elements on the page: only the search page may have any. */
  scripts: number;
}

/** Values of id attributes: the targets a #fragment may name. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1] ?? '')));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** Links a reader or the browser follows: anchors, stylesheets, scripts, images. */
function linksOf(html: string): string[] {
  const anchors = [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => m[1] ?? '');
  const assets = [...html.matchAll(/<(?:link|script|img)\s[^>]*?(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
  return [...anchors, ...assets].map(decodeEntities);
}

async function fetchPage(url: string): Promise<Page> {
  const response = await fetch(url);
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('text/html') ? await response.text() : '';
  await response.body?.cancel().catch(() => undefined);
  return {
    status: response.status,
    type,
    ids: idsOf(body),
    links: body === '' ? [] : linksOf(body),
    // JSON-LD (structured data) is data, not JavaScript.
    scripts: (body.match(/<script\b(?![^>]*type="application\/ld\+json")/g) ?? []).length,
  };
}

export interface Crawl {
  pages: Map<string, Page>;
  broken: string[];
}

/** Breadth-first over every same-origin link; other origins and mailto: are not ours to check. */
export async function crawl(start: string, base: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const pages = new Map<string, Page>();
  const broken: string[] = [];
  const fragments: { from: string; to: string; id: string }[] = [];
  const queue = [new URL(start).pathname];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (pages.has(path)) continue;
    const page = await fetchPage(origin + path);
    pages.set(path, page);
    if (page.status !== 200) continue;
    for (const href of page.links) {
      if (!URL.canParse(href, origin + path)) {
        broken.push(`${path} -> ${href} (not a valid address)`);
        continue;
      }
      const target = new URL(href, origin + path);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) broken.push(`${path} -> ${href} (outside ${base})`);
      if (target.hash !== '') fragments.push({ from: path, to: target.pathname, id: decodeURIComponent(target.hash.slice(1)) });
      if (!pages.has(target.pathname)) queue.push(target.pathname);
    }
  }
  for (const [path, page] of pages) if (page.status !== 200) broken.push(`${path} (HTTP ${page.status})`);
  for (const { from, to, id } of fragments) {
    const page = pages.get(to);
    if (page && page.status === 200 && !page.ids.has(id)) broken.push(`${from} -> ${to}#${id} (no such id)`);
  }
  return { pages, broken: [...new Set(broken)] };
}

/** Record ids of a collection in the content folder `root`: paths of its Markdown files below the collection folder. */
export function recordIds(root: string, collection: string): string[] {
  const folder = join(root, collection);
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(relative(folder, path).replace(/\.md$/, ''));
    }
  };
  walk(folder);
  return found.sort();
}

export interface MeetingJson {
  url: string;
  items: { anchor: string; url: string }[];
}

/** A built site to crawl: its output folder, base path, and the content folder it was built from. */
export interface BuiltSite {
  dir: string;
  base: string;
  contentRoot: string;
}

/**
 * The crawl's checks, registered in the calling describe block: the site is served and crawled
 * once (in beforeAll, after any beforeAll of an outer block that builds it).
 */
export function crawlChecks(site: BuiltSite): void {
  const { dir, base } = site;
  let server: StaticServer;
  let result: Crawl;

  beforeAll(async () => {
    server = await serveStatic(dir, base);
    result = await crawl(server.url, base);
  });
  afterAll(() => server?.close());

  it('loads JavaScript on the search page only', () => {
    const withScripts = [...result.pages].filter(([path, page]) => page.scripts > 0 && !path.endsWith('/search/')).map(([path]) => path);
    expect(withScripts).toEqual([]);
    expect(result.pages.get(`${base}search/`)?.scripts).toBeGreaterThan(0);
  });

  it('finds no broken link, asset or #fragment', () => {
    expect(result.broken).toEqual([]);
    expect(result.pages.size).toBeGreaterThan(10);
  });

  it('reaches every meeting page and every agenda item anchor listed in data/meetings.json', () => {
    const meetings = JSON.parse(readFileSync(join(dir, 'data/meetings.json'), 'utf8')) as MeetingJson[];
    expect(meetings.length).toBe(recordIds(site.contentRoot, 'meetings').length);
    for (const meeting of meetings) {
      const page = result.pages.get(meeting.url);
      expect(page?.status, meeting.url).toBe(200);
      for (const item of meeting.items) {
        expect(item.url).toBe(`${meeting.url}#${item.anchor}`);
        expect(page?.ids.has(item.anchor), item.url).toBe(true);
      }
    }
  });

  it('reaches the page of every council, committee, report and recommendation record', () => {
    const expected = (['councils', 'committees', 'reports', 'recommendations'] as const).flatMap((collection) =>
      recordIds(site.contentRoot, collection).map((id) => `${base}${collection}/${id}/`),
    );
    const missing = expected.filter((path) => result.pages.get(path)?.status !== 200);
    expect(missing).toEqual([]);
  });

  it('reaches every feed, calendar and open data file the build wrote', () => {
    const built = ['feeds', 'calendars', 'data'].flatMap((folder) =>
      readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `${base}${relative(dir, join(entry.parentPath, entry.name))}`.replace(/index\.html$/, '')),
    );
    expect(built.length).toBeGreaterThan(30);
    expect(built.filter((path) => result.pages.get(path)?.status !== 200)).toEqual([]);
  });

  it('reaches a page for every person file, the years and the 404 page exists', () => {
    const people = recordIds(site.contentRoot, 'people').map((id) => `${base}people/${slugify(id)}/`);
    expect(people.filter((path) => result.pages.get(path)?.status !== 200)).toEqual([]);
    expect(result.pages.get(`${base}years/`)?.status).toBe(200);
    expect(readFileSync(join(dir, '404.html'), 'utf8')).toContain('Page not found');
  });
}
