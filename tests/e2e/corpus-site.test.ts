/**
 * Issue 11: importing the whole labelled corpus text folder (`../shared/corpus/text`, other
 * authorities' public records, read where they lie and never copied here) into an empty content
 * folder, in one run of the importer CLI, gives content that `npm run check`'s checker passes and
 * a site that builds, whose every link the crawl follows without a broken one, and whose pages of
 * every type (a sample of each; every meeting, since each comes from a different layout) have no
 * axe violation. Skipped, saying so, when the corpus is not beside the repository.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsByPath, axeViolationsOf, FIXED_PAGES, indexHtml, RECORD_SECTIONS, recordLinks } from './axe.ts';
import { crawlChecks, recordIds } from './crawl.ts';
import { launchBrowser, runScript, serveStatic, type StaticServer } from './harness.ts';

const CORPUS_TEXT = '../shared/corpus/text';
const SITE_DIR = 'dist-test/corpus';
const CONTENT_DIR = join(tmpdir(), `scrutiny-corpus-content-${process.pid}`);
/**
 * Record pages checked with axe per section, the first and the last of its index (meetings: all of
 * them, each from a layout of its own): pages of one section share their template.
 */
const SAMPLE = 2;

const files = existsSync(CORPUS_TEXT)
  ? readdirSync(CORPUS_TEXT)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(CORPUS_TEXT, name))
  : [];
if (files.length === 0) {
  console.warn(`corpus-site.test.ts skipped: no ${CORPUS_TEXT}/*.txt (the labelled corpus is not beside the repository)`);
}

/** Up to `count` items spread evenly from first to last. */
function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return list;
  const picked = new Set<number>();
  for (let index = 0; index < count; index += 1) picked.add(Math.round((index * (list.length - 1)) / (count - 1)));
  return [...picked].map((index) => list[index] as T);
}

describe.skipIf(files.length === 0)(`a site built from every record of ${CORPUS_TEXT}`, () => {
  beforeAll(() => {
    rmSync(CONTENT_DIR, { recursive: true, force: true });
    mkdirSync(CONTENT_DIR, { recursive: true });
    runScript(['scripts/import.ts', '--out', CONTENT_DIR, ...files]);
    runScript(['scripts/check.ts'], { CONTENT_DIR });
    rmSync(SITE_DIR, { recursive: true, force: true });
    const log = runScript(['node_modules/astro/bin/astro.mjs', 'build'], { CONTENT_DIR, OUT_DIR: SITE_DIR, BASE_PATH: '/' });
    expect(log).toContain('Complete!');
  });
  afterAll(() => rmSync(CONTENT_DIR, { recursive: true, force: true }));

  it('imports every file in one run, each into at least one record', () => {
    const sources = new Set<string>();
    for (const collection of ['meetings', 'reports', 'recommendations']) {
      for (const id of recordIds(CONTENT_DIR, collection)) {
        const file = /^ {2}file: "?([^"\n]+)"?$/m.exec(readFileSync(join(CONTENT_DIR, collection, `${id}.md`), 'utf8'))?.[1];
        if (file) sources.add(file);
      }
    }
    expect(files.filter((file) => !sources.has(file))).toEqual([]);
  });

  describe('the crawl', () => {
    crawlChecks({ dir: SITE_DIR, base: '/', contentRoot: CONTENT_DIR });
  });

  describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
    let server: StaticServer;
    let browser: Browser;
    /** The fixed pages' violations, by path: checked two at a time, each asserted by a test of its own. */
    let fixed: Map<string, string[]>;

    beforeAll(async () => {
      server = await serveStatic(SITE_DIR, '/');
      browser = await launchBrowser();
      fixed = await axeViolationsByPath(browser, server.url, FIXED_PAGES);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(FIXED_PAGES)('/%s has no violations', (path) => {
      expect(fixed.get(path)).toEqual([]);
    });

    it.each(RECORD_SECTIONS)('a sample of %s record pages has no violations', async (section) => {
      const links = recordLinks(indexHtml(SITE_DIR, section), section);
      const sample = section === 'meetings' ? links : spread(links, SAMPLE);
      if (sample.length === 0) expect(indexHtml(SITE_DIR, section)).toMatch(/holds no|names no/);
      const paths = sample.map((link) => link.slice(1));
      expect(await axeViolationsOf(browser, server.url, paths)).toEqual([]);
    });
  });
});
