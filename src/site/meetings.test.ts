import { describe, expect, it } from 'vitest';
import { byYear, isItemNumber, itemAnchorOf, itemOf, neighboursByMeeting, newestFirst, nextScheduled, years } from './meetings.ts';
import { meeting } from './fixtures.test-data.ts';

const a = meeting('c/a', { date: '2017-07-11' });
const b = meeting('c/b', { date: '2018-01-02' });
const undated = meeting('c/u', { date: null, dateStatus: 'not-stated' });
const c = meeting('c/c', { date: '2017-09-01' });
const other = meeting('o/x', { date: '2017-08-01', committee: 'epping-forest-district-council/other' });

describe('ordering meetings', () => {
  it('puts the newest first and undated meetings last', () => {
    expect(newestFirst([a, undated, b, c]).map((m) => m.id)).toEqual(['c/b', 'c/c', 'c/a', 'c/u']);
  });

  it('groups by year, newest year first, with undated meetings apart', () => {
    const groups = byYear([a, undated, b, c]);
    expect(groups.map((g) => [g.year, g.meetings.length])).toEqual([
      ['2018', 1],
      ['2017', 2],
      [null, 1],
    ]);
    expect(years([a, undated, b, c])).toEqual(['2018', '2017']);
  });
});

describe('next scheduled meeting', () => {
  it('is the earliest scheduled date after every held meeting', () => {
    const s1 = meeting('c/s1', { date: '2018-03-01', status: 'scheduled' });
    const s2 = meeting('c/s2', { date: '2018-02-01', status: 'scheduled' });
    const past = meeting('c/s0', { date: '2017-01-01', status: 'scheduled' });
    expect(nextScheduled([a, b, s1, s2, past])?.id).toBe('c/s2');
  });

  it('does not count a cancelled meeting as held', () => {
    const s = meeting('c/s', { date: '2018-02-01', status: 'scheduled' });
    expect(nextScheduled([a, b, meeting('c/x', { date: '2018-03-01', status: 'cancelled' }), s])?.id).toBe('c/s');
  });

  it('is absent when nothing is scheduled after the last meeting held', () => {
    expect(nextScheduled([a, b, meeting('c/s', { date: '2017-12-01', status: 'scheduled' })])).toBeNull();
  });
});

describe('previous and next meeting of a committee', () => {
  it('skips other committees and undated meetings', () => {
    const committee = a.data.committee ?? '';
    const around = neighboursByMeeting(
      new Map([
        [committee, [b, undated, a, c]],
        [other.data.committee ?? '', [other]],
      ]),
    );
    expect(around.get(c.id)).toEqual({ previous: a, next: b });
    expect(around.get(a.id)).toEqual({ previous: null, next: c });
    expect(around.get(other.id)).toEqual({ previous: null, next: null });
    expect(around.has(undated.id)).toBe(false);
  });
});

describe('itemAnchorOf', () => {
  const items = [
    { number: '4.', anchor: 'item-4' },
    { number: '6', anchor: 'item-6' },
    { number: '6', anchor: 'item-6-2' },
  ];
  it('finds the anchor of the one item with a number, "4" the item printed "4."; none when two share it', () => {
    expect([itemAnchorOf('4', items), itemAnchorOf('6', items), itemAnchorOf('9', items)]).toEqual(['item-4', null, null]);
  });

  it('is one rule with itemOf, which gives the item itself, or null, never a guess among items sharing a number', () => {
    const shared = [
      { number: '3', anchor: 'item-3', title: 'Minutes' },
      { number: '3', anchor: 'item-3-2', title: 'Play areas' },
      { number: '5)', anchor: 'item-5', title: 'Allotments' },
      { number: null, anchor: 'item', title: 'Any other business' },
    ];
    expect(itemOf('5', shared)?.title).toBe('Allotments');
    expect(itemOf('5.', shared)?.anchor).toBe('item-5');
    expect(itemOf('3', shared)).toBeNull();
    expect(itemOf('7', shared)).toBeNull();
    expect(itemAnchorOf('3', shared)).toBeNull();
    // The same comparison, one item at a time (a report naming its item is listed under each with the number).
    expect(shared.filter((item) => isItemNumber('3', item)).map((item) => item.anchor)).toEqual(['item-3', 'item-3-2']);
    expect(isItemNumber('5', { number: '5)' })).toBe(true);
    expect(isItemNumber('5', { number: null })).toBe(false);
  });
});
