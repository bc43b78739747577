/**
 * One small site for the browser tests of single fixture records (site-movements, site-named-votes,
 * site-reasons, site-exempt, site-notice-dates): the records imported into one content folder and built once, by the first
 * of those files to run; the others serve what it built. Each file asserts on its own meeting's pages and
 * on its own meeting's rows of the open data. One site for the four, not one each, saves three builds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildImportedSite, closeSite, launchBrowser, serveStatic, type OpenSite } from './harness.ts';

/** Each record with its import flags. */
const IMPORTS: string[][] = [
  ['scripts/import/reader/fixtures/town-council-arrivals-departures/input.txt'],
  ['scripts/import/reader/fixtures/council-named-votes/input.txt'],
  ['scripts/import/reader/fixtures/decision-session-reasons/input.txt'],
  // The fixture's flags.json gives the council the minutes leave unsaid.
  ['--council', 'Tollbridge Borough Council', 'scripts/import/reader/fixtures/minutes-private-part/input.txt'],
  ['scripts/import/kinds/fixtures/cabinet-member-record-of-decision/input.txt'],
];

/**
 * In the run's temporary folder (tests/temp-folder.ts, the same for every file of a run and removed at
 * its end), so each run builds the site afresh from the code it tests, and no run reuses another's.
 */
const ROOT = join(tmpdir(), 'fixture-site');

/** Where the site is built. */
export const FIXTURE_SITE_DIR = join(ROOT, 'site');

/** Written when the build succeeded: a file that finds it reuses the site. */
const BUILT = join(ROOT, 'built');

/** The fixture site open in Chromium; `close` closes the browser and the server, and leaves the site for the next file. */
export interface FixtureSite extends OpenSite {
  close(): Promise<void>;
}

/** The site served on loopback, Chromium, and a page that runs no JavaScript, as every page must read. */
export async function openFixtureSite(): Promise<FixtureSite> {
  // The e2e files run one at a time (vitest.config.ts), so no two build at once.
  if (!existsSync(BUILT)) {
    mkdirSync(ROOT, { recursive: true });
    buildImportedSite(ROOT, FIXTURE_SITE_DIR, IMPORTS);
    writeFileSync(BUILT, '');
  }
  const opened: Partial<OpenSite> = {};
  try {
    opened.server = await serveStatic(FIXTURE_SITE_DIR, '/');
    opened.browser = await launchBrowser();
    const page = await (await opened.browser.newContext({ javaScriptEnabled: false })).newPage();
    const site = { server: opened.server, browser: opened.browser, page };
    return { ...site, close: () => closeSite(site) };
  } catch (error) {
    await closeSite(opened);
    throw error;
  }
}

/** Every row of an open data table (data/csv/<table>.csv) of the fixture site, each by its columns' names. */
export function tableRows(table: string): Record<string, string>[] {
  return parse(readFileSync(join(FIXTURE_SITE_DIR, 'data/csv', `${table}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
}

/** A meeting's id in the open data (its meeting_id column), from its page's path: "meetings/<id>/". */
export const meetingId = (meetingPath: string): string => meetingPath.replace(/^meetings\//, '').replace(/\/$/, '');

/** The rows of an open data table (data/csv/<table>.csv) that belong to a meeting, by its page's path. */
export function meetingRows(table: string, meetingPath: string): Record<string, string>[] {
  return tableRows(table).filter((row) => row['meeting_id'] === meetingId(meetingPath));
}
