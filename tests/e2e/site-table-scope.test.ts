/**
 * A table in a record's text (seed 001's minutes print their apologies and substitutes as one) is rendered with its
 * header row's cells marked `scope="col"` (src/markdown/rehype-table-scope.ts), as the site's own tables are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './harness.ts';

const PAGE = join(SITE_DIR, 'meetings/essex-county-council/people-and-families-scrutiny-committee/2014-11-13/index.html');

describe("a record table's header row on a built page", () => {
  it('has scope="col" on each header cell, the record table among them', () => {
    const html = readFileSync(PAGE, 'utf8');
    const heads = [...html.matchAll(/<thead[^>]*>([\s\S]*?)<\/thead>/g)].map((match) => match[1] ?? '');
    const cells = heads.flatMap((head) => [...head.matchAll(/<th\b[^>]*>/g)].map((match) => match[0]));
    expect(heads.some((head) => head.includes('Substitutes'))).toBe(true);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => !cell.includes('scope="col"'))).toEqual([]);
  });
});
