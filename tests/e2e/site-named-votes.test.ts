/**
 * Recorded (named) votes on the site: minutes in our own words that name who voted which way
 * (scripts/import/reader/fixtures/council-named-votes) imported and built with the other fixture records
 * (fixture-site.ts). The meeting's page says how each member voted, each name linked to the person's page through
 * the meeting's attendance ("Eaves" in the vote is "E Eaves" present); the person's page lists their
 * votes with the items they were on (and the amendment they moved, and the recommendations they moved
 * that were resolved with no vote recorded); who moved an amendment is said under it, and who moved and
 * seconded what was resolved beside the resolution; both pages pass axe and read without JavaScript.
 * The open data's votes, motions and member_votes tables hold the same, each member matched with the
 * same person.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { meetingRows, openFixtureSite, type FixtureSite } from './fixture-site.ts';
import type { StaticServer } from './harness.ts';

const MEETING = 'meetings/hartwell-borough-council/council/2025-02-18/';

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

/** Each row of the lists of who voted which way, under its heading: [heading, side, names…]. */
async function voteLists(): Promise<string[][]> {
  return page
    .locator('dl.app-vote-names')
    .evaluateAll((lists) =>
      lists.flatMap((list) =>
        [...list.querySelectorAll('.govuk-summary-list__row')].map((row) => [
          (list.previousElementSibling?.textContent ?? '').trim(),
          (row.querySelector('dt')?.textContent ?? '').trim(),
          ...(row.querySelector('dd')?.textContent ?? '').split(',').map((name) => name.trim()),
        ]),
      ),
    );
}

describe('named votes', () => {
  it("the meeting's page lists who voted which way in each recorded vote", async () => {
    await page.goto(server.url + MEETING);
    expect(await voteLists()).toEqual([
      ['How members voted on the amendment (lost)', 'For', 'Eaves', 'Foyle'],
      ['How members voted on the amendment (lost)', 'Against', 'Barlow', 'Cross', 'Dunne', 'Garnett'],
      ['How members voted on the amendment (lost)', 'Abstained', 'Abbott'],
      ['How members voted on the recommendation (carried)', 'For', 'Abbott', 'Barlow', 'Cross', 'Dunne'],
      ['How members voted on the recommendation (carried)', 'Against', 'Eaves', 'Foyle'],
      ['How members voted on the recommendation (carried)', 'Abstained', 'Garnett'],
    ]);
  });

  it('says under what was put who moved it, as the minutes say', async () => {
    await page.goto(server.url + MEETING);
    const cells = await page.locator('table.app-votes tbody th').allTextContents();
    expect(cells.map((cell) => cell.replace(/\s+/g, ' ').trim())).toEqual([
      'amendment Moved by Eaves',
      'substantive motion Moved by Cross, seconded by Dunne',
      'recommendation',
    ]);
    // Recommendations moved and seconded, then resolved with no vote recorded: said with the resolution.
    const resolved = await page.locator('#item-48 ~ .app-resolutions .app-movers').allTextContents();
    expect(resolved.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual(['Moved by Eaves, seconded by Garnett: the recommendations']);
    // Each mover's name goes to the person's page, as the lists of who voted which way do.
    const voter = await page.locator('dl.app-vote-names a', { hasText: 'Eaves' }).first().getAttribute('href');
    expect(await page.locator('#item-48 ~ .app-resolutions .app-movers a', { hasText: 'Eaves' }).getAttribute('href')).toBe(voter);
    expect(await page.locator('table.app-votes .app-movers a').allTextContents()).toEqual(['Eaves', 'Cross', 'Dunne']);
  });

  it("links each name to the person the meeting's attendance names, whose page lists their votes", async () => {
    await page.goto(server.url + MEETING);
    const eaves = page.locator('dl.app-vote-names a', { hasText: 'Eaves' }).first();
    const href = await eaves.getAttribute('href');
    expect(href).toMatch(/^\/people\/[a-z0-9-]+\/$/);
    await page.goto(server.url + (href ?? '').slice(1));
    expect(await page.locator('h1').textContent()).toBe('E Eaves');
    const rows = await page
      .locator('table.app-person-votes tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
      );
    expect(rows).toEqual([
      [expect.stringMatching(/46\. NOTICE OF MOTION: TOWN CENTRE PARKING$/), 'amendment', 'Moved', 'Lost'],
      [expect.stringMatching(/46\. NOTICE OF MOTION: TOWN CENTRE PARKING$/), 'amendment', 'For', 'Lost'],
      [expect.stringMatching(/47\. BUDGET 2025\/26$/), 'recommendation', 'Against', 'Carried'],
      [expect.stringMatching(/48\. APPOINTMENTS TO OUTSIDE BODIES$/), 'recommendations', 'Moved', 'Resolved, no vote recorded'],
    ]);
    const item = await page.locator('table.app-person-votes a').first().getAttribute('href');
    expect(item).toBe(`/${MEETING}#item-46`);
  });

  it('the open data tables hold each vote, each motion and each member named, matched with the person of their page', async () => {
    const rows = (table: string) => meetingRows(table, MEETING);
    expect(
      rows('votes').map((row) => [row['item_anchor'], row['position'], row['motion'], row['outcome'], row['voted_for'], row['votes_for']]),
    ).toEqual([
      ['item-46', '1', 'amendment', 'lost', 'Eaves; Foyle', ''],
      ['item-46', '2', 'substantive motion', 'carried', '', ''],
      ['item-47', '1', 'recommendation', 'carried', 'Abbott; Barlow; Cross; Dunne', '4'],
    ]);
    expect(rows('motions').map((row) => [row['item_anchor'], row['position'], row['motion'], row['moved_by'], row['seconded_by']])).toEqual(
      [['item-48', '1', 'recommendations', 'Eaves', 'Garnett']],
    );
    const members = rows('member_votes');
    expect(members).toHaveLength(14);
    await page.goto(server.url + MEETING);
    const href = (await page.locator('dl.app-vote-names a', { hasText: 'Eaves' }).first().getAttribute('href')) ?? '';
    expect(members.filter((row) => row['name'] === 'Eaves').map((row) => [row['item_anchor'], row['side'], row['person_id']])).toEqual([
      ['item-46', 'votedFor', href.split('/')[2]],
      ['item-47', 'votedAgainst', href.split('/')[2]],
    ]);
  });

  it('both pages pass axe', async () => {
    await page.goto(server.url + MEETING);
    const person = (await page.locator('dl.app-vote-names a').first().getAttribute('href')) ?? '';
    expect(await axeViolations(browser, server.url, MEETING)).toEqual([]);
    expect(await axeViolations(browser, server.url, person.slice(1))).toEqual([]);
  });
});
