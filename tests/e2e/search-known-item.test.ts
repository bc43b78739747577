/**
 * Known-item search on the bundled records: for each query, the record a reader typing it
 * wants (its recommendation, report, meeting or person page) comes first, not a page that
 * merely lists it. Every wanted record must be in the top 3, and first for all queries but
 * one. Paths are read from the records (references, seed sources), never guessed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugify } from '../../src/model/slug.ts';
import { closeSite, openSite, type StaticServer } from './harness.ts';
import { meetingPathFromSource, openSearch, resultsOf, statusOf } from './search-page.ts';

const CONTENT = process.env['CONTENT_DIR'] ?? 'content';

/** The page of the record of `collection` whose frontmatter has this reference. */
function byReference(collection: 'reports' | 'recommendations', reference: string): string {
  const root = join(CONTENT, collection);
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = join(entry.parentPath, entry.name);
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    if ((parse(frontmatter) as { reference?: unknown }).reference === reference) {
      return `/${collection}/${relative(root, file).replace(/\.md$/, '')}/`;
    }
  }
  throw new Error(`No ${collection} record has the reference ${reference}`);
}

/** The page of the recommendation with this subject (trackers without references). */
function bySubject(subject: string): string {
  const root = join(CONTENT, 'recommendations');
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = join(entry.parentPath, entry.name);
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    if ((parse(frontmatter) as { subject?: unknown }).subject === subject)
      return `/recommendations/${relative(root, file).replace(/\.md$/, '')}/`;
  }
  throw new Error(`No recommendation has the subject ${subject}`);
}

const person = (name: string) => `/people/${slugify(name)}/`;
const meeting = (source: string) => `/${meetingPathFromSource(source, CONTENT)}`;

interface KnownItem {
  query: string;
  /** What the query stands for. */
  kind: string;
  /** The record a reader wants; either of two when the records hold the same subject twice. */
  wanted: string[];
}

// Only the bundled records have these records.
const bundled = CONTENT === 'content';

const KNOWN: KnownItem[] = bundled
  ? [
      // The three queries of issue 16: person pages that list the records came first.
      {
        query: 'home to school transport',
        kind: 'a recommendation subject (made, then called in)',
        wanted: [byReference('recommendations', 'PAF/13/13'), byReference('recommendations', 'PAF/04/14')],
      },
      {
        query: 'Deanes School',
        kind: 'a school: the recommendations about it',
        wanted: [byReference('recommendations', 'PAF/03/13'), byReference('recommendations', 'PAF/12/13')],
      },
      { query: 'carers strategy', kind: 'a recommendation subject', wanted: [byReference('recommendations', 'COP/08/12')] },
      { query: 'PAF/01/15', kind: 'a report reference', wanted: [byReference('reports', 'PAF/01/15')] },
      { query: 'COP/16/13', kind: 'a recommendation reference', wanted: [byReference('recommendations', 'COP/16/13')] },
      {
        query: 'Reprocurement of community provision',
        kind: 'the start of a report title',
        wanted: [byReference('reports', 'PAF/02/15')],
      },
      { query: 'Social Impact Bonds', kind: 'a recommendation subject', wanted: [bySubject('Social Impact Bonds')] },
      { query: 'Ofsted Inspection Action Plan', kind: 'an agenda item title', wanted: [meeting('002_')] },
      { query: 'Worcestershire Children First', kind: 'an agenda item title', wanted: [meeting('003_')] },
      { query: 'Members Enquiries Team', kind: 'words of an agenda item page', wanted: [meeting('000_')] },
      {
        query: "Interim Report on Children's Task and Finish Panel",
        kind: 'a task and finish panel’s report to its committee',
        wanted: [meeting('004_')],
      },
      { query: 'Ray Gooding', kind: 'a councillor', wanted: [person('Ray Gooding')] },
      { query: 'Tim Coulson', kind: 'an officer', wanted: [person('Tim Coulson')] },
      { query: 'Sharon Longworth', kind: 'an officer named in one tracker', wanted: [person('Sharon Longworth')] },
    ]
  : [];

let server: StaticServer;
let browser: Browser;
let page: Page;
/** Where each query's wanted record came (1 is first; 0 not in the first page of results). */
const ranks = new Map<string, number>();

beforeAll(async () => ({ server, browser, page } = await openSite()));
afterAll(async () => {
  if (ranks.size > 0) console.log([...ranks].map(([query, rank]) => `known item: ${rank || 'missing'}\t${query}`).join('\n'));
  await closeSite({ server, browser });
});

describe.skipIf(!bundled)('known-item search on the bundled records', () => {
  it.each(KNOWN)('"$query" ($kind): the wanted record is in the top 3', async ({ query, wanted }) => {
    await openSearch(page, server.url, { q: query });
    const paths = (await resultsOf(page)).map((result) => result.path);
    const rank = paths.findIndex((path) => wanted.includes(path)) + 1;
    ranks.set(query, rank);
    expect(rank, `${query}: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect(rank, `${query}: ${paths.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(3);
  });

  it.each(KNOWN.filter(({ wanted }) => wanted[0]?.startsWith('/people/')))(
    '"$query" ($kind) within each council whose records name them: the person’s page first, from that council’s index',
    async ({ query, wanted }) => {
      // The councils are the headings of the person page's appearances, as a reader sees them.
      await page.goto(new URL(wanted[0]!.slice(1), server.url).href);
      const councils = await page.locator('main h3').allTextContents();
      expect(councils.length).toBeGreaterThan(0);
      for (const council of councils) {
        await openSearch(page, server.url, { q: query, council });
        expect(await statusOf(page)).toContain(`in ${council}`);
        const [first] = await resultsOf(page);
        expect(first?.path, `${query} in ${council}`).toBe(wanted[0]);
      }
    },
  );

  it('the wanted record is first for every query but at most one', () => {
    expect(KNOWN.length).toBeGreaterThanOrEqual(12);
    const notFirst = KNOWN.filter(({ query }) => ranks.get(query) !== 1).map(({ query }) => `${query} (${ranks.get(query) || 'missing'})`);
    expect(notFirst.length, notFirst.join('; ')).toBeLessThanOrEqual(1);
  });
});
