/**
 * A record of decision's publication and call-in dates on the site: a Cabinet Member's record of decision in our own
 * words (scripts/import/kinds/fixtures/cabinet-member-record-of-decision), whose foot says when it was published and
 * when its call-in ends, imported and built with the other fixture records (fixture-site.ts). The meeting's page shows
 * both in its summary list, with no JavaScript; a meeting whose record states neither shows no such row (never a date
 * made up); the open data's meetings table has both in its columns, empty where the record does not say.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingId, openFixtureSite, tableRows, type FixtureSite } from './fixture-site.ts';
import type { StaticServer } from './harness.ts';

const NOTICE = 'meetings/brackenholt-borough-council/cabinet-member-for-parks-and-open-spaces/2025-03-03/';
/** A meeting of the fixture site whose minutes state no publication or call-in (site-exempt.test.ts's). */
const MINUTES = 'meetings/tollbridge-borough-council/resources-scrutiny-committee/2027-03-09/';

let site: FixtureSite | undefined;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  site = await openFixtureSite();
  ({ server, page } = site);
}, 180_000);
afterAll(async () => {
  await site?.close();
});

/** The meeting page's summary list, each row's key and value as the reader sees them. */
async function summaryRows(path: string): Promise<Record<string, string>> {
  await page.goto(server.url + path);
  const rows = await page
    .locator('.govuk-summary-list__row')
    .evaluateAll((found) => found.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(
    rows.map(([key, value]) => [(key ?? '').replace(/\s+/g, ' ').trim(), (value ?? '').replace(/\s+/g, ' ').trim()]),
  );
}

describe('publication and call-in dates', () => {
  it("shows the day a record of decision was published and the day its call-in ends on the meeting's page", async () => {
    const rows = await summaryRows(NOTICE);
    expect(rows['Published']).toBe('Tuesday 4 March 2025');
    expect(rows['Call-in ends']).toBe('Tuesday 11 March 2025');
  });

  it('shows neither row for minutes that state neither', async () => {
    const rows = await summaryRows(MINUTES);
    expect(rows['Venue']).toBeDefined();
    expect(Object.keys(rows)).not.toContain('Published');
    expect(Object.keys(rows)).not.toContain('Call-in ends');
  });

  it("gives both in the open data's meetings table, empty where the record does not say", () => {
    const byId = new Map(tableRows('meetings').map((row) => [row['id'], row]));
    expect(byId.get(meetingId(NOTICE))).toMatchObject({ publication_date: '2025-03-04', call_in_expiry: '2025-03-11' });
    expect(byId.get(meetingId(MINUTES))).toMatchObject({ publication_date: '', call_in_expiry: '' });
  });
});
