import { describe, expect, it } from 'vitest';
import { pageName } from '../model/search-page-names.ts';
import { inDateOrder, namedInDateOrder } from './date-order.ts';

const build = '0a1b2c3d';
// Best match first: a page ranked 40th in date order, an undated one, the 3rd, the 1,000th, another undated one.
const results = [
  { id: pageName(build, 40, true) },
  { id: pageName(build, 2000, false) },
  { id: pageName(build, 3, true) },
  { id: pageName(build, 1000, true) },
  { id: pageName(build, 1500, false) },
];

describe('inDateOrder', () => {
  it('puts dated results oldest or newest first by their names, undated ones after in the order given', () => {
    expect(inDateOrder(results, 'asc').map((result) => result.id)).toEqual([
      `${build}/d3`,
      `${build}/d14`,
      `${build}/drs`,
      `${build}/u1jk`,
      `${build}/u15o`,
    ]);
    expect(inDateOrder(results, 'desc').map((result) => result.id)).toEqual([
      `${build}/drs`,
      `${build}/d14`,
      `${build}/d3`,
      `${build}/u1jk`,
      `${build}/u15o`,
    ]);
  });

  it('tells an index numbered in date order from one Pagefind named', () => {
    expect(namedInDateOrder(results)).toBe(true);
    expect(namedInDateOrder([{ id: 'en_3f2a1b9' }, { id: 'en_77c01d2' }])).toBe(false);
    expect(namedInDateOrder([])).toBe(false);
  });
});
