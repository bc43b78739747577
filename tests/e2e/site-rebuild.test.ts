/**
 * Issue 16, goal 3: after importing one meeting into a built archive, a build that keeps the
 * previous build's caches gives exactly the site a build from nothing gives (every file, the search
 * index included), reuses the pages and record text that did not change, and updates every page that lists
 * or links the new meeting: its committee, council, year, the people who attended, the meetings
 * index and the meeting before it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFolders } from '../../scripts/bench/rebuild.ts';
import { readOutputLine, readPagesLine, readPartsLine, readRecordTextLine } from '../../src/model/build-log.ts';
import { PROJECT, privateConfig } from './harness.ts';

const ROOT = join(PROJECT, 'dist-test/rebuild');
const CONTENT = join(ROOT, 'content');
const SITE = join(ROOT, 'site');
const REFERENCE = join(ROOT, 'reference');

const COMMITTEE = 'essex-county-council/people-and-families-scrutiny-committee';
const NEW_MEETING = `/meetings/${COMMITTEE}/2016-07-14/`;

/** Minutes of a meeting the bundled archive does not hold, in the plain layout the general reader takes (our own words). */
const MINUTES = `Essex County Council

People and Families Scrutiny Committee

Minutes of the meeting held on Thursday 14 July 2016 at 10.00 am in Committee Room 1, County Hall, Chelmsford

Present:
Councillor Ray Gooding (Chairman)
Councillor M Mackrory

1. Minutes

The minutes of the meeting held on 12 May 2016 were approved as a correct record.

2. School Places Review

Councillor Ray Gooding introduced the review of school places and answered questions from members.

Resolved: that the review be noted.
`;

/** Builds the copied archive into `outDir`; `force` starts from nothing. Returns Astro's log. */
function build(outDir: string, force: boolean): string {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--config', privateConfig(ROOT), ...(force ? ['--force'] : [])];
  return execFileSync(process.execPath, args, {
    cwd: PROJECT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    // Small parts of the index (some 14 here), to see which a rebuild sends to Pagefind again.
    env: {
      ...process.env,
      CONTENT_DIR: CONTENT,
      OUT_DIR: outDir,
      BASE_PATH: '/',
      BUILD_DATE: '2026-11-30',
      NO_COLOR: '1',
      PAGEFIND_PAGES_PER_PART: '10',
    },
  });
}

function page(site: string, path: string): string {
  return readFileSync(join(site, path, 'index.html'), 'utf8');
}

/** The pages that list or link the new meeting once it is imported. */
const LISTING = [
  `/committees/${COMMITTEE}/`,
  '/councils/essex-county-council/',
  '/years/2016/',
  '/people/ray-gooding/',
  '/people/m-mackrory/',
  '/meetings/',
  `/meetings/${COMMITTEE}/2016-05-12/`,
];

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('a rebuild after importing one meeting', () => {
  it(
    'gives the site a build from nothing gives, reusing the text that did not change and updating every list',
    { timeout: 300_000 },
    () => {
      rmSync(ROOT, { recursive: true, force: true });
      mkdirSync(ROOT, { recursive: true });
      cpSync(join(PROJECT, 'content'), CONTENT, { recursive: true });
      const first = build(SITE, true)
        .split('\n')
        .map(readRecordTextLine)
        .find((found) => found !== null);
      const before = new Map(LISTING.map((path) => [path, page(SITE, path)]));
      for (const [path, html] of before) expect(html, path).not.toContain(`href="${NEW_MEETING}"`);

      // A page the last build wrote that this one will not (as a meeting taken out of the archive leaves).
      const leftOver = join(SITE, 'meetings/left-over/index.html');
      mkdirSync(join(SITE, 'meetings/left-over'));
      writeFileSync(leftOver, '<p>left over</p>');

      writeFileSync(join(ROOT, 'minutes.txt'), MINUTES);
      const imported = execFileSync(process.execPath, ['scripts/import.ts', '--out', CONTENT, join(ROOT, 'minutes.txt')], {
        cwd: PROJECT,
        encoding: 'utf8',
      });
      expect(imported).toMatch(/create\s+\S*meetings\/essex-county-council\/people-and-families-scrutiny-committee\/2016-07-14\.md/);

      const log = build(SITE, false).split('\n');
      const pages = log.map(readPagesLine).find((found) => found !== null);
      const text = log.map(readRecordTextLine).find((found) => found !== null);
      const output = log.map(readOutputLine).find((found) => found !== null);
      const parts = log.map(readPartsLine).find((found) => found !== null);
      // The kept pages are left in the output folder as the last build wrote them, not written again.
      expect(output?.inPlace).toBe(true);
      expect(output?.kept).toBeGreaterThan(2 * (pages?.rendered ?? Infinity));
      // What the last build left and this one did not write is deleted.
      expect(output?.deleted).toBeGreaterThanOrEqual(1);
      expect(existsSync(leftOver)).toBe(false);
      // The new meeting and the pages that list or link it are rendered; most pages are the last build's.
      expect(pages?.rendered).toBeGreaterThanOrEqual(LISTING.length + 1);
      expect(pages?.reused).toBeGreaterThan(2 * (pages?.rendered ?? Infinity));
      // The new meeting's text is rendered, and little else: the pages rendered again list records, and
      // the text of any other comes from the cache.
      expect(text?.rendered).toBeGreaterThan(0);
      expect(text?.rendered).toBeLessThan((first?.rendered ?? 0) / 20);
      // Only the new meeting's part of the index (and the next, if its start moved) goes to Pagefind again:
      // its people's pages and the meeting before it changed only where search does not look (Unindexed.astro).
      expect(parts?.parts).toBeGreaterThan(8);
      expect((parts?.parts ?? 0) - (parts?.reused ?? 0)).toBeLessThanOrEqual(2);
      for (const path of LISTING) {
        const html = page(SITE, path);
        expect(html, path).not.toBe(before.get(path));
        expect(html, path).toContain(`href="${NEW_MEETING}"`);
      }

      build(REFERENCE, true);
      const differences = compareFolders(REFERENCE, SITE);
      expect(differences.sample).toEqual([]);
      expect(differences.files).toBeGreaterThan(100);
    },
  );
});
