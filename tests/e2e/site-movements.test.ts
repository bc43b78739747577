/**
 * Arrivals and departures on the site: a town council committee's minutes in our own words
 * (scripts/import/reader/fixtures/town-council-arrivals-departures), with notes in the list of those
 * present ("(arrived at 7.10pm)", "(from item 5)") and sentences ("Councillor Fettle left the meeting at
 * 7.40 p.m.", "The Chair left the meeting …"), imported and built with the other fixture records (fixture-site.ts). The
 * meeting's page lists them under the attendance, headed, with no JavaScript, each member linked to
 * their page, and passes axe; the minutes keep the sentences. The open data's attendance_movements
 * table has one row for each. Each member's page shows their own beside the meeting.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { meetingId, meetingRows, openFixtureSite, tableRows, type FixtureSite } from './fixture-site.ts';
import type { StaticServer } from './harness.ts';

const MEETING = 'meetings/hollingbrae-town-council/planning-and-amenities-committee/2027-03-09/';

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

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('arrivals and departures', () => {
  it('lists each member who came or went under the attendance, in the order of the record, headed', async () => {
    await page.goto(server.url + MEETING);
    const heading = page.locator('h3', { hasText: 'Arrivals and departures' });
    expect(await heading.count()).toBe(1);
    const entries = (await page.locator('.app-movements li').allTextContents()).map(squash);
    expect(entries).toEqual([
      'R Iddon arrived at 19:10',
      'N Sowerby arrived (item 5)',
      'O Fettle left at 19:40 (item 5)',
      'W Quarmby left (item 6)',
      'W Quarmby returned (item 6)',
      'O Fettle returned at 19:55 (item 7)',
      'T Marchbank left at 20:05 (item 7)',
    ]);
    // Each member goes to their page, as the attendance lists link them (the sentence's "Fettle" is written as the "O Fettle" present).
    const links = await page
      .locator('.app-movements li a:not([href^="#"])')
      .evaluateAll((found) => found.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toHaveLength(7);
    expect(links.every((href) => href.includes('/people/'))).toBe(true);
    // The item a movement is tied to goes to its section on the page.
    const items = await page.locator('.app-movements li a[href^="#"]').evaluateAll((found) => found.map((a) => a.getAttribute('href')));
    expect(items).toEqual(['#item-5', '#item-5', '#item-6', '#item-6', '#item-7', '#item-7']);
    const attendanceLink = await page.locator('ul.govuk-list li a', { hasText: 'O Fettle' }).first().getAttribute('href');
    expect(links[2]).toBe(attendanceLink);
  });

  it('keeps the sentences in the minutes, and the names in the list of those present as before', async () => {
    await page.goto(server.url + MEETING);
    const minutes = squash((await page.locator('section.app-agenda-item').allTextContents()).join(' '));
    expect(minutes).toContain('Councillor Fettle left the meeting at 7.40 p.m.');
    expect(minutes).toContain('Councillor Quarmby returned to the meeting.');
    const present = (await page.locator('h3:has-text("Present") + ul li').allTextContents()).map(squash);
    expect(present).toEqual(['T Marchbank', 'O Fettle', 'R Iddon', 'W Quarmby', 'N Sowerby']);
  });

  it('the open data has one row for each, in order, with the time, the item and the record’s words', () => {
    const rows = meetingRows('attendance_movements', MEETING);
    expect(rows.map((row) => [row['position'], row['name'], row['movement'], row['time'], row['item_number'], row['item_anchor']])).toEqual(
      [
        ['1', 'R Iddon', 'arrived', '19:10', '', ''],
        ['2', 'N Sowerby', 'arrived', '', '5', 'item-5'],
        ['3', 'O Fettle', 'left', '19:40', '5', 'item-5'],
        ['4', 'W Quarmby', 'left', '', '6', 'item-6'],
        ['5', 'W Quarmby', 'returned', '', '6', 'item-6'],
        ['6', 'O Fettle', 'returned', '19:55', '7', 'item-7'],
        ['7', 'T Marchbank', 'left', '20:05', '7', 'item-7'],
      ],
    );
    expect(rows.every((row) => row['date'] === '2027-03-09')).toBe(true);
    // The rows of other meetings (the site has another on 9 March 2027) hold none of this one's movements: each is counted here alone.
    const elsewhere = tableRows('attendance_movements').filter(
      (row) => row['meeting_id'] !== meetingId(MEETING) && rows.some((own) => own['text'] === row['text']),
    );
    expect(elsewhere).toEqual([]);
    expect(rows.every((row) => row['person_id'] !== '')).toBe(true);
    expect(rows[3]?.['text']).toBe(
      'Councillor Quarmby, having declared an interest, left the room for this item and took no part in the discussion or vote.',
    );
  });

  it("a member's page shows their arrivals and departures beside the meeting, each item linked to its section", async () => {
    await page.goto(server.url + MEETING);
    const personOf = async (name: string) =>
      (await page.locator('.app-movements li a:not([href^="#"])', { hasText: name }).first().getAttribute('href')) ?? '';
    const fettle = await personOf('Fettle');
    const quarmby = await personOf('Quarmby');
    const meetingPath = new URL(server.url + MEETING).pathname;
    const movementsOn = async (path: string) => {
      expect((await page.goto(new URL(path, server.url).href))?.status()).toBe(200);
      // Beside the meeting's link in the list of appearances, not elsewhere on the page.
      const beside = page.locator(`li:has(> a[href="${meetingPath}"]) .app-person-movements`);
      return {
        lines: (await beside.locator('li').allTextContents()).map(squash),
        items: await beside.locator('a').evaluateAll((found) => found.map((a) => a.getAttribute('href'))),
      };
    };
    expect(await movementsOn(fettle)).toEqual({
      lines: ['Left at 19:40 (item 5)', 'Returned at 19:55 (item 7)'],
      items: [`${meetingPath}#item-5`, `${meetingPath}#item-7`],
    });
    expect(await movementsOn(quarmby)).toEqual({
      lines: ['Left (item 6)', 'Returned (item 6)'],
      items: [`${meetingPath}#item-6`, `${meetingPath}#item-6`],
    });
    expect(await axeViolations(browser, server.url, fettle.replace(/^\//, ''))).toEqual([]);
  });

  it('the page passes axe', async () => {
    expect((await page.goto(server.url + MEETING))?.status()).toBe(200);
    expect(await axeViolations(browser, server.url, MEETING)).toEqual([]);
  });
});
