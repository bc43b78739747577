/**
 * A wide table in a record's text, on a phone: at 320 px (WCAG 1.4.10's width) it scrolls sideways inside a
 * region of its own (src/markdown/rehype-table-wrap.ts), not the page; a keyboard reaches the region and
 * scrolls it, its focus is drawn as GOV.UK draws focus, and axe's rules pass at that width (among them
 * `scrollable-region-focusable`, which a table that scrolls and cannot take focus fails). Seed report
 * paf-02-15 holds a table of five columns of providers.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WCAG_22_AA } from './axe.ts';
import { SITE_DIR, launchBrowser, serveStatic, type StaticServer } from './harness.ts';

const WIDTH = 320;
const REPORT = 'reports/essex-county-council/paf-02-15/';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(SITE_DIR, '/');
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: WIDTH, height: 800 }, javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe(`a wide record table at ${WIDTH} px`, () => {
  it('scrolls in a named region that the keyboard reaches and scrolls, and the page does not scroll sideways', async () => {
    expect((await page.goto(server.url + REPORT))?.status()).toBe(200);
    const region = page.locator('.app-prose .app-table-wrap', { has: page.locator('th', { hasText: 'Clubs & Activities' }) });
    expect(await region.count()).toBe(1);
    expect(await region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toMatch(/^Table with columns Clubs & Activities, Participation\*, .+ and 1 more$/);
    const widths = () =>
      region.evaluate((element) => ({
        region: element.clientWidth,
        table: element.scrollWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        left: element.scrollLeft,
      }));
    const before = await widths();
    expect(before.table).toBeGreaterThan(before.region);
    expect(before.page).toBe(0);

    // Tab from the top of the page until the region has the focus: it is in the tab order.
    let reached = false;
    for (let presses = 0; presses < 200 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await region.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    // GOV.UK's focus: a yellow ring, then a black one.
    expect(await region.evaluate((element) => getComputedStyle(element).boxShadow)).toContain('rgb(255, 221, 0)');
    for (let presses = 0; presses < 5; presses += 1) await page.keyboard.press('ArrowRight');
    // The browser may scroll smoothly: wait for it.
    await expect.poll(async () => (await widths()).left).toBeGreaterThan(0);
  });

  it('passes axe at that width', async () => {
    // axe runs as a script: this page has JavaScript, the reader's page above has none.
    const axePage = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
    await axePage.goto(server.url + REPORT);
    await axePage.addScriptTag({ path: AXE });
    const violations = await axePage.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } })
        .axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((violation) => violation.id);
    }, WCAG_22_AA);
    await axePage.close();
    expect(violations).toEqual([]);
  });
});
