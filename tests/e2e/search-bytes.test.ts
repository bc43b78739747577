/**
 * Bytes fetched from /pagefind/ for a first and a second search, printed for the record
 * (no threshold: the benchmark tracks them over archive sizes with measureSearchBytes), and
 * no filter index among them (the filters load when "Filter results" is opened).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR, serveStatic, type StaticServer } from './harness.ts';
import { measureSearchBytes } from '../../scripts/browser/search-bytes.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(SITE_DIR, '/');
});
afterAll(() => server.close());

describe('bytes fetched per search', () => {
  it('measures a first and a second search', async () => {
    const [first, second] = await measureSearchBytes(`${server.url}search/`, ['Signs of Safety', 'Worcestershire Children First']);
    for (const search of [first, second]) {
      console.log(`search bytes: "${search?.query}" ${search?.bytes} bytes in ${search?.requests} requests (${search?.files.join(', ')})`);
    }
    // The first search loads Pagefind itself; the second reuses it and fetches only what it needs.
    expect(first?.files).toContain('pagefind.js');
    expect(first?.bytes).toBeGreaterThan(0);
    expect(second?.files).not.toContain('pagefind.js');
    expect(second?.bytes).toBeLessThan(first?.bytes ?? 0);
    // "Filter results" is closed, so a word search counts no filter and downloads none of their indexes.
    for (const search of [first, second]) expect(search?.files.filter((file) => file.startsWith('filter/'))).toEqual([]);
  });
});
