import { describe, expect, it } from 'vitest';
import { londonInstant, londonIso, londonOffsetMinutes } from './london-time.ts';

describe('London wall-clock times', () => {
  it('are an hour ahead of UTC in summer (BST) and equal to it in winter (GMT)', () => {
    expect(londonInstant('2017-07-11', '19:00').toISOString()).toBe('2017-07-11T18:00:00.000Z');
    expect(londonInstant('2015-01-15', '10:00').toISOString()).toBe('2015-01-15T10:00:00.000Z');
    expect(londonOffsetMinutes(Date.UTC(2017, 6, 11))).toBe(60);
  });

  it('are right on the days the clocks change', () => {
    // 26 March 2017: clocks go forward at 01:00 GMT; 29 October 2017: back at 02:00 BST.
    expect(londonInstant('2017-03-26', '00:30').toISOString()).toBe('2017-03-26T00:30:00.000Z');
    expect(londonInstant('2017-03-26', '10:00').toISOString()).toBe('2017-03-26T09:00:00.000Z');
    expect(londonInstant('2017-10-29', '10:00').toISOString()).toBe('2017-10-29T10:00:00.000Z');
    expect(londonInstant('2017-10-28', '23:00').toISOString()).toBe('2017-10-28T22:00:00.000Z');
  });

  it('give a new Date each time, so a caller that changes one changes no other', () => {
    const first = londonInstant('2016-06-01', '18:30');
    first.setUTCFullYear(1999);
    expect(londonInstant('2016-06-01', '18:30').toISOString()).toBe('2016-06-01T17:30:00.000Z');
    expect(londonInstant('2016-06-01').toISOString()).toBe('2016-05-31T23:00:00.000Z');
  });

  it('write ISO 8601 with the offset', () => {
    expect(londonIso('2017-07-11', '19:00')).toBe('2017-07-11T19:00:00+01:00');
    expect(londonIso('2015-01-15', '10:00')).toBe('2015-01-15T10:00:00+00:00');
  });

  it('write the same instant as londonInstant, on the days the clocks change too', () => {
    for (const [date, time] of [
      ['2017-03-26', '00:30'],
      ['2017-03-26', '01:30'],
      ['2017-03-26', '10:00'],
      ['2017-10-29', '01:30'],
      ['2017-10-29', '10:00'],
      ['2016-12-31', '23:59'],
    ] as const) {
      expect(new Date(londonIso(date, time)).getTime(), `${date} ${time}`).toBe(londonInstant(date, time).getTime());
    }
  });
});
