import { describe, expect, it } from 'vitest';
import { isCalendarDate, isClockTime } from './calendar.ts';
import { clockTime, isoDate } from './schema.ts';

describe('calendar dates and clock times (issue 12, row 8)', () => {
  it('knows month lengths and leap years', () => {
    expect(['2017-07-11', '2016-02-29', '2000-02-29', '2017-12-31', '1999-01-01'].filter(isCalendarDate)).toHaveLength(5);
    expect(
      ['2017-13-45', '2017-02-30', '2015-02-29', '1900-02-29', '2017-04-31', '2017-00-10', '2017-01-00', '0050-01-01'].filter(
        isCalendarDate,
      ),
    ).toEqual([]);
  });

  it('knows the 24-hour clock', () => {
    expect(['00:00', '09:30', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '99:99', '12:60', '7:00', '07:00:00'].some(isClockTime)).toBe(false);
  });

  it('the schema refuses what the site could not format, with the value in the message', () => {
    expect(isoDate.safeParse('2017-13-45').error?.issues[0]?.message).toMatch(/^2017-13-45 is not a date in the calendar/);
    expect(isoDate.safeParse('2017-02-30').success).toBe(false);
    expect(isoDate.safeParse('13 July 2017').error?.issues.map((issue) => issue.message)).toEqual(['expected a date as YYYY-MM-DD']);
    expect(isoDate.safeParse(new Date('2017-07-11T00:00:00Z')).data).toBe('2017-07-11');
    expect(isoDate.safeParse(new Date('not a date')).success).toBe(false);
    expect(clockTime.safeParse('99:99').error?.issues[0]?.message).toMatch(/^99:99 is not a time of day/);
  });
});
