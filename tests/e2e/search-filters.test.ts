/**
 * Filters, counts and the address: ticking a council leaves only its records and the count
 * beside it is the number of results; the address carries query, filters and sort, so a new
 * page and the back button show the same search. The filters are behind "Filter results": a
 * search with it closed downloads no filter index, opening it (mouse or keyboard) counts the
 * search on show, and an address that chooses a filter opens it, unless it is a search within
 * one council and nothing else: that runs on the council's own index
 * (pagefind/council/<folder>/), with it closed. Opened, or with other filters ticked, a search
 * within a council stays on the council's index, filtered and counted with the filter tables.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, type StaticServer } from './harness.ts';
import { FILTER_PANEL, openFilters, openSearch, resultsOf, showAll, statusOf, waitForFilters, waitForSearch } from './search-page.ts';
import { FILTER_MANIFEST, TABLE_EXTENSION } from '../../src/model/filter-tables.ts';

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

function facetValues(facet: string, on: Page = page): Promise<FacetValue[]> {
  return on.locator(`fieldset[data-facet="${facet}"] .govuk-checkboxes__item:not([hidden])`).evaluateAll((items) =>
    items.map((item) => ({
      value: item.querySelector('input')?.value ?? '',
      count: Number(/\((\d+)\)/.exec(item.querySelector('.app-facet-count')?.textContent ?? '')?.[1] ?? NaN),
      checked: item.querySelector('input')?.checked ?? false,
    })),
  );
}

async function totalFromStatus(on: Page = page): Promise<number> {
  return Number(/^(\d+) results?/.exec(await statusOf(on))?.[1] ?? 0);
}

function isOpen(on: Page = page): Promise<boolean> {
  return on.locator(FILTER_PANEL).evaluate((panel) => (panel as HTMLDetailsElement).open);
}

/** A page in a context of its own (nothing cached), and the files it fetches from /pagefind/. */
async function freshPage(viewport?: {
  width: number;
  height: number;
}): Promise<{ fresh: Page; fetched: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const fresh = await context.newPage();
  const fetched: string[] = [];
  fresh.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/')) fetched.push(path.replace(/^.*\/pagefind\//, ''));
  });
  return { fresh, fetched, close: () => context.close() };
}

const filterFiles = (fetched: string[]): string[] => fetched.filter((file) => file.startsWith('filter/'));

/**
 * The whole index's own files among those fetched: its entry, page table and word chunks, and
 * any of Pagefind's filter files (a council's index has none). Pagefind's script, the result
 * fragments and the filter tables (which every index filters with) are not.
 */
const wholeIndexFiles = (fetched: string[]): string[] =>
  fetched.filter(
    (file) =>
      file === 'pagefind-entry.json' || /^pagefind\.[^/]*\.pf_meta$/.test(file) || file.startsWith('index/') || file.endsWith('.pf_filter'),
  );

/** A result's date (its meta line says "11 July 2017"), or null for an undated record. */
function dateOf(meta: string): number | null {
  const date = /\b\d{1,2} [A-Z][a-z]+ \d{4}\b/.exec(meta)?.[0];
  return date === undefined ? null : Date.parse(`${date} UTC`);
}

