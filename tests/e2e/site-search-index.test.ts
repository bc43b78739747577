/**
 * The search index is made while the pages render (src/integrations/pagefind-feed.ts): every
 * page reaches Pagefind through the middleware, under the base path too, and the build does
 * not fall back to reading the output folder afterwards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCOPES_FOLDER } from '../../src/model/search-scopes.ts';
import { BASE_SITE_DIR, SITE_DIR } from './harness.ts';

describe('the search index', () => {
  it.each([SITE_DIR, BASE_SITE_DIR])('is fed page by page while %s renders', (dir) => {
    const log = readFileSync(`${dir}.log`, 'utf8');
    const built = Number(/(\d+) page\(s\) built/.exec(log)?.[1]);
    expect(built).toBeGreaterThan(100);
    // Every page built reaches the feed; those with record text are indexed, all of them.
    expect(log).toContain(`of the ${built} pages (the others list records) into`);
    const indexed = Number(/Indexed (\d+) of the/.exec(log)?.[1]);
    expect(indexed).toBeGreaterThan(100);
    expect(indexed).toBeLessThan(built);
    expect(JSON.parse(readFileSync(`${dir}/pagefind/pagefind-entry.json`, 'utf8')).languages.en.page_count).toBe(indexed);
    // One part (the bundled records are far below a part), reused when an earlier build left it in the cache.
    const line =
      /Indexed \d+ of the \d+ pages .* into .*\(one part(?:, reused from the previous build)?, rewritten in [\d.]+ s, with (\d+) councils’ own indexes\)/.exec(
        log,
      );
    expect(line).not.toBeNull();
    // Each council's own index, as many as the log says (src/model/pagefind-scopes.ts).
    const councils = readdirSync(`${dir}/pagefind/${SCOPES_FOLDER}`);
    expect(councils.length).toBeGreaterThan(1);
    expect(Number(line?.[1])).toBe(councils.length);
    expect(log).not.toContain('No page reached Pagefind while rendering');
    expect(JSON.parse(readFileSync(`${dir}/pagefind/parts.json`, 'utf8'))).toEqual([]);
  });
});
