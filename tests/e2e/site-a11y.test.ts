/**
 * Accessibility and resilience in Chromium: axe-core (WCAG 2.2 AA rules) on one page of
 * every type, and a meeting page with JavaScript off still shows its content and navigation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsByPath, FIXED_PAGES, indexHtml, RECORD_SECTIONS, recordLinks } from './axe.ts';
import { SITE_DIR, launchBrowser, serveStatic, type StaticServer } from './harness.ts';

interface MeetingJson {
  url: string;
  items: { anchor: string }[];
}

const meetings = (): MeetingJson[] => JSON.parse(readFileSync(join(SITE_DIR, 'data/meetings.json'), 'utf8')) as MeetingJson[];

let server: StaticServer;
let browser: Browser;

/** The first record page each section's index links to; null where it links to none. */
const firstRecord = (section: string) => recordLinks(indexHtml(SITE_DIR, section), section)[0] ?? null;

beforeAll(async () => {
  server = await serveStatic(SITE_DIR, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('accessibility of every page type (axe-core, WCAG 2.2 AA)', () => {
  /** Each page's violations, by path: the pages checked two at a time, each asserted by a test of its own. */
  let violations: Map<string, string[]>;

  beforeAll(async () => {
    const records = RECORD_SECTIONS.flatMap((section) => firstRecord(section)?.slice(1) ?? []);
    violations = await axeViolationsByPath(browser, server.url, [...FIXED_PAGES, ...records]);
  });

  it.each(FIXED_PAGES)('/%s has no violations', (path) => {
    expect(violations.get(path)).toEqual([]);
  });

  it.each(RECORD_SECTIONS)('a %s record page has no violations', (section) => {
    const link = firstRecord(section);
    // An archive may have no reports or recommendations yet; its index page is checked above.
    if (link === null) {
      expect(indexHtml(SITE_DIR, section)).toMatch(/holds no|names no/);
      return;
    }
    expect(violations.get(link.slice(1))).toEqual([]);
  });
});

describe('a meeting page without JavaScript', () => {
  it('shows the record, its agenda items and the navigation, on a small screen too', async () => {
    const meeting = meetings().find((m) => m.items.length > 0);
    expect(meeting).toBeDefined();
    if (!meeting) return;
    for (const width of [1024, 360]) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL(meeting.url, server.url).href);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('h1').isVisible()).toBe(true);
      const nav = page.locator('.govuk-service-navigation__link');
      expect(await nav.count()).toBe(7);
      for (const link of await nav.all()) expect(await link.isVisible()).toBe(true);
      expect(await page.getByRole('search').locator('input[name="q"]').isVisible()).toBe(true);
      for (const item of meeting.items) expect(await page.locator(`[id="${item.anchor}"]`).isVisible()).toBe(true);
      expect(await page.locator('.govuk-summary-list').first().isVisible()).toBe(true);
      await context.close();
    }
  });
});
