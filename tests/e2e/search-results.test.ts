/**
 * Search finds the right records and sends readers to the right place: the agenda item's
 * anchor, with the searched words marked on arrival. Runs Pagefind's real index in Chromium.
 * Words typed while a search runs wait for it, only the newest are searched, and the status says so.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, BASE_SITE_DIR, closeSite, openSite, serveStatic, type StaticServer } from './harness.ts';
import { meetingPathFromSource, openSearch, resultsOf, showAll, statusOf } from './search-page.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openSite()));
afterAll(() => closeSite({ server, browser }));

const THURROCK = `/${meetingPathFromSource('002_')}`;
const WORCESTERSHIRE = `/${meetingPathFromSource('003_')}`;
const EPPING_ITEM_PAGE = `/${meetingPathFromSource('000_')}`;

describe('search results', () => {
  it('"Signs of Safety" finds the Thurrock meeting of 11 July 2017 first, pointing at item 49', async () => {
    await openSearch(page, server.url, { q: 'Signs of Safety' });
    const [first] = await resultsOf(page);
    expect(THURROCK).toContain('2017-07-11');
    expect(first?.path).toBe(THURROCK);
    expect(first?.meta).toContain('11 July 2017');
    expect(first?.meta).toContain('Thurrock Council');
    expect(first?.items[0]).toBe(`${THURROCK}#item-49`);
    expect(first?.excerptHtml).toMatch(/<mark>[^<]*Signs<\/mark> <mark>of<\/mark> <mark>Safety[^<]*<\/mark>/);
    expect(await statusOf(page)).toMatch(/^\d+ results? for “Signs of Safety”/);
  });

  it('"Members Enquiries Team" finds the Epping Forest item page (seed 000) first', async () => {
    await openSearch(page, server.url, { q: 'Members Enquiries Team' });
    const [first] = await resultsOf(page);
    expect(first?.path).toBe(EPPING_ITEM_PAGE);
    expect(first?.meta).toContain('Epping Forest District Council');
  });

  it('"Worcestershire Children First" finds the Worcestershire meeting, pointing at item 345', async () => {
    await openSearch(page, server.url, { q: 'Worcestershire Children First' });
    const [first] = await resultsOf(page);
    expect(first?.path).toBe(WORCESTERSHIRE);
    expect(first?.items[0]).toBe(`${WORCESTERSHIRE}#item-345`);
  });

  it('opens the agenda item with the searched words as a text fragment, and the record page has no script', async () => {
    await openSearch(page, server.url, { q: 'Signs of Safety' });
    const link = page.locator('[data-search-results] .app-search-result__items a').first();
    expect(await link.getAttribute('href')).toMatch(/#item-49:~:text=Signs%20of%20Safety/);
    await link.click();
    await page.waitForURL((url) => url.hash.startsWith('#item-49'));
    expect(new URL(page.url()).pathname).toBe(THURROCK);
    // The browser scrolled to the words it highlights, in item 49: its heading is on screen.
    await page.waitForFunction(() => window.scrollY > 0);
    const top = await page.locator('#item-49').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    // Structured data (JSON-LD) is data for search engines, never run: only scripts that run count.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });

  it('a quoted phrase only finds records with the words together, and -word leaves records out', async () => {
    const total = async () => Number(/^(\d+) results?/.exec(await statusOf(page))?.[1] ?? NaN);
    await openSearch(page, server.url, { q: 'children' });
    const all = await total();
    await openSearch(page, server.url, { q: '"Signs of Safety"' });
    const phrase = await resultsOf(page);
    expect(phrase.map((result) => result.path)).toEqual([THURROCK]);

    await openSearch(page, server.url, { q: 'children -Worcestershire' });
    expect(await total()).toBeGreaterThan(0);
    expect(await total()).toBeLessThan(all);
    await showAll(page);
    const without = await resultsOf(page);
    expect(without).toHaveLength(await total());
    expect(without.map((result) => result.path)).not.toContain(WORCESTERSHIRE);
    expect(await statusOf(page)).toContain('for “children -Worcestershire”');
  });
});

describe('search under a base path', () => {
  it('links results below the base path', async () => {
    const based = await serveStatic(BASE_SITE_DIR, BASE_PATH);
    try {
      await openSearch(page, based.url, { q: 'Worcestershire Children First' });
      const [first] = await resultsOf(page);
      expect(first?.path).toBe(`${BASE_PATH.replace(/\/$/, '')}${WORCESTERSHIRE}`);
      expect(first?.items[0]).toBe(`${BASE_PATH.replace(/\/$/, '')}${WORCESTERSHIRE}#item-345`);
    } finally {
      await based.close();
    }
  });

  it('searches only the newest words typed while a search runs, once it has finished, and says it is searching', async () => {
    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      // Pagefind searches in a worker; each search it is asked for is a message with the words.
      await fresh.addInitScript(() => {
        const asked: string[] = [];
        Object.assign(window, { searchesAsked: asked });
        const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
        Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
          const call = args[0] as { method?: string; args?: unknown[] } | null;
          if (call?.method === 'search') asked.push(String(call.args?.[0]));
          post.apply(this, args);
        } as typeof Worker.prototype.postMessage;
      });
      // The word chunks come late, so the first search is still running while the reader types on.
      await fresh.route('**/pagefind/index/**', async (route) => {
        await new Promise((done) => setTimeout(done, 2500));
        await route.continue();
      });
      const asked = () => fresh.evaluate(() => (window as unknown as { searchesAsked: string[] }).searchesAsked.join(' | '));
      await openSearch(fresh, server.url);
      const input = fresh.locator('#search-query');
      await input.fill('transport');
      await fresh.waitForFunction(() => (window as unknown as { searchesAsked: string[] }).searchesAsked.includes('transport'));
      await input.fill('carers');
      // Long enough for the page's typing delay (250 ms) to pass: searches run as they were asked for would ask for it then.
      await new Promise((done) => setTimeout(done, 700));
      await input.fill('safeguarding');
      // Waiting for the first search, the status says so, then gives the newest words' results.
      await fresh.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === 'Searching for “safeguarding”…');
      await fresh.waitForFunction(() =>
        /^\d+ results? for “safeguarding”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      );
      const searched = await asked();
      expect(searched).toContain('safeguarding');
      expect(searched).not.toContain('carers');
      expect((await resultsOf(fresh)).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
