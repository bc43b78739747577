/**
 * Issue 12, row 13: at a phone's width (375 px) no page of the built site scrolls sideways, and
 * neither does a meeting page whose title, item headings, links and table cells are one
 * 2,000-character word (text from councils is not always made of short words).
 */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR, launchBrowser, serveStatic, type StaticServer } from './harness.ts';

const WIDTH = 375;

/** Every HTML page of the built site, as a path below its root (`meetings/x/`), the search index's files left out. */
function pagePaths(): string[] {
  return readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith(`pagefind${sep}`))
    .map((name) =>
      name
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

/** How far the page is wider than the window, in CSS pixels (0 when it does not scroll sideways). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(SITE_DIR, '/');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe(`at ${WIDTH} px wide`, () => {
  it('no page of the site scrolls sideways', async () => {
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThan(50);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const by = await overflow(page);
      if (by > 0) wide.push(`${path}: ${by} px too wide`);
    }
    expect(wide).toEqual([]);
  });

  it('a meeting page with one 2,000-character word in its title, headings, links and cells does not either', async () => {
    const meeting = pagePaths().find((path) => /^meetings\/.+\/\d{4}-\d{2}-\d{2}\/$/.test(path));
    expect(meeting).toBeDefined();
    await page.goto(`${server.url}${meeting ?? ''}`);
    const word = 'Overviewandscrutiny'.repeat(106).slice(0, 2000);
    const replaced = await page.evaluate((long) => {
      const targets = [...document.querySelectorAll('h1, h2, h3, a, dd, td, th, li, p')].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
      );
      for (const element of targets) {
        const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
        if (text) text.textContent = long;
      }
      return targets.length;
    }, word);
    expect(replaced).toBeGreaterThan(10);
    expect(await overflow(page)).toBe(0);
  });
});
