/**
 * Helpers for the search browser tests: open the search page and its filters, read its results,
 * and find which meeting page a seed source became (read from the records, never hard-coded).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

export interface ShownResult {
  title: string;
  /** Link path without the highlight parameters. */
  path: string;
  href: string;
  meta: string;
  excerptHtml: string;
  /** Sub-result links (agenda items), as path#anchor. */
  items: string[];
}

/** Waits until the page has finished its current search. */
export async function waitForSearch(page: Page): Promise<void> {
  // 'attached': an empty results list has no height, and that is a finished search too.
  await page.waitForSelector('[data-search-app][data-ready]', { state: 'attached' });
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
}

/** Opens the search page at `siteUrl` + search/ with the given address parameters. */
export async function openSearch(page: Page, siteUrl: string, params: Record<string, string | string[]> = {}): Promise<void> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value].flat()) query.append(key, one);
  await page.goto(`${siteUrl}search/${query.size > 0 ? `?${query}` : ''}`);
  await waitForSearch(page);
}

/** "Filter results", the details holding the filter checkboxes. */
export const FILTER_PANEL = '[data-search-filter-panel]';

/**
 * Opens "Filter results" (a click on its summary, unless it is open) and waits until the
 * current search's counts are shown.
 */
export async function openFilters(page: Page): Promise<void> {
  if (!(await page.locator(FILTER_PANEL).evaluate((panel) => (panel as HTMLDetailsElement).open))) {
    await page.locator(`${FILTER_PANEL} summary`).click();
  }
  await waitForFilters(page);
}

/** Waits until "Filter results" is open and shows the current search's counts. */
export async function waitForFilters(page: Page): Promise<void> {
  await page.waitForSelector(`${FILTER_PANEL}[open] [data-search-filters]:not([hidden])`, { state: 'attached' });
}

export function statusOf(page: Page): Promise<string> {
  return page.locator('[data-search-status]').innerText();
}

export function resultsOf(page: Page): Promise<ShownResult[]> {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('h3 a');
      const strip = (href: string) => {
        // Without the text fragment (":~:text=…") that highlights the searched words.
        const url = new URL(href, location.href);
        return `${url.pathname}${url.hash.replace(/:~:.*$/, '').replace(/^#$/, '')}`;
      };
      return {
        title: link?.textContent ?? '',
        path: strip(link?.href ?? ''),
        href: link?.getAttribute('href') ?? '',
        meta: item.querySelector('.app-search-result__meta')?.textContent ?? '',
        excerptHtml: item.querySelector('.app-search-result__excerpt')?.innerHTML ?? '',
        items: [...item.querySelectorAll<HTMLAnchorElement>('.app-search-result__items a')].map((a) => strip(a.href)),
      };
    }),
  );
}

/** Clicks "Show more results" until every result is on the page. */
export async function showAll(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The meeting page (path below the site root, e.g. `meetings/…/`) imported from a seed source file. */
export function meetingPathFromSource(sourcePrefix: string, contentDir = process.env['CONTENT_DIR'] ?? 'content'): string {
  const meetings = join(contentDir, 'meetings');
  for (const file of markdownFiles(meetings)) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const data = parse(frontmatter) as { provenance?: { file?: string } };
    if (data.provenance?.file?.includes(`/${sourcePrefix}`)) {
      return `meetings/${relative(meetings, file).replace(/\.md$/, '')}/`;
    }
  }
  throw new Error(`No meeting record was imported from ${sourcePrefix}`);
}
