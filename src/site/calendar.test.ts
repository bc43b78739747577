import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarText, type CalendarContext, type CalendarMeeting } from './calendar.ts';

const context: CalendarContext = {
  site: 'https://scrutiny.example.org/',
  meetingUrl: (id) => `https://scrutiny.example.org/meetings/${id}/`,
  committeeName: (id) => (id === null ? 'Committee not stated' : `Committee ${id}`),
  councilName: (id) => (id === null ? 'Council not stated' : `Council ${id}`),
};

function meeting(id: string, fields: Partial<CalendarMeeting['data']>): CalendarMeeting {
  return {
    id,
    data: {
      date: null,
      startTime: null,
      endTime: null,
      venue: null,
      status: 'minutes',
      committee: 'c/k',
      council: 'c',
      items: [],
      ...fields,
    },
  };
}

function events(text: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('a calendar of meetings', () => {
  const text = calendarText(
    'Test',
    [
      meeting('c/k/2017-07-11', { date: '2017-07-11', startTime: '19:00', venue: 'Committee Room 1, Grays' }),
      meeting('c/k/2015-01-15', { date: '2015-01-15', startTime: '10:00', endTime: '12:25', status: 'agenda' }),
      meeting('c/k/2016-05-12', { date: '2016-05-12', status: 'scheduled' }),
      meeting('c/k/undated-1', {}),
      meeting('c/k/2016-06-01', { date: '2016-06-01', status: 'cancelled' }),
    ],
    context,
  );

  it('parses with ical.js, one event per dated meeting', () => {
    expect(events(text).map((e) => e.uid)).toEqual([
      'meetings/c/k/2017-07-11@scrutiny.example.org',
      'meetings/c/k/2015-01-15@scrutiny.example.org',
      'meetings/c/k/2016-05-12@scrutiny.example.org',
      'meetings/c/k/2016-06-01@scrutiny.example.org',
    ]);
  });

  it('places times in Europe/London: 7pm in July is 18:00Z, 10am in January 10:00Z', () => {
    const [july, january] = events(text);
    expect(july?.startDate.toJSDate().toISOString()).toBe('2017-07-11T18:00:00.000Z');
    expect(january?.startDate.toJSDate().toISOString()).toBe('2015-01-15T10:00:00.000Z');
    expect(january?.endDate.toJSDate().toISOString()).toBe('2015-01-15T12:25:00.000Z');
  });

  it('gives venue, page, status; a meeting without a time is all day; nothing from the clock', () => {
    const [july, , scheduled, cancelled] = events(text);
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(july?.location).toBe('Committee Room 1, Grays');
    expect(july?.component.getFirstPropertyValue('url')).toBe('https://scrutiny.example.org/meetings/c/k/2017-07-11/');
    expect(july?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(scheduled?.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(scheduled?.startDate.isDate).toBe(true);
    expect(scheduled?.startDate.toString()).toBe('2016-05-12');
    expect(calendarText('Test', [meeting('c/k/2017-07-11', { date: '2017-07-11', startTime: '19:00' })], context)).toContain(
      'DTSTAMP:20170711T180000Z',
    );
  });
});
