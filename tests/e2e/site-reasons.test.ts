/**
 * The reasons for a decision and the options rejected on the site: a decision session's minutes in our
 * own words (scripts/import/reader/fixtures/decision-session-reasons), each decision with its "Reason:",
 * one item with its "Alternative options considered:", imported and built with the other fixture records (fixture-site.ts).
 * The meeting's page lists them under the item's decisions, headed, with no JavaScript, and passes axe;
 * the minutes above no longer repeat them. The open data's agenda items table has them in its columns.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { meetingRows, openFixtureSite, type FixtureSite } from './fixture-site.ts';
import type { StaticServer } from './harness.ts';

const MEETING = 'meetings/wrenfield-city-council/decision-session-executive-member-for-transport/2027-03-11/';

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

/** An item's section on the meeting page, by a word of its title. */
const item = (title: string) => page.locator('section.app-agenda-item', { hasText: title });

/** The headings of an item's section and the entries of its lists of reasons and options rejected. */
async function reasonsOf(title: string): Promise<{ headings: string[]; reasons: string[]; alternatives: string[] }> {
  const section = item(title);
  const texts = async (selector: string) =>
    (await section.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  return {
    headings: await texts('h4'),
    reasons: await texts('.app-reasons li'),
    alternatives: await texts('.app-alternatives li'),
  };
}

describe('reasons for a decision', () => {
  it("lists each decision's reasons and the options rejected under the item's decisions, headed", async () => {
    await page.goto(server.url + MEETING);
    const parking = await reasonsOf('Parking Zone');
    expect(parking.headings).toEqual(['Minutes', 'Resolved', 'Reasons for the decision', 'Other options considered']);
    expect(parking.reasons).toEqual([
      'To respond to the petition and reduce commuter parking in the streets nearest the station.',
      'To review the effect of the zone on the streets next to it.',
    ]);
    expect(parking.alternatives).toEqual([
      'Option 1, to take no action, was rejected as the petition showed wide support.',
      'Option 3, a zone for Tanner Row alone, was rejected as it would move the parking into Mill Yard.',
    ]);
    // Record text, so the search index reads it: inside the page's body for Pagefind, in no part it ignores.
    const indexed = await item('Parking Zone')
      .locator('.app-reasons, .app-alternatives')
      .evaluateAll((found) =>
        found.map((element) => element.closest('[data-pagefind-body]') !== null && element.closest('[data-pagefind-ignore]') === null),
      );
    expect(indexed).toEqual([true, true]);
    // A "That …" list closed by "Reason:" keeps its decisions, and its reason is listed under them.
    const cycle = await reasonsOf('Cycle Route');
    expect(cycle.headings).toEqual(['Minutes', 'Resolved', 'Reasons for the decision']);
    expect(await item('Cycle Route').locator('.app-resolutions li').count()).toBe(2);
    expect(cycle.reasons).toEqual(['To keep the cycle routes safe and to let residents know when the works will take place.']);
  });

  it('keeps the reasons out of the minutes, and lists none where the record gives none', async () => {
    await page.goto(server.url + MEETING);
    const minutes = await item('Parking Zone').locator('.app-prose').allTextContents();
    expect(minutes.join(' ')).not.toMatch(/Reason:|commuter parking in the streets nearest/);
    const participation = await reasonsOf('Public Participation');
    expect(participation).toEqual({ headings: ['Minutes'], reasons: [], alternatives: [] });
  });

  it('the open data\'s agenda items table has the reasons and the options rejected, entries separated by "; "', () => {
    const rows = meetingRows('agenda_items', MEETING);
    expect(rows.map((row) => [row['anchor'], row['reasons'], row['alternatives']])).toEqual([
      ['item-21', '', ''],
      ['item-22', '', ''],
      [
        'item-23',
        'To respond to the petition and reduce commuter parking in the streets nearest the station.; To review the effect of the zone on the streets next to it.',
        'Option 1, to take no action, was rejected as the petition showed wide support.; Option 3, a zone for Tanner Row alone, was rejected as it would move the parking into Mill Yard.',
      ],
      ['item-24', 'To keep the cycle routes safe and to let residents know when the works will take place.', ''],
    ]);
  });

  it('the page passes axe', async () => {
    expect((await page.goto(server.url + MEETING))?.status()).toBe(200);
    expect(await axeViolations(browser, server.url, MEETING)).toEqual([]);
  });
});
