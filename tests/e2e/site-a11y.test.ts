/**
 * Accessibility and resilience in Chromium: axe-core (WCAG 2.2 AA rules) on one page of
 * every type, and a meeting page with JavaScript off still shows its content and navigation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR, launchBrowser, serveStatic, type StaticServer } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface MeetingJson {
  url: string;
  items: { anchor: string }[];
}

const meetings = (): MeetingJson[] => JSON.parse(readFileSync(join(SITE_DIR, 'data/meetings.json'), 'utf8')) as MeetingJson[];

/** The first link on an index page that leads to a record page below it. */
function firstRecordLink(indexHtml: string, section: string): string | null {
  const match = new RegExp(`href="(/${section}/[^"#]+/)"`).exec(indexHtml);
  return match?.[1] ?? null;
}

function indexHtml(section: string): string {
  return readFileSync(join(SITE_DIR, section, 'index.html'), 'utf8');
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(SITE_DIR, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('accessibility of every page type (axe-core, WCAG 2.2 AA)', () => {
  const fixed = [
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
  const records = ['councils', 'committees', 'meetings', 'reports', 'recommendations', 'people', 'years'];

  it.each(fixed)('/%s has no violations', async (path) => {
    expect(await violations(path)).toEqual([]);
  });

  it.each(records)('a %s record page has no violations', async (section) => {
    const link = firstRecordLink(indexHtml(section), section);
    // An archive may have no reports or recommendations yet; its index page is checked above.
    if (link === null) {
      expect(indexHtml(section)).toMatch(/holds no|names no/);
      return;
    }
    expect(await violations(link.slice(1))).toEqual([]);
  });
});

async function violations(path: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(server.url + path);
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
