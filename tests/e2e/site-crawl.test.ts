/**
 * Crawls each built site from its home page, following every link, and checks that no link
 * is broken (pages, assets and #fragments), that every link stays under the base path, and
 * that every record in the archive has a page the crawl reached (the checks are in crawl.ts).
 */
import { describe } from 'vitest';
import { crawlChecks } from './crawl.ts';
import { BASE_PATH, BASE_SITE_DIR, SITE_DIR } from './harness.ts';
import { contentRoot } from '../../src/model/content-root.ts';

for (const [name, dir, base] of [
  ['at the root', SITE_DIR, '/'],
  ['under a base path', BASE_SITE_DIR, BASE_PATH],
] as const) {
  describe(`crawling the site ${name}`, () => {
    crawlChecks({ dir, base, contentRoot: contentRoot() });
  });
}
