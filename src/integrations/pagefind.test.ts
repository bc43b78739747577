import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createIndex, indexSite, pagefindIndex, pagefindVersion, partCache } from './pagefind.ts';
import { openFeed, PagefindFeed } from './pagefind-feed.ts';

const site = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, body: string): void {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en-GB"><body>${body}</body></html>`);
}

describe('indexSite', () => {
  it('indexes only pages marked data-pagefind-body and writes the bundle into the output folder', async () => {
    page('meetings/a', '<nav>Menu</nav><main data-pagefind-body><h1>Meeting A</h1><p>Signs of Safety</p></main>');
    page('meetings/b', '<main data-pagefind-body><h1>Meeting B</h1><p>Ofsted</p></main>');
    page('search', '<main><h1>Search</h1></main>');

    const summary = await indexSite(site);

    // Pagefind reads every HTML file but keeps a fragment only for pages with a body.
    expect(summary.pages).toBe(3);
    expect(readdirSync(join(summary.outputPath, 'fragment'))).toHaveLength(2);
    expect(summary.outputPath).toBe(join(site, 'pagefind'));
    const files = readdirSync(summary.outputPath);
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    // forceLanguage: one English index, whatever lang the pages declare.
    expect(files.filter((file) => file.endsWith('.pf_meta'))).toEqual([expect.stringMatching(/^pagefind\.en_/)]);
  });
});

describe('partCache', () => {
  it("keeps the index's parts below Astro's cache folder, a shard's apart from the whole build's", () => {
    const cacheDir = join(site, 'astro-cache');
    expect(partCache(cacheDir, null, []).folder).toBe(join(cacheDir, 'scrutiny', 'pagefind-parts'));
    expect(partCache(cacheDir, '2/4', []).folder).toBe(join(cacheDir, 'scrutiny', 'pagefind-parts-shard-2-of-4'));
    // The key names the code, Pagefind's version and its options: the same in one checkout.
    expect(partCache(cacheDir, null, []).key).toBe(partCache(cacheDir, '2/4', []).key);
    expect(pagefindVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

/** Runs an integration's `astro:build:done` with only the parameters the hooks use. */
function buildDone(integration: AstroIntegration, dir: string, logger = { info: vi.fn(), warn: vi.fn() }): unknown {
  return integration.hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger } as never);
}

describe('pagefindIndex', () => {
  it("writes the index when the pages are done, and the `written` integration's hook waits for it", async () => {
    const out = mkdtempSync(join(tmpdir(), 'pagefind-written-'));
    mkdirSync(join(out, 'a'));
    writeFileSync(
      join(out, 'a', 'index.html'),
      '<!doctype html><html lang="en-GB"><body><main data-pagefind-body><p>Ofsted</p></main></body></html>',
    );
    const { index, written } = pagefindIndex();
    const logger = { info: vi.fn(), warn: vi.fn() };
    // No page reached Pagefind while rendering (no feed): the output folder is indexed, with no merge to wait for.
    await buildDone(index, out, logger);
    await buildDone(written, out);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 1 pages into /));
    rmSync(out, { recursive: true, force: true });
  });

  it('in a large archive, merges the index only once `written` runs, the hooks between them done', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pagefind-alone-'));
    const feed = new PagefindFeed({ createIndex, base: '/', outDir: out, pagesPerPart: 1, partBytes: Infinity });
    for (const name of ['a', 'b'])
      feed.add(`/${name}/`, `<!doctype html><html lang="en-GB"><body><main data-pagefind-body><p>${name}</p></main></body></html>`);
    openFeed(feed);
    const counted: number[] = [];
    const { index, written } = pagefindIndex((pages) => (counted.push(pages), true));
    const logger = { info: vi.fn(), warn: vi.fn() };
    // The hook returns with the parts written and the merge waiting: were it merging, the hooks
    // between would run beside it; were it waiting for them here, the build would never end.
    await buildDone(index, out, logger);
    expect(counted).toEqual([2]);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/^2 pages: the index merges once the feeds, .* are written, not beside them/),
    );
    // Written once the parts are merged.
    const parts = join(out, 'pagefind', 'parts.json');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(parts)).toBe(false);
    await buildDone(written, out, logger);
    expect(readdirSync(join(out, 'pagefind')).filter((entry) => entry.startsWith('part-'))).toEqual([]);
    expect(existsSync(parts)).toBe(true);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 2 of the 2 pages .*2 parts .*merged into one index/));
    rmSync(out, { recursive: true, force: true });
  });

  it('fails the build when the index was never started', async () => {
    await expect(Promise.resolve(buildDone(pagefindIndex().written, site))).rejects.toThrow(/not started/);
  });
});
