/**
 * Feeds, calendars, bulk data and structured data of the built sites (issue 15), read from the
 * build output with real parsers: fast-xml-parser for the RSS, ical.js for the calendars, csv-parse
 * for the CSV files, the Frictionless `datapackage` validator for datapackage.json (offline: it
 * ships the Data Package profiles), JSON.parse for the JSON-LD. Counts and rows are checked against
 * the bundled records.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { BASE_PATH, BASE_SITE_DIR, SITE_DIR } from './harness.ts';
import { contentRoot } from '../../src/model/content-root.ts';
import { collections } from '../../src/model/schema.ts';
import { readRecords } from '../../src/model/record-file.ts';
import { TABLES } from '../../src/site/open-data/tables.ts';
import { escapeHtml, FEED_LENGTH } from '../../src/site/feeds.ts';

const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: {
    load: (descriptor: string) => Promise<{
      valid: boolean;
      errors: Error[];
      resources: { name: string; read: (options: object) => Promise<unknown[]> }[];
    }>;
  };
};

const SITE = 'https://scrutiny.example.org';
const THURROCK = 'thurrock-council/childrens-services-overview-and-scrutiny-committee';
const ESSEX = 'essex-county-council/people-and-families-scrutiny-committee';

const folder = (name: keyof typeof collections) => join(contentRoot(), name);
const meetings = await readRecords(folder('meetings'), collections.meetings);
const recommendations = await readRecords(folder('recommendations'), collections.recommendations);

/** Every file below a folder, as sorted paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate?: string;
  description: string;
}

function readFeed(dir: string, path: string) {
  const xml = readFileSync(join(dir, path), 'utf8');
  expect(XMLValidator.validate(xml), path).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss: {
      '@_version': string;
      channel: { title: string; link: string; description: string; 'atom:link': { '@_href': string }; item?: RssItem[] };
    };
  };
  return doc.rss;
}

function events(dir: string, path: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(readFileSync(join(dir, path), 'utf8')));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function csv(dir: string, name: string): Record<string, string>[] {
  const text = readFileSync(join(dir, 'data/csv', `${name}.csv`), 'utf8');
  return parse(text, { columns: true, bom: false }) as Record<string, string>[];
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

for (const [name, dir, base] of [
  ['at the root', SITE_DIR, '/'],
  ['under a base path', BASE_SITE_DIR, BASE_PATH],
] as const) {
  describe(`feeds ${name}`, () => {
    const feeds = filesBelow(join(dir, 'feeds')).map((path) => `feeds/${path}`);

    it('are RSS 2.0 with absolute links, RFC 822 dates and unique GUIDs', () => {
      expect(feeds).toContain('feeds/all.xml');
      for (const path of feeds) {
        const rss = readFeed(dir, path);
        expect(rss['@_version']).toBe('2.0');
        expect(rss.channel.link.startsWith(`${SITE}${base}`), path).toBe(true);
        expect(rss.channel['atom:link']['@_href']).toBe(`${SITE}${base}${path}`);
        const items = rss.channel.item ?? [];
        for (const item of items) {
          expect(item.link.startsWith(`${SITE}${base}`), item.link).toBe(true);
          expect(item.guid['@_isPermaLink']).toBe('false');
          if (item.pubDate !== undefined) expect(item.pubDate).toMatch(RFC_822);
          expect(item.title).not.toBe('');
        }
        const guids = items.map((item) => item.guid['#text']);
        expect(new Set(guids).size, path).toBe(guids.length);
      }
    });

    it('give every seed committee a feed whose meeting entries are its meetings, dated from the records', () => {
      const committees = [...new Set(meetings.map((m) => m.data.committee).filter((c): c is string => c !== null))];
      expect(committees).toContain(THURROCK);
      for (const committee of committees) {
        const items = readFeed(dir, `feeds/committees/${committee}.xml`).channel.item ?? [];
        const links = items
          .filter((item) => item.guid['#text'].includes(':meeting:'))
          .map((item) => item.link)
          .sort();
        // A full feed holds the newest FEED_LENGTH entries: the committee's meetings from its oldest entry on.
        const oldest = Math.min(...items.flatMap((item) => (item.pubDate === undefined ? [] : [Date.parse(item.pubDate)])));
        const inWindow = (date: string | null) => items.length < FEED_LENGTH || (date !== null && Date.parse(date) + 86_400_000 > oldest);
        const expected = meetings
          .filter((m) => m.data.committee === committee && inWindow(m.data.date))
          .map((m) => `${SITE}${base}meetings/${m.id}/`)
          .sort();
        expect(links).toEqual(expected);
      }
      const thurrock = readFeed(dir, `feeds/committees/${THURROCK}.xml`).channel.item?.[0];
      expect(thurrock?.pubDate).toBe('Tue, 11 Jul 2017 18:00:00 GMT');
      expect(thurrock?.description).toContain('Items Raised by Thurrock Local Safeguarding Children Board');
      expect(thurrock?.description).toContain('Resolved:');
    });

    it('describe each update they show by its text in the record, read only for the updates shown', () => {
      const updates = (readFeed(dir, 'feeds/all.xml').channel.item ?? []).filter((item) => item.guid['#text'].includes(':update:'));
      expect(updates.length).toBeGreaterThan(0);
      for (const item of updates) {
        const [, id = '', number = ''] = /:recommendation:(.+):update:(\d+)$/.exec(item.guid['#text']) ?? [];
        const update = recommendations.find((r) => r.id === id)?.data.updates[Number(number) - 1];
        expect(update, item.guid['#text']).toBeDefined();
        expect(item.description).toBe(`<p>${escapeHtml(update?.text ?? '')}</p>`);
      }
    });
  });

  describe(`calendars ${name}`, () => {
    it('put 7pm on 11 July 2017 at 18:00Z and 10am on 15 January 2015 at 10:00Z', () => {
      const [thurrock] = events(dir, `calendars/committees/${THURROCK}.ics`);
      expect(thurrock?.startDate.toJSDate().toISOString()).toBe('2017-07-11T18:00:00.000Z');
      expect(thurrock?.location).toContain('Civic Offices');
      expect(thurrock?.component.getFirstPropertyValue('url')).toBe(`${SITE}${base}meetings/${THURROCK}/2017-07-11/`);
      const january = events(dir, `calendars/meetings/${ESSEX}/2015-01-15.ics`);
      expect(january.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2015-01-15T10:00:00.000Z']);
    });

    it("hold the scheduled meetings of seed 001's calendar in the Essex committee's calendar", () => {
      const scheduled = meetings.filter((m) => m.data.committee === ESSEX && m.data.status === 'scheduled');
      expect(scheduled.length).toBeGreaterThan(3);
      const uids = events(dir, `calendars/committees/${ESSEX}.ics`).map((e) => e.uid);
      for (const m of scheduled) expect(uids).toContain(`meetings/${m.id}@scrutiny.example.org`);
      const council = events(dir, 'calendars/councils/essex-county-council.ics').map((e) => e.uid);
      expect(council).toEqual(expect.arrayContaining(uids));
    });
  });

  describe(`bulk data ${name}`, () => {
    it('has every table as CSV (parsed back) and JSON with the same rows', () => {
      for (const table of TABLES) {
        const rows = csv(dir, table.name);
        const json = JSON.parse(readFileSync(join(dir, 'data/json', `${table.name}.json`), 'utf8')) as Record<string, unknown>[];
        expect(json.length, table.name).toBe(rows.length);
        const header = readFileSync(join(dir, 'data/csv', `${table.name}.csv`), 'utf8').split('\n')[0];
        expect(header).toBe(table.columns.map((c) => c.name).join(','));
      }
    });

    it('counts match the records', async () => {
      const full = meetings.map((m) => m.data);
      expect(csv(dir, 'meetings')).toHaveLength(meetings.length);
      expect(csv(dir, 'agenda_items')).toHaveLength(full.reduce((n, m) => n + m.items.length, 0));
      expect(csv(dir, 'resolutions')).toHaveLength(full.reduce((n, m) => n + m.items.reduce((k, i) => k + i.resolutions.length, 0), 0));
      expect(csv(dir, 'attendance')).toHaveLength(full.reduce((n, m) => n + Object.values(m.attendance).flat().length, 0));
      expect(csv(dir, 'reports')).toHaveLength((await readRecords(folder('reports'), collections.reports)).length);
      expect(csv(dir, 'recommendations')).toHaveLength(recommendations.length);
      expect(csv(dir, 'recommendation_updates')).toHaveLength(recommendations.reduce((n, r) => n + r.data.updates.length, 0));
      const councils = csv(dir, 'councils').map((row) => row['id']);
      for (const council of await readRecords(folder('councils'), collections.councils)) expect(councils).toContain(council.id);
      const committees = csv(dir, 'committees').map((row) => row['id']);
      for (const committee of await readRecords(folder('committees'), collections.committees)) expect(committees).toContain(committee.id);
      const people = readdirSync(join(dir, 'people'), { withFileTypes: true }).filter((e) => e.isDirectory());
      expect(csv(dir, 'people')).toHaveLength(people.length);
    });

    it('has exact rows from the seeds', () => {
      const meeting = csv(dir, 'meetings').find((row) => row['id'] === `${THURROCK}/2017-07-11`);
      expect(meeting).toMatchObject({
        council_id: 'thurrock-council',
        committee_id: THURROCK,
        date: '2017-07-11',
        date_status: 'exact',
        start_time: '19:00',
        end_time: '',
        venue: 'Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL',
        status: 'minutes',
        item_count: '9',
        url: `${SITE}${base}meetings/${THURROCK}/2017-07-11/`,
      });
      const resolution = csv(dir, 'resolutions').find(
        (row) => row['meeting_id'] === `${THURROCK}/2017-07-11` && row['item_number'] === '48',
      );
      expect(resolution?.['text']).toMatch(
        /^That Children’s Services Overview and Scrutiny Committee: Note the work of the Thurrock Youth Cabinet/,
      );
      expect(resolution?.['url']).toBe(`${SITE}${base}meetings/${THURROCK}/2017-07-11/#item-48`);
      const gooding = csv(dir, 'attendance').find((row) => row['person_id'] === 'ray-gooding');
      expect(gooding).toMatchObject({ role: 'presenters', name: 'Councillor Ray Gooding, Deputy Portfolio Holder for Children Services' });
      const rec = csv(dir, 'recommendations').find((row) => row['reference'] === 'COP/02/13');
      expect(rec).toMatchObject({ status: 'completed', review_date: '2014-07', meeting_dates: '2014-07-10', update_count: '1' });
    });

    it('validates as a Frictionless Data Package, every CSV read against its schema and keys', async () => {
      const pkg = await Package.load(resolve(dir, 'data/datapackage.json'));
      expect(pkg.errors.map(String)).toEqual([]);
      expect(pkg.valid).toBe(true);
      expect(pkg.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
      for (const resource of pkg.resources) await resource.read({ keyed: true, relations: true });
    });
  });

  describe(`structured data and sharing ${name}`, () => {
    const html = readFileSync(join(dir, `meetings/${THURROCK}/2017-07-11/index.html`), 'utf8');

    it('a meeting page has an Event in JSON-LD', () => {
      const text = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
      const data = JSON.parse(text) as Record<string, unknown>;
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Event',
        startDate: '2017-07-11T19:00:00+01:00',
        eventStatus: 'https://schema.org/EventScheduled',
        url: `${SITE}${base}meetings/${THURROCK}/2017-07-11/`,
        location: { '@type': 'Place', name: 'Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL' },
        organizer: { '@type': 'Organization', name: "Children's Services Overview and Scrutiny Committee" },
        subjectOf: { '@type': 'DigitalDocument', url: `${SITE}${base}meetings/${THURROCK}/2017-07-11/#agenda` },
      });
    });

    it('pages carry a canonical link, OpenGraph and Twitter meta, and the feed as an alternate', () => {
      expect(html).toContain(`<link rel="canonical" href="${SITE}${base}meetings/${THURROCK}/2017-07-11/">`);
      expect(html).toMatch(/<meta property="og:title" content="Children's Services Overview and Scrutiny Committee, 11 July 2017">/);
      expect(html).toContain('<meta name="twitter:card" content="summary">');
      expect(html).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Children's Services Overview and Scrutiny Committee: meetings, reports and recommendations" href="${base}feeds/committees/${THURROCK}.xml">`,
      );
      expect(html).toContain(`href="${base}calendars/meetings/${THURROCK}/2017-07-11.ics"`);
      const committee = readFileSync(join(dir, `committees/${ESSEX}/index.html`), 'utf8');
      expect(committee).toContain(`href="webcal://scrutiny.example.org${base}calendars/committees/${ESSEX}.ics"`);
      expect(committee).toContain('"@type":"Organization"');
      // A page without a description of its own has the site's.
      const years = readFileSync(join(dir, 'years/index.html'), 'utf8');
      expect(years).toMatch(/<meta name="description" content="Public records of UK council scrutiny/);
      expect(years).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Scrutiny archive: every council" href="${base}feeds/all.xml">`,
      );
    });
  });
}

describe('calendar UIDs', () => {
  it('are the same in two builds', () => {
    for (const path of filesBelow(join(SITE_DIR, 'calendars'))) {
      const uids = (dir: string) => events(dir, `calendars/${path}`).map((e) => e.uid);
      expect(uids(BASE_SITE_DIR), path).toEqual(uids(SITE_DIR));
    }
  });
});
