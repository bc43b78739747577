/**
 * axe-core in Chromium, shared by the accessibility tests of built sites (site-a11y.test.ts for
 * the seed build, corpus-site.test.ts for a site built from the labelled corpus): the WCAG 2.2 AA
 * rules, the page types every site has, and the record pages an index page links to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Pages every site has, relative to its root: the home page, each index, the open data page and a 404. */
export const FIXED_PAGES = [
  '',
  'councils/',
  'committees/',
  'meetings/',
  'reports/',
  'recommendations/',
  'people/',
  'years/',
  'data/',
  'no-such-page/',
];

/** Sections whose index page links to a page per record. */
export const RECORD_SECTIONS = ['councils', 'committees', 'meetings', 'reports', 'recommendations', 'people', 'years'];

/** An index page of a site built at the root. */
export function indexHtml(siteDir: string, section: string): string {
  return readFileSync(join(siteDir, section, 'index.html'), 'utf8');
}

/** The links on an index page that lead to a record page below it, in page order, each once. */
export function recordLinks(indexPage: string, section: string): string[] {
  const links = [...indexPage.matchAll(new RegExp(`href="(/${section}/[^"#]+/)"`, 'g'))].map((match) => match[1] ?? '');
  return [...new Set(links)];
}

/** Violations of the WCAG 2.2 AA rules on one page, each as "path: rule at [targets]". */
export async function axeViolations(browser: Browser, siteUrl: string, path: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(siteUrl + path);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
        }
      ).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags } });
    }, WCAG_22_AA);
    return result.violations.map((v) => `${path}: ${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  } finally {
    await page.close();
  }
}

/**
 * Violations on each of `paths`, in path order, `concurrency` pages at a time: axe in one page keeps
 * one core busy, and a corpus site has tens of long meeting pages.
 */
export async function axeViolationsOf(browser: Browser, siteUrl: string, paths: string[], concurrency = 2): Promise<string[]> {
  return [...(await axeViolationsByPath(browser, siteUrl, paths, concurrency)).values()].flat();
}

/** Violations of each of `paths`, by path, checked `concurrency` pages at a time, as axeViolationsOf checks them. */
export async function axeViolationsByPath(
  browser: Browser,
  siteUrl: string,
  paths: string[],
  concurrency = 2,
): Promise<Map<string, string[]>> {
  const found: string[][] = paths.map(() => []);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < paths.length; index = next++) found[index] = await axeViolations(browser, siteUrl, paths[index] ?? '');
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  return new Map(paths.map((path, index) => [path, found[index] ?? []]));
}
