/**
 * Filters, counts and the address: ticking a council leaves only its records and the count
 * beside it is the number of results; the address carries query, filters and sort, so a new
 * page and the back button show the same search.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, type StaticServer } from './harness.ts';
import { openSearch, resultsOf, showAll, statusOf, waitForSearch } from './search-page.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openSite()));
afterAll(() => closeSite({ server, browser }));

interface FacetValue {
  value: string;
  count: number;
  checked: boolean;
}

function facetValues(facet: string): Promise<FacetValue[]> {
  return page.locator(`fieldset[data-facet="${facet}"] .govuk-checkboxes__item:not([hidden])`).evaluateAll((items) =>
    items.map((item) => ({
      value: item.querySelector('input')?.value ?? '',
      count: Number(/\((\d+)\)/.exec(item.querySelector('.app-facet-count')?.textContent ?? '')?.[1] ?? NaN),
      checked: item.querySelector('input')?.checked ?? false,
    })),
  );
}

async function totalFromStatus(): Promise<number> {
  return Number(/^(\d+) results?/.exec(await statusOf(page))?.[1] ?? 0);
}

describe('filters', () => {
  it('filtering by council leaves only that council’s records, as many as its count said', async () => {
    await openSearch(page, server.url, { q: 'children' });
    const councils = await facetValues('council');
    expect(councils.length).toBeGreaterThan(1);
    // Without a filter the council counts add up to at most the results (people have no council).
    const total = await totalFromStatus();
    expect(councils.reduce((sum, council) => sum + council.count, 0)).toBeLessThanOrEqual(total);

    const chosen = councils.find((council) => council.value === 'Thurrock Council') ?? councils[0]!;
    await page.getByLabel(new RegExp(`^${chosen.value}`)).check();
    await waitForSearch(page);
    await page.waitForURL((url) => url.searchParams.get('council') === chosen.value);

    expect(await totalFromStatus()).toBe(chosen.count);
    await showAll(page);
    const results = await resultsOf(page);
    expect(results).toHaveLength(chosen.count);
    for (const result of results) expect(result.meta).toContain(chosen.value);
    // The chosen council stays listed and ticked with the same count; the type counts add up.
    expect(await facetValues('council')).toContainEqual({ value: chosen.value, count: chosen.count, checked: true });
    const types = await facetValues('type');
    expect(types.reduce((sum, type) => sum + type.count, 0)).toBe(chosen.count);
  });

  it('the "Agenda item" type finds the single agenda item pages, the "Meeting" type whole meetings', async () => {
    await openSearch(page, server.url, { q: 'Task and Finish Panel', type: 'Agenda item' });
    await showAll(page);
    const items = await resultsOf(page);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const result of items) expect(result.meta.startsWith('Agenda item')).toBe(true);
    await openSearch(page, server.url, { q: 'Signs of Safety', type: 'Meeting' });
    const [first] = await resultsOf(page);
    expect(first?.path).toMatch(/^\/meetings\/thurrock-council\//);
  });

  it('filters alone browse the archive: every recommendation, with its status counts', async () => {
    await openSearch(page, server.url, { type: 'Recommendation' });
    const total = await totalFromStatus();
    const statuses = await facetValues('status');
    // An archive without recommendations has nothing to count.
    if (total === 0) return;
    expect(statuses.reduce((sum, status) => sum + status.count, 0)).toBe(total);
    await showAll(page);
    const results = await resultsOf(page);
    expect(results).toHaveLength(total);
    for (const result of results) expect(result.meta.startsWith('Recommendation')).toBe(true);
  });

  it('a search address opened in a new page shows the same results, filters and sort', async () => {
    await openSearch(page, server.url, { q: 'children' });
    await page.getByLabel(/^Meeting \(/).check();
    await waitForSearch(page);
    await page.locator('#search-sort').selectOption('oldest');
    await waitForSearch(page);
    await page.waitForURL((url) => url.searchParams.get('sort') === 'oldest');
    const address = page.url();
    const shown = await resultsOf(page);
    expect(new URL(address).searchParams.getAll('type')).toEqual(['Meeting']);

    const other = await browser.newPage();
    try {
      await other.goto(address);
      await waitForSearch(other);
      expect(await resultsOf(other)).toEqual(shown);
      expect(await other.locator('#search-query').inputValue()).toBe('children');
      expect(await other.locator('#search-sort').inputValue()).toBe('oldest');
      expect(await other.getByLabel(/^Meeting \(/).isChecked()).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('sorting by date puts the oldest dated meeting first and undated records last', async () => {
    await openSearch(page, server.url, { q: 'children', type: 'Meeting', sort: 'oldest' });
    const oldest = (await resultsOf(page)).map((result) => result.meta);
    await openSearch(page, server.url, { q: 'children', type: 'Meeting', sort: 'newest' });
    const newest = (await resultsOf(page)).map((result) => result.meta);
    const years = (metas: string[]) => metas.map((meta) => /\b(\d{4})\b/.exec(meta)?.[1] ?? 'none');
    const dated = years(oldest).filter((year) => year !== 'none');
    expect(dated.length).toBeGreaterThan(1);
    expect(dated).toEqual([...dated].sort());
    expect(years(newest).filter((year) => year !== 'none')).toEqual([...dated].reverse());
    // Records without a date come after the dated ones, whichever way the dates run.
    const undatedLast = (metas: string[]) => {
      const first = metas.findIndex((meta) => meta.includes('Date not stated'));
      return first === -1 || metas.slice(first).every((meta) => meta.includes('Date not stated'));
    };
    expect(undatedLast(oldest)).toBe(true);
    expect(undatedLast(newest)).toBe(true);
  });

  it('the back button restores the previous search', async () => {
    await openSearch(page, server.url, { q: 'children' });
    const before = await resultsOf(page);
    await page.getByLabel(/^Thurrock Council \(/).check();
    await waitForSearch(page);
    await page.waitForURL((url) => url.searchParams.has('council'));
    expect((await resultsOf(page)).length).toBeLessThan(before.length);

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('council'));
    await waitForSearch(page);
    expect(await page.getByLabel(/^Thurrock Council \(/).isChecked()).toBe(false);
    expect(await resultsOf(page)).toEqual(before);
  });
});
