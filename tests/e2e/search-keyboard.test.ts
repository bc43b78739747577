/**
 * The search page with the keyboard alone, for screen readers (axe-core, live status) and
 * without JavaScript (it explains and links to the browse pages).
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, type StaticServer } from './harness.ts';
import { openFilters, openSearch, resultsOf, statusOf, waitForSearch } from './search-page.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openSite()));
afterAll(() => closeSite({ server, browser }));

const focused = (): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.id ? `#${active.id}` : (active?.getAttribute('href') ?? active?.tagName ?? '');
  });

describe('keyboard only', () => {
  it('reaches the box, searches, moves through results with arrows, opens one with Enter', async () => {
    await openSearch(page, server.url);
    // Tab from the top of the page to the search box.
    for (let presses = 0; presses < 40 && (await focused()) !== '#search-query'; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('#search-query');

    await page.keyboard.type('Signs of Safety');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Signs of Safety');
    await waitForSearch(page);
    const links = await page.locator('[data-search-results] a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(1);

    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('#search-query');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/meetings/') && url.hash.startsWith('#item-49'));
  });

  it('Escape in the results goes back to the box, and in the box clears the search', async () => {
    await openSearch(page, server.url, { q: 'children' });
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('#search-query');

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await waitForSearch(page);
    expect(await page.locator('#search-query').inputValue()).toBe('');
    expect(await resultsOf(page)).toEqual([]);
  });

  it('"Show more results" loads the next ten and moves focus to the first of them', async () => {
    await openSearch(page, server.url, { q: 'council' });
    const first = await resultsOf(page);
    const more = page.locator('[data-search-more]');
    if (!(await more.isVisible())) {
      // A small archive has ten results or fewer: then there is nothing more to load.
      expect(first.length).toBeLessThanOrEqual(10);
      return;
    }
    expect(first).toHaveLength(10);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
    expect(await focused()).toBe((await resultsOf(page))[10]?.href);
  });
});

describe('screen readers and axe-core', () => {
  it('announces the number of results in a polite status region', async () => {
    await openSearch(page, server.url, { q: 'Worcestershire Children First' });
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await statusOf(page)).toMatch(/^\d+ results? for “Worcestershire Children First”/);
  });

  it('has no WCAG 2.2 AA violations with results and filters showing, and within a council', async () => {
    // Within a council: "Filter results" closed, a link to search all councils.
    await openSearch(page, server.url, { q: 'children', council: 'Thurrock Council' });
    expect((await resultsOf(page)).length).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Search all councils' }).isVisible()).toBe(true);
    expect(await wcagViolations()).toEqual([]);
    // Opened, still within the council: its filter lists it alone, with a hint that says why.
    await openFilters(page);
    expect(await page.locator('#filter-council-scope-hint').isVisible()).toBe(true);
    expect(await wcagViolations()).toEqual([]);
  });
});

async function wcagViolations(): Promise<{ id: string; targets: unknown[] }[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
  }, WCAG_22_AA);
}

describe('without JavaScript', () => {
  it('says search needs JavaScript and links to the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${server.url}search/?q=children`);
      const notice = plain.locator('main');
      expect(await notice.innerText()).toContain('Search needs JavaScript');
      const links = await plain.locator('main .govuk-inset-text a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/meetings/', '/committees/', '/reports/', '/recommendations/', '/people/']);
      // The filter and results panel needs JavaScript, so it stays hidden.
      expect(await plain.locator('[data-search-filters]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('a record page opened from a result still shows its text, unmarked', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await openSearch(page, server.url, { q: 'Signs of Safety' });
      const [first] = await resultsOf(page);
      await plain.goto(new URL(first?.href ?? '', server.url).toString());
      expect(await plain.locator('h1').innerText()).toContain('11 July 2017');
      expect(await plain.locator('#item-49').isVisible()).toBe(true);
      expect(await plain.locator('mark').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
