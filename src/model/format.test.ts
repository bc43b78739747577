import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatTime } from './format.ts';

describe('format', () => {
  it('formats date-only values in UTC, never a day off', () => {
    expect(formatDate('2017-07-11')).toBe('11 July 2017');
    expect(formatDate('2014-01-01')).toBe('1 January 2014');
    expect(formatLongDate('2017-07-11')).toBe('Tuesday 11 July 2017');
  });

  it('formats clock times the GOV.UK way', () => {
    expect(formatTime('19:00')).toBe('7pm');
    expect(formatTime('10:30')).toBe('10:30am');
    expect(formatTime('12:15')).toBe('12:15pm');
    expect(formatTime('00:00')).toBe('12am');
  });
});
