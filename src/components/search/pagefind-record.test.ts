import { describe, expect, it } from 'vitest';
import { committeeFilterValue, pagefindRecord } from './pagefind-record.ts';

describe('pagefindRecord', () => {
  it('files a dated meeting under its council, committee and year', () => {
    const record = pagefindRecord({
      type: 'meeting',
      title: "Children's Services Overview and Scrutiny Committee, 11 July 2017",
      council: 'Thurrock Council',
      committee: "Children's Services Overview and Scrutiny Committee",
      date: '2017-07-11',
    });
    expect(record.filters).toEqual({
      type: 'Meeting',
      council: 'Thurrock Council',
      committee: "Children's Services Overview and Scrutiny Committee (Thurrock Council)",
      year: '2017',
    });
    expect(record.meta).toEqual({
      title: "Children's Services Overview and Scrutiny Committee, 11 July 2017",
      dateText: '11 July 2017',
      council: 'Thurrock Council',
      committee: "Children's Services Overview and Scrutiny Committee",
      type: 'Meeting',
    });
    expect(record.sort).toEqual({ date: '2017-07-11' });
  });

  it('says "Not stated" for an undated meeting, and gives it no sort key (the search page puts it last)', () => {
    const record = pagefindRecord({
      type: 'meeting',
      title: 'Meeting',
      council: 'Epping Forest District Council',
      committee: null,
      date: null,
    });
    expect(record.filters['year']).toBe('Not stated');
    expect(record.filters['committee']).toBe('Not stated');
    expect(record.meta['dateText']).toBe('Date not stated');
    expect(record.sort).toEqual({});
  });

  it('keeps a year given for an approximate date', () => {
    expect(pagefindRecord({ type: 'meeting', title: 'M', date: null, year: '2012' }).filters['year']).toBe('2012');
  });

  it('leaves out filters that do not apply, e.g. to a person', () => {
    const record = pagefindRecord({ type: 'person', title: 'Cllr Ray Gooding' });
    expect(record.filters).toEqual({ type: 'Person' });
    expect(record.sort).toEqual({});
  });

  it('files a person under each council whose records name them, once each, "Not stated" for a record without one', () => {
    const record = pagefindRecord({
      type: 'person',
      title: 'Jo Bloggs',
      councils: ['Thurrock Council', null, 'Essex County Council', 'Thurrock Council'],
    });
    expect(record.filters['council']).toEqual(['Essex County Council', 'Not stated', 'Thurrock Council']);
    expect(record.meta['council']).toBe('Essex County Council; Not stated; Thurrock Council');
    expect(pagefindRecord({ type: 'person', title: 'Jo Bloggs', councils: [] }).filters).toEqual({ type: 'Person' });
  });

  it('gives recommendations a status in words', () => {
    expect(pagefindRecord({ type: 'recommendation', title: 'R', status: 'in-progress' }).filters['status']).toBe('In progress');
    expect(pagefindRecord({ type: 'recommendation', title: 'R' }).filters['status']).toBe('Not stated');
    expect(pagefindRecord({ type: 'report', title: 'R', status: 'open' }).filters['status']).toBeUndefined();
  });
});

describe('committeeFilterValue', () => {
  it('names the council so same-named committees stay apart', () => {
    expect(committeeFilterValue('Overview and Scrutiny Committee', 'Epping Forest District Council')).toBe(
      'Overview and Scrutiny Committee (Epping Forest District Council)',
    );
    expect(committeeFilterValue('Overview and Scrutiny Committee', null)).toBe('Overview and Scrutiny Committee');
  });
});
