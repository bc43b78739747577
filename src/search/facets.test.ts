import { describe, expect, it } from 'vitest';
import { NOT_STATED, sortFacetValues } from './facets.ts';

describe('sortFacetValues', () => {
  it('lists years newest first with "Not stated" last', () => {
    expect(sortFacetValues('year', ['2012', NOT_STATED, '2017', '2010'])).toEqual(['2017', '2012', '2010', NOT_STATED]);
  });

  it('lists record types in their natural order, unknown ones after', () => {
    expect(sortFacetValues('type', ['Person', 'Zebra', 'Report', 'Meeting'])).toEqual(['Meeting', 'Report', 'Person', 'Zebra']);
  });

  it('lists statuses in their natural order', () => {
    expect(sortFacetValues('status', [NOT_STATED, 'Completed', 'Open'])).toEqual(['Open', 'Completed', NOT_STATED]);
  });

  it('lists councils alphabetically without duplicates', () => {
    expect(sortFacetValues('council', ['Thurrock Council', 'Essex County Council', 'Thurrock Council'])).toEqual([
      'Essex County Council',
      'Thurrock Council',
    ]);
  });
});
