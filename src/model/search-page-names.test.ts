import { describe, expect, it } from 'vitest';
import { dateRank, isDateOrdered, pageName, pageNumber } from './search-page-names.ts';
import { SHARED_FRAGMENTS } from './search-scopes.ts';

describe('search page names', () => {
  it('give back the rank of a dated page, in base 36', () => {
    expect(pageName('89abcdef', 0, true)).toBe('89abcdef/d0');
    expect(pageName('89abcdef', 19_999, true)).toBe('89abcdef/dffj');
    expect(dateRank(pageName('89abcdef', 19_999, true))).toBe(19_999);
  });

  it('give no rank to an undated page or a name Pagefind gave', () => {
    expect(dateRank(pageName('89abcdef', 12, false))).toBeNull();
    expect(isDateOrdered(pageName('89abcdef', 12, false))).toBe(true);
    for (const name of ['en_3f2a1b9', 'd12', '89abcdef/x12', '../d12']) {
      expect(dateRank(name), name).toBeNull();
      expect(isDateOrdered(name), name).toBe(false);
    }
  });

  it('give back the page number of a dated and an undated page, and none for a name Pagefind gave', () => {
    expect(pageNumber(pageName('89abcdef', 19_999, true))).toBe(19_999);
    expect(pageNumber(pageName('89abcdef', 20_000, false))).toBe(20_000);
    expect(pageNumber(`${SHARED_FRAGMENTS}${pageName('89abcdef', 7, false)}`)).toBe(7);
    for (const name of ['en_3f2a1b9', '89abcdef/x12', '../d12']) expect(pageNumber(name), name).toBeNull();
  });
});

describe('a council index’s page names', () => {
  it('give back the rank of the whole index’s page they name', () => {
    const name = `${SHARED_FRAGMENTS}${pageName('89abcdef', 19_999, true)}`;
    expect(dateRank(name)).toBe(19_999);
    expect(isDateOrdered(`${SHARED_FRAGMENTS}${pageName('89abcdef', 3, false)}`)).toBe(true);
    expect(dateRank(`../../fragment/${pageName('89abcdef', 3, true)}`)).toBeNull();
  });
});
