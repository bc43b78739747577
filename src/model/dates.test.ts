import { describe, expect, it } from 'vitest';
import {
  CLOCK_TIME,
  checkClockTime,
  checkIsoDate,
  dayAndMonth,
  findDates,
  findWrittenDates,
  nextWorkingDay,
  parseClockTime,
  parseDate,
  parseWrittenDate,
} from './dates.ts';

describe('dates', () => {
  it('reads the ways councils write dates', () => {
    expect(parseWrittenDate('Tuesday, 11th July, 2017 7.00 pm')).toBe('2017-07-11');
    expect(parseWrittenDate('held on 1 February 2017.')).toBe('2017-02-01');
    expect(parseWrittenDate('Thursday 12 Sept 2015')).toBe('2015-09-12');
    expect(parseDate('05-Dec-13')).toBeNull();
    expect(parseDate('15/01/2015')).toBe('2015-01-15');
    expect(parseWrittenDate('31 February 2017')).toBeNull();
  });

  it('finds every written date with its place', () => {
    expect(findWrittenDates('on 2 and 3 October, then 8 January 2019').map((d) => d.iso)).toEqual(['2019-01-08']);
  });

  it('reads clock times', () => {
    expect(parseClockTime('7.00 pm')).toBe('19:00');
    expect(parseClockTime('10.30am')).toBe('10:30');
    expect(parseClockTime('12 noon')).toBeNull();
    expect(parseClockTime('12.15 pm')).toBe('12:15');
    expect(parseClockTime('10:00')).toBe('10:00');
    expect(parseClockTime('commencing at 19.30 hrs')).toBe('19:30');
    expect(parseClockTime('at 1930 hours')).toBe('19:30');
    expect(parseClockTime('1930hrs')).toBe('19:30');
    expect(parseClockTime('2460 hours')).toBeNull();
    // Welsh: "y.b." (yn y bore, morning), "y.p." (y prynhawn, afternoon), "yh" (yr hwyr, evening).
    expect(parseClockTime('10.00 y.b.')).toBe('10:00');
    expect(parseClockTime('2.00 y.p.')).toBe('14:00');
    expect(parseClockTime('8.35yh')).toBe('20:35');
    expect(new RegExp(CLOCK_TIME).exec('am 11.40 y.b.')?.[0]).toBe('11.40 y.b.');
    // The same words written out: "yr hwyr" (the evening), "y prynhawn" (the afternoon), "y bore" (the morning), "y nos" (the night).
    expect(parseClockTime('am 7.00 yr hwyr')).toBe('19:00');
    expect(parseClockTime('2.30 y prynhawn')).toBe('14:30');
    expect(parseClockTime('10.15 yn y bore')).toBe('10:15');
    expect(parseClockTime('9 y bore')).toBe('09:00');
    expect(parseClockTime('11.05 y nos')).toBe('23:05');
    expect(new RegExp(CLOCK_TIME).exec('am 6.30 yr hwyr.')?.[0]).toBe('6.30 yr hwyr');
    // A figure before other Welsh words beginning so is no time: "7 y brif ffordd" ("7 the main road").
    expect(new RegExp(CLOCK_TIME).exec('eitem 7 y brif ffordd')).toBeNull();
  });

  it('steps over weekends to the next working day', () => {
    expect(nextWorkingDay('2018-11-15')).toBe('2018-11-16');
    expect(nextWorkingDay('2018-11-16')).toBe('2018-11-19');
  });
});

describe('dates in running text', () => {
  it('are found written or numeric, a year taken from the context when none is written', () => {
    const found = findDates('On Thursday, 25th April 2024, after June 5 and 15/01/2015, the minutes of March were agreed.', '2024-05-01');
    expect(found.map((date) => date.iso)).toEqual(['2024-04-25', '2024-06-05', '2015-01-15']);
    expect(findDates('The minutes of the meeting in April were agreed.', '2024-05-01')).toEqual([]);
  });

  it('take in a weekday shortened as councils shorten it ("Weds", "Thur", "Tues")', () => {
    const found = findDates('Meet on Weds 10th September 2025, Thur 11 September 2025 and Tues. 16 September 2025.', null);
    expect(found.map((date) => date.text)).toEqual(['Weds 10th September 2025', 'Thur 11 September 2025', 'Tues. 16 September 2025']);
  });
  it('are found in Welsh, as Welsh-language and bilingual records write them, with Welsh ordinals', () => {
    const found = findDates('Dydd Gwener, 20 Medi, 2024; 3ydd Mawrth 2025; 1af Mai 2023; 11eg Rhagfyr 2022');
    expect(found.map((date) => date.iso)).toEqual(['2024-09-20', '2025-03-03', '2023-05-01', '2022-12-11']);
    expect(findDates('the mediation on 4 May 2024').map((date) => date.iso)).toEqual(['2024-05-04']);
  });
  it('are found in ISO form, with hyphens, and as "the 9th day of January"', () => {
    const found = findDates('Held on 2023-01-09, then 9-1-2023, then the 9th day of January 2023; not ref 22-01-234 nor 2023-01-09-2.');
    expect(found.map((date) => date.iso)).toEqual(['2023-01-09', '2023-01-09', '2023-01-09']);
  });
});

describe('strict ISO dates and times', () => {
  it('accepts real calendar dates only', () => {
    expect(checkIsoDate('2016-02-29')).toBe('2016-02-29');
    expect(checkIsoDate('2015-02-29')).toBeNull();
    expect(checkIsoDate('2099-13-45')).toBeNull();
    expect(checkIsoDate('2017-04-31')).toBeNull();
    expect(checkIsoDate('2015-02-28T23:00:00+02:00')).toBeNull();
    expect(checkIsoDate('2017-7-1')).toBeNull();
    expect(checkIsoDate(' 2017-07-01')).toBeNull();
  });

  it('accepts real clock times only', () => {
    expect(checkClockTime('00:00')).toBe('00:00');
    expect(checkClockTime('23:59')).toBe('23:59');
    expect(checkClockTime('24:00')).toBeNull();
    expect(checkClockTime('99:99')).toBeNull();
    expect(checkClockTime('7:00')).toBeNull();
  });
});

describe('a date that may leave out its year', () => {
  it('reads a day and a month, with the year when printed, from a date alone', () => {
    expect(dayAndMonth('12 Jan')).toEqual({ day: 12, month: 1, year: null });
    expect(dayAndMonth('9th March')).toEqual({ day: 9, month: 3, year: null });
    expect(dayAndMonth('11 May 2026')).toEqual({ day: 11, month: 5, year: 2026 });
    expect(dayAndMonth('09/03/26')).toEqual({ day: 9, month: 3, year: 2026 });
    expect(dayAndMonth('14.1')).toEqual({ day: 14, month: 1, year: null });
    expect(dayAndMonth('31 Feb')).toBeNull();
    expect(dayAndMonth('Member')).toBeNull();
    expect(dayAndMonth('12 Jan and more')).toBeNull();
  });
});
