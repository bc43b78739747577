/**
 * Items held in private on the site: minutes in our own words (scripts/import/reader/fixtures/
 * minutes-private-part) whose Part II items follow a resolution excluding the press and public, and one
 * whose title carries "(Not for publication - paragraphs 1 and 2)", imported and built with the other
 * fixture records (fixture-site.ts). The meeting's page says in words, beside each such item and no other, that it was
 * held in private and which paragraphs the record cites, with the record's own words; it reads without
 * JavaScript and passes axe. The open data's agenda items table says the same of each item.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { meetingRows, openFixtureSite, type FixtureSite } from './fixture-site.ts';
import type { StaticServer } from './harness.ts';

const MEETING = 'meetings/tollbridge-borough-council/resources-scrutiny-committee/2027-03-09/';

let site: FixtureSite | undefined;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await openFixtureSite();
  ({ server, browser, page } = site);
}, 180_000);
afterAll(async () => {
  await site?.close();
});

/** Each item's heading with what its page says of it being held in private ('' when nothing). */
async function privateNotes(): Promise<string[][]> {
  return page
    .locator('section.app-agenda-item')
    .evaluateAll((sections) =>
      sections.map((section) => [
        (section.querySelector('h3')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        (section.querySelector('.app-exempt .govuk-tag')?.textContent ?? '').trim(),
      ]),
    );
}

describe('items held in private', () => {
  it('says beside each Part II item, and no other, that it was held in private and under which paragraphs', async () => {
    await page.goto(server.url + MEETING);
    const notes = await privateNotes();
    expect(notes.filter(([, note]) => note !== '')).toEqual([
      [expect.stringMatching(/Lease of the Quayside kiosk$/), 'Held in private (exempt information, paragraph 3)'],
      [expect.stringMatching(/Debt write-offs$/), 'Held in private (exempt information, paragraphs 1 and 2)'],
    ]);
    // The items before the exclusion, and the exclusion itself, were taken in public.
    expect(notes.find(([title]) => /Exclusion of the press and public$/.test(title ?? ''))?.[1]).toBe('');
    expect(notes.find(([title]) => /Leisure fees review$/.test(title ?? ''))?.[1]).toBe('');
  });

  it("quotes the record's words that mark the item, and keeps the mark out of its title", async () => {
    await page.goto(server.url + MEETING);
    const box = page.locator('section.app-agenda-item', { hasText: 'Debt write-offs' }).locator('.app-exempt');
    expect(await box.textContent()).toContain('(Not for publication - paragraphs 1 and 2)');
    const heading = await page.locator('section.app-agenda-item h3', { hasText: 'Debt write-offs' }).textContent();
    expect(heading).not.toMatch(/publication/);
  });

  it("the open data's agenda items table marks the same items, with the paragraphs cited", () => {
    const rows = meetingRows('agenda_items', MEETING);
    expect(rows.map((row) => [row['anchor'], row['held_in_private'], row['exempt_paragraphs']])).toEqual([
      ['item-41', '', ''],
      ['item-42', '', ''],
      ['item-43', '', ''],
      ['item-44', 'true', '3'],
      ['item-45', 'true', '1; 2'],
    ]);
  });

  it('the page passes axe', async () => {
    expect((await page.goto(server.url + MEETING))?.status()).toBe(200);
    expect(await axeViolations(browser, server.url, MEETING)).toEqual([]);
  });
});