describe('filters', () => {
  it('filtering by council leaves only that council’s records, as many as its count said', async () => {
    await openSearch(page, server.url, { q: 'children' });
    await openFilters(page);
    const councils = await facetValues('council');
    expect(councils.length).toBeGreaterThan(1);
    // Without a filter each council counts at most the results (a person counts under every
    // council whose records name them).
    const total = await totalFromStatus();
    for (const council of councils) expect(council.count).toBeLessThanOrEqual(total);

    const chosen = councils.find((council) => council.value === 'Thurrock Council') ?? councils[0]!;
    await page.getByLabel(new RegExp(`^${chosen.value}`)).check();
    await waitForSearch(page);
    await page.waitForURL((url) => url.searchParams.get('council') === chosen.value);

    expect(await totalFromStatus()).toBe(chosen.count);
    await showAll(page);
    const results = await resultsOf(page);
    expect(results).toHaveLength(chosen.count);
    for (const result of results) expect(result.meta).toContain(chosen.value);
    // The chosen council stays listed and ticked with the same count, beside the others (the
    // council's own index is not used: the whole index had searched the same words); the type
    // counts add up.
    expect(await facetValues('council')).toContainEqual({ value: chosen.value, count: chosen.count, checked: true });
    expect((await facetValues('council')).length).toBe(councils.length);
    expect(await page.locator('#filter-council-scope-hint').isVisible()).toBe(false);
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
    await openFilters(page);
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
    await openFilters(page);
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
      // The address chooses a filter, so "Filter results" is open with it ticked.
      expect(await isOpen(other)).toBe(true);
      expect(await other.getByLabel(/^Meeting \(/).isVisible()).toBe(true);
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
    await openFilters(page);
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

describe('a council’s and a committee’s own search', () => {
  /** Searches `words` in the form named `label` on the page at `path`, as a keyboard user would, and waits for the results. */
  async function searchFrom(path: string, label: string, words: string, on: Page = page): Promise<URL> {
    await on.goto(`${server.url}${path}`);
    const box = on.getByRole('search', { name: label }).getByRole('searchbox', { name: label });
    await box.fill(words);
    await box.press('Enter');
    await on.waitForURL((url) => url.pathname.endsWith('/search/'));
    await waitForSearch(on);
    return new URL(on.url());
  }

  it('a council’s page searches the council’s own index: its records only, counted there, widened by a link', async () => {
    const { fresh, fetched, close } = await freshPage();
    try {
      const address = await searchFrom('councils/thurrock-council/', 'Search this council’s records', 'children', fresh);
      expect(address.searchParams.get('q')).toBe('children');
      expect(address.searchParams.getAll('council')).toEqual(['Thurrock Council']);
      // Within one council: "Filter results" stays closed and the status names the council.
      expect(await isOpen(fresh)).toBe(false);
      expect(await statusOf(fresh)).toMatch(/^\d+ results? for “children” in Thurrock Council(\. Showing \d+)?\.$/);
      const total = await totalFromStatus(fresh);
      expect(total).toBeGreaterThan(0);
      await showAll(fresh);
      const found = await resultsOf(fresh);
      expect(found).toHaveLength(total);
      for (const result of found) expect(result.meta).toContain('Thurrock Council');
      // The council's own index answered, with the whole index's fragments: the whole index's
      // entry, page table and word chunks were not fetched, nor any filter.
      await fresh.waitForLoadState('networkidle');
      expect(fetched).toContain('council/thurrock-council/pagefind-entry.json');
      expect(fetched.some((file) => /^council\/thurrock-council\/pagefind\.[^/]*\.pf_meta$/.test(file))).toBe(true);
      expect(fetched.some((file) => file.startsWith('council/thurrock-council/index/'))).toBe(true);
      expect(fetched.some((file) => file.startsWith('fragment/'))).toBe(true);
      expect(wholeIndexFiles(fetched)).toEqual([]);

      // Opened, "Filter results" counts on the council's own index, with the filter tables: the
      // council alone, ticked, with as many results as its index found; the results are not drawn
      // again, and the whole index is still not fetched.
      const shown = await resultsOf(fresh);
      await openFilters(fresh);
      expect(await facetValues('council', fresh)).toEqual([{ value: 'Thurrock Council', count: total, checked: true }]);
      expect(await resultsOf(fresh)).toEqual(shown);
      // "Search all councils", from the keyboard: the same words across the archive find more.
      const widen = fresh.getByRole('link', { name: 'Search all councils' });
      expect(await widen.isVisible()).toBe(true);
      await widen.focus();
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL((url) => !url.searchParams.has('council'));
      await waitForSearch(fresh);
      expect([...new URL(fresh.url()).searchParams]).toEqual([['q', 'children']]);
      expect(await statusOf(fresh)).not.toContain('Thurrock');
      expect(await totalFromStatus(fresh)).toBeGreaterThan(total);
      expect(await widen.isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('within a council, "Filter results" and a ticked type stay on its own index, counted with the filter tables', async () => {
    const { fresh, fetched, close } = await freshPage();
    try {
      await openSearch(fresh, server.url, { q: 'children', council: 'Essex County Council' });
      const total = await totalFromStatus(fresh);
      await openFilters(fresh);
      // The council alone is listed: other councils would need the search across all councils.
      // The council filter says so, and its fieldset is described by it for screen readers.
      expect(await facetValues('council', fresh)).toEqual([{ value: 'Essex County Council', count: total, checked: true }]);
      const councils = fresh.getByRole('group', { name: 'Council' });
      expect(await councils.getAttribute('aria-describedby')).toBe('filter-council-scope-hint');
      expect(await fresh.locator('#filter-council-scope-hint').innerText()).toBe(
        'Searched within Essex County Council only. Untick it to search and count all councils.',
      );
      const types = await facetValues('type', fresh);
      expect(types.length).toBeGreaterThan(1);
      expect(types.reduce((sum, type) => sum + type.count, 0)).toBe(total);

      const chosen = types[0]!;
      await fresh.getByLabel(new RegExp(`^${chosen.value} \\(`)).check();
      await fresh.waitForURL((url) => url.searchParams.get('type') === chosen.value);
      await waitForSearch(fresh);
      expect(await statusOf(fresh)).toMatch(/^\d+ results? for “children” in Essex County Council, 1 filter applied(\. Showing \d+)?\.$/);
      expect(await totalFromStatus(fresh)).toBe(chosen.count);
      await showAll(fresh);
      const found = await resultsOf(fresh);
      expect(found).toHaveLength(chosen.count);
      for (const result of found) {
        expect(result.meta.startsWith(`${chosen.value} · `)).toBe(true);
        expect(result.meta).toContain('Essex County Council');
      }
      // The type's counts ignore its own choice; the council counts what is shown.
      expect(await facetValues('type', fresh)).toEqual(types.map((type) => ({ ...type, checked: type.value === chosen.value })));
      expect(await facetValues('council', fresh)).toEqual([{ value: 'Essex County Council', count: chosen.count, checked: true }]);
      await fresh.waitForLoadState('networkidle');
      expect(wholeIndexFiles(fetched)).toEqual([]);
      expect(fetched).toContain('council/essex-county-council/pagefind-entry.json');
    } finally {
      await close();
    }
  });

  it('"Newest first" within a council sorts its results by date, undated ones last, as the whole index does', async () => {
    const { fresh, fetched, close } = await freshPage();
    try {
      await openSearch(fresh, server.url, { q: 'children', council: 'Essex County Council', sort: 'newest' });
      expect(await statusOf(fresh)).toContain('“children” in Essex County Council');
      await showAll(fresh);
      const newest = await resultsOf(fresh);
      const dates = newest.map((result) => dateOf(result.meta));
      const dated = dates.filter((date) => date !== null);
      expect(dated.length).toBeGreaterThan(1);
      expect(new Set(dated).size).toBeGreaterThan(1);
      expect(dated).toEqual([...dated].sort((a, b) => b - a));
      expect(dates.length).toBeGreaterThan(dated.length);
      expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
      await fresh.waitForLoadState('networkidle');
      expect(fetched.some((file) => file.startsWith('council/essex-county-council/index/'))).toBe(true);
      expect(wholeIndexFiles(fetched)).toEqual([]);

      // The whole index with the council's filter (all councils searched, then the council ticked,
      // which filters those results): as many results as the council's index, in the same order.
      await fresh.getByRole('link', { name: 'Search all councils' }).click();
      await fresh.waitForURL((url) => !url.searchParams.has('council'));
      await waitForSearch(fresh);
      await openFilters(fresh);
      await fresh.getByLabel(/^Essex County Council \(/).check();
      await fresh.waitForURL((url) => url.searchParams.has('council'));
      await waitForSearch(fresh);
      expect(await statusOf(fresh)).toContain('“children”, 1 filter applied');
      expect(new URL(fresh.url()).searchParams.get('sort')).toBe('newest');
      await showAll(fresh);
      expect((await resultsOf(fresh)).map((result) => result.path)).toEqual(newest.map((result) => result.path));
    } finally {
      await close();
    }
  });

  it('a council without an index of its own is searched on the whole index with its filter, shown open', async () => {
    await openSearch(page, server.url, { q: 'children', council: 'Nowhere Council' });
    await waitForFilters(page);
    expect(await statusOf(page)).toBe('No results for “children”, 1 filter applied. Try fewer or different words, or remove a filter.');
    expect(await page.getByLabel(/^Nowhere Council \(/).isChecked()).toBe(true);
    expect(await page.getByRole('link', { name: 'Search all councils' }).isVisible()).toBe(false);
  });

  it('a committee’s page searches that committee’s records only', async () => {
    const name = "Children's Services Overview and Scrutiny Committee";
    const address = await searchFrom(
      'committees/thurrock-council/childrens-services-overview-and-scrutiny-committee/',
      'Search this committee’s records',
      'Signs of Safety',
    );
    expect(address.searchParams.getAll('committee')).toEqual([`${name} (Thurrock Council)`]);
    await waitForFilters(page);
    expect((await facetValues('committee')).find((committee) => committee.checked)?.value).toBe(`${name} (Thurrock Council)`);
    await showAll(page);
    const results = await resultsOf(page);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.path).toMatch(/^\/(meetings|reports|recommendations)\/thurrock-council\//);
  });
});

describe('"Filter results" loads the filters only when opened', () => {
  it('a word search with it closed fetches no filter; Enter on its summary fetches them and shows the counts', async () => {
    const { fresh, fetched, close } = await freshPage();
    try {
      await openSearch(fresh, server.url, { q: 'children' });
      await fresh.waitForLoadState('networkidle');
      expect(await isOpen(fresh)).toBe(false);
      expect(fetched.some((file) => file.startsWith('index/'))).toBe(true);
      expect(filterFiles(fetched)).toEqual([]);
      const results = await resultsOf(fresh);
      const address = fresh.url();
      // Marks the shown results (they must not be drawn again) and records what the note says.
      await fresh.evaluate(() => {
        for (const item of document.querySelectorAll<HTMLElement>('[data-search-results] > li')) item.dataset['kept'] = '';
        const note = document.querySelector('[data-search-filters-note]');
        const said: string[] = [];
        (window as unknown as { said: string[] }).said = said;
        if (note)
          new MutationObserver(() => said.push(note.textContent ?? '')).observe(note, {
            childList: true,
            characterData: true,
            subtree: true,
          });
      });

      await fresh.locator(`${FILTER_PANEL} summary`).focus();
      await fresh.keyboard.press('Enter');
      await waitForFilters(fresh);
      // The page counts with the filter tables; Pagefind is never asked to load a filter of its own.
      expect(filterFiles(fetched)).toContain(`filter/${FILTER_MANIFEST}`);
      expect(filterFiles(fetched).some((file) => file.endsWith(TABLE_EXTENSION))).toBe(true);
      expect(filterFiles(fetched).filter((file) => file.endsWith('.pf_filter'))).toEqual([]);
      const councils = await facetValues('council', fresh);
      expect(councils.length).toBeGreaterThan(1);
      // A person counts under each council whose records name them, so each council, not their sum, is at most the total.
      for (const council of councils) expect(council.count).toBeLessThanOrEqual(await totalFromStatus(fresh));
      expect((await facetValues('type', fresh)).reduce((sum, type) => sum + type.count, 0)).toBe(await totalFromStatus(fresh));
      // While counting the note said so, and then cleared; focus stayed on the summary.
      expect(await fresh.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(['Counting results by filter…', '']);
      expect(await fresh.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      // The results were neither searched for again nor drawn again, and the address is the same.
      expect(fresh.url()).toBe(address);
      expect(await resultsOf(fresh)).toEqual(results);
      expect(await fresh.locator('[data-search-results] > li:not([data-kept])').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('Tab from the opened summary reaches every checkbox in turn, and Space ticks one', async () => {
    await openSearch(page, server.url, { q: 'children' });
    await page.locator(`${FILTER_PANEL} summary`).focus();
    await page.keyboard.press('Space');
    await waitForFilters(page);
    expect(await isOpen(page)).toBe(true);
    const boxes = await page
      .locator('[data-search-filters] .govuk-checkboxes__item:not([hidden]) input')
      .evaluateAll((inputs) => inputs.filter((input) => (input as HTMLElement).offsetParent !== null).map((input) => input.id));
    expect(boxes.length).toBeGreaterThan(3);
    const reached: string[] = [];
    for (const _box of boxes) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toEqual(boxes);

    await page.keyboard.press('Space');
    await page.waitForURL((url) => [...url.searchParams.keys()].some((key) => key !== 'q'));
    await waitForSearch(page);
    expect(await page.locator(`#${boxes.at(-1) ?? ''}`).isChecked()).toBe(true);
  });

  it('an address that chooses a filter starts with it open and the box ticked, ready to untick', async () => {
    // A council and another filter: a search within the council that shows its filters (the
    // council alone starts closed, below).
    await openSearch(page, server.url, { q: 'children', council: 'Thurrock Council', type: 'Meeting' });
    expect(await statusOf(page)).toContain('in Thurrock Council, 1 filter applied');
    expect(await isOpen(page)).toBe(true);
    const box = page.getByLabel(/^Thurrock Council \(/);
    expect(await box.isVisible()).toBe(true);
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await page.waitForURL((url) => !url.searchParams.has('council'));
    await waitForSearch(page);
    expect(await facetValues('council')).not.toContainEqual(expect.objectContaining({ checked: true }));
    expect((await facetValues('council')).length).toBeGreaterThan(1);
  });

  it('an address that chooses one council alone starts with it closed, fetching no filter; opened, the council is ticked, ready to untick', async () => {
    const { fresh, fetched, close } = await freshPage();
    try {
      await openSearch(fresh, server.url, { q: 'children', council: 'Thurrock Council' });
      expect(await isOpen(fresh)).toBe(false);
      expect(await statusOf(fresh)).toContain('“children” in Thurrock Council');
      await fresh.waitForLoadState('networkidle');
      expect(wholeIndexFiles(fetched)).toEqual([]);
      await fresh.locator(`${FILTER_PANEL} summary`).focus();
      await fresh.keyboard.press('Enter');
      await waitForFilters(fresh);
      // The page counts with the filter tables; Pagefind is never asked to load a filter of its own.
      expect(filterFiles(fetched)).toContain(`filter/${FILTER_MANIFEST}`);
      expect(filterFiles(fetched).some((file) => file.endsWith(TABLE_EXTENSION))).toBe(true);
      expect(filterFiles(fetched).filter((file) => file.endsWith('.pf_filter'))).toEqual([]);
      // Counted on the council's own index: the whole index is still not fetched.
      expect(wholeIndexFiles(fetched)).toEqual([]);
      const box = fresh.getByLabel(/^Thurrock Council \(/);
      expect(await box.isChecked()).toBe(true);
      await box.uncheck();
      await fresh.waitForURL((url) => !url.searchParams.has('council'));
      await waitForSearch(fresh);
      expect(await statusOf(fresh)).toMatch(/^\d+ results? for “children”(\. Showing \d+)?\.$/);
      expect(await facetValues('council', fresh)).not.toContainEqual(expect.objectContaining({ checked: true }));
    } finally {
      await close();
    }
  });

  it('with no search it says to search first, and fetches no filter', async () => {
    const { fresh, fetched, close } = await freshPage();
    try {
      await openSearch(fresh, server.url);
      expect(await isOpen(fresh)).toBe(false);
      await openFilters(fresh);
      expect(await fresh.locator('[data-search-filters-note]').innerText()).toBe('Search for something to filter the results.');
      expect(await fresh.locator('[data-search-filters] fieldset:not([hidden])').count()).toBe(0);
      await fresh.waitForLoadState('networkidle');
      expect(filterFiles(fetched)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('open at 320 px wide, the filters fit without scrolling sideways', async () => {
    const { fresh, close } = await freshPage({ width: 320, height: 800 });
    try {
      await openSearch(fresh, server.url, { q: 'children' });
      await openFilters(fresh);
      expect(await fresh.getByLabel(/^Meeting \(/).isVisible()).toBe(true);
      expect(await fresh.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    } finally {
      await close();
    }
  });
});
