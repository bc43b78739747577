/**
 * Recommendations trackers in Chromium: one page per committee with recommendations, no axe
 * violations, readable with JavaScript off and in print, and a CSV that a real CSV parser reads
 * as the table's rows; the panel's Recommendation 4 shows ECC's response and links back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { SITE_DIR, launchBrowser, serveStatic, type StaticServer } from './harness.ts';

const PANEL = 'epping-forest-district-council/childrens-services-task-and-finish-panel';
const COMMITTEES = ['essex-county-council/people-and-families-scrutiny-committee', PANEL];

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

describe('tracker pages', () => {
  it.each(COMMITTEES)('%s has a tracker page and a CSV', (id) => {
    expect(existsSync(join(SITE_DIR, 'trackers', id, 'index.html'))).toBe(true);
    expect(existsSync(join(SITE_DIR, 'trackers', `${id}.csv`))).toBe(true);
  });

  it.each(COMMITTEES)('%s: axe finds no violations; without JavaScript and in print the table is there and matches the CSV', async (id) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}trackers/${id}/`);
    const rows = await page
      .locator('table.govuk-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
    const csv = parse(readFileSync(join(SITE_DIR, 'trackers', `${id}.csv`), 'utf8')) as string[][];
    expect(csv[0]?.slice(1)).toEqual(['Reference', 'Subject', 'Made', 'Addressed to', 'Response', 'Status', 'Last update']);
    expect(rows.length).toBeGreaterThan(0);
    expect(csv.slice(1).map((row) => row.slice(1).map((cell) => cell.replace(/\s+/g, ' ').trim()))).toEqual(
      rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim())),
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('table.govuk-table').first().isVisible()).toBe(true);
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    await context.close();

    expect(await axeViolations(browser, server.url, `trackers/${id}/`)).toEqual([]);
  });

  it("the panel's Recommendation 4 shows ECC's response and the response's meeting links back to it", async () => {
    const html = readFileSync(join(SITE_DIR, 'recommendations', PANEL, 'recommendation-4', 'index.html'), 'utf8');
    expect(html).toMatch(/From Essex County Council/);
    expect(html).toMatch(/Members Enquiries Team/);
    const meeting = html.match(/Given at <a class="govuk-link" href="([^"]+)"/)?.[1];
    expect(meeting).toBeDefined();
    const back = readFileSync(join(SITE_DIR, `${meeting ?? ''}index.html`), 'utf8');
    expect(back).toContain(`href="/recommendations/${PANEL}/recommendation-4/"`);
    const panel = readFileSync(join(SITE_DIR, 'committees', PANEL, 'index.html'), 'utf8');
    expect(panel).toMatch(/Recommendation 4:/);
    expect(panel).toMatch(/Response recorded \(outcome not stated\)/);
  });
});
