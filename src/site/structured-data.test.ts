import { describe, expect, it } from 'vitest';
import { jsonLdText, meetingJsonLd, personJsonLd } from './structured-data.ts';

describe('JSON-LD', () => {
  it('makes a meeting an Event with its London time, place, organiser, status and minutes', () => {
    const data = meetingJsonLd(
      { date: '2017-07-11', startTime: '19:00', endTime: null, venue: 'Committee Room 1', status: 'minutes' },
      { name: 'Committee, 11 July 2017', url: 'https://x.org/meetings/a/', description: 'Agenda' },
      { name: 'Committee', url: 'https://x.org/committees/c/' },
      { name: 'Council', url: 'https://x.org/councils/c/' },
    );
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2017-07-11T19:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Committee Room 1' },
      organizer: { '@type': 'Organization', name: 'Committee', parentOrganization: { name: 'Council' } },
      subjectOf: { '@type': 'DigitalDocument', url: 'https://x.org/meetings/a/#agenda' },
    });
    expect(data).not.toHaveProperty('endDate');
  });

  it('marks a cancelled meeting EventCancelled, with no minutes or agenda', () => {
    const data = meetingJsonLd(
      { date: '2026-03-11', startTime: '10:00', endTime: null, venue: null, status: 'cancelled' },
      { name: 'Committee, 11 March 2026', url: 'https://x.org/meetings/b/', description: 'Cancelled' },
      null,
      null,
    );
    expect(data).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled' });
    expect(data).not.toHaveProperty('subjectOf');
  });

  it('cannot close its script element', () => {
    const text = jsonLdText(personJsonLd({ name: '</script><b>', url: 'https://x.org/p/', aliases: [], description: null }));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ name: '</script><b>' });
  });
});
