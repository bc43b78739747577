/**
 * Addresses of pages, always under the site's base path (BASE_PATH, e.g. `/scrutiny/`)
 * and always with a trailing slash, as astro.config.mjs asks.
 */
import { underBase, withTrailingSlash } from '../model/base-path.ts';

/** The base path with exactly one trailing slash. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return withTrailingSlash(base);
}

/** What encodeURIComponent leaves as it is, and the slash: most ids are made only of these. */
const UNESCAPED = /^[\w\-.!~*'()/]*$/;

/** Ids are paths (`council/committee/date`): each segment is encoded, the slashes kept. */
function encodeId(id: string): string {
  return UNESCAPED.test(id) ? id : id.split('/').map(encodeURIComponent).join('/');
}

/** Address of a page below the base, e.g. `href('meetings/')`. */
export function href(path: string, base?: string): string {
  return underBase(basePath(base), path);
}

export const urls = {
  home: (base?: string) => href('', base),
  councils: (base?: string) => href('councils/', base),
  council: (id: string, base?: string) => href(`councils/${encodeId(id)}/`, base),
  committees: (base?: string) => href('committees/', base),
  committee: (id: string, base?: string) => href(`committees/${encodeId(id)}/`, base),
  meetings: (base?: string) => href('meetings/', base),
  meeting: (id: string, base?: string) => href(`meetings/${encodeId(id)}/`, base),
  reports: (base?: string) => href('reports/', base),
  report: (id: string, base?: string) => href(`reports/${encodeId(id)}/`, base),
  recommendations: (base?: string) => href('recommendations/', base),
  recommendation: (id: string, base?: string) => href(`recommendations/${encodeId(id)}/`, base),
  people: (base?: string) => href('people/', base),
  person: (slug: string, base?: string) => href(`people/${encodeId(slug)}/`, base),
  years: (base?: string) => href('years/', base),
  year: (year: string, base?: string) => href(`years/${year}/`, base),
  search: (base?: string) => href('search/', base),
  /** The open data page: every file and column documented. */
  data: (base?: string) => href('data/', base),
};

/** Addresses of the files built beside the pages (feeds, calendars, open data), under the base path. */
export const files = {
  /** RSS feed of the whole archive. */
  feed: (base?: string) => href('feeds/all.xml', base),
  councilFeed: (id: string, base?: string) => href(`feeds/councils/${encodeId(id)}.xml`, base),
  committeeFeed: (id: string, base?: string) => href(`feeds/committees/${encodeId(id)}.xml`, base),
  councilCalendar: (id: string, base?: string) => href(`calendars/councils/${encodeId(id)}.ics`, base),
  committeeCalendar: (id: string, base?: string) => href(`calendars/committees/${encodeId(id)}.ics`, base),
  meetingCalendar: (id: string, base?: string) => href(`calendars/meetings/${encodeId(id)}.ics`, base),
  /** A bulk data file, e.g. `dataFile('csv/meetings.csv')`. */
  dataFile: (name: string, base?: string) => href(`data/${name}`, base),
};

/** An address from `urls` or `files` made absolute on the site's address (astro.config.mjs `site`). */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://scrutiny.example.org').href;
}

/** The `webcal:` address that makes a calendar app subscribe to an absolute https calendar address. */
export function webcal(url: string): string {
  return url.replace(/^https?:/i, 'webcal:');
}

/** A record's own web address, only when it is http(s): records could hold `javascript:` links. */
export function safeExternal(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
