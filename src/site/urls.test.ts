import { describe, expect, it } from 'vitest';
import { basePath, safeExternal, urls } from './urls.ts';

describe('page addresses', () => {
  it('sit under the base path with a trailing slash', () => {
    expect(urls.meeting('thurrock-council/cs/2017-07-11', '/scrutiny/')).toBe('/scrutiny/meetings/thurrock-council/cs/2017-07-11/');
    expect(urls.home('/scrutiny')).toBe('/scrutiny/');
    expect(urls.search('/')).toBe('/search/');
    expect(basePath('/a')).toBe('/a/');
  });

  it('encode each segment of an id but keep its slashes', () => {
    expect(urls.committee('council/odd name?', '/')).toBe('/committees/council/odd%20name%3F/');
    for (const id of ['ynys-môn/pwyllgor/2020-01-01', "st-john's/a_b.c(1)!~*", 'a#b/c&d', 'plain/id', '100%/x']) {
      expect(urls.meeting(id, '/')).toBe(`/meetings/${id.split('/').map(encodeURIComponent).join('/')}/`);
    }
  });

  it('only pass on http(s) addresses from records', () => {
    expect(safeExternal('https://example.org/x')).toBe('https://example.org/x');
    expect(safeExternal('javascript:alert(1)')).toBeNull();
    expect(safeExternal(null)).toBeNull();
  });
});
