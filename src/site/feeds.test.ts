import { describe, expect, it } from 'vitest';
import { entryDate, feedEntries, meetingDescription, newest, type FeedSource } from './feeds.ts';
import { fullMeeting, meeting, recommendation } from './fixtures.test-data.ts';

const source = (fields: Partial<FeedSource>): FeedSource => ({
  meetings: [],
  reports: [],
  recommendations: [],
  meetingLabel: (m) => `Committee, ${m.date ?? 'undated'}`,
  ...fields,
});

describe('feed entries', () => {
  const meetings = [
    meeting('c/k/2017-07-11', { date: '2017-07-11', startTime: '19:00', status: 'minutes' }),
    meeting('c/k/2016-05-12', { date: '2016-05-12', status: 'scheduled' }),
    meeting('c/k/undated-1', { date: null, dateStatus: 'not-stated' }),
  ];

  it('give each meeting a GUID that changes when its minutes are published, dated from the record', () => {
    const entries = feedEntries(source({ meetings }));
    expect(entries.map((e) => e.guid)).toEqual([
      'urn:scrutiny-archive:meeting:c/k/2017-07-11:minutes',
      'urn:scrutiny-archive:meeting:c/k/2016-05-12:scheduled',
      'urn:scrutiny-archive:meeting:c/k/undated-1:minutes',
    ]);
    expect(entryDate(entries[0]!)?.toISOString()).toBe('2017-07-11T18:00:00.000Z');
    expect(entryDate(entries[2]!)).toBeUndefined();
  });

  it('list recommendations and each of their updates, newest first, undated last', () => {
    const recs = [
      recommendation('c/r/1', {
        subject: 'Transport',
        meetingDates: ['2015-03-12', '2014-07-10'],
        updates: [{ date: '2018-01-02', text: 'Done.' }],
      }),
    ];
    expect(recs[0]?.data.updateDates).toEqual(['2018-01-02']);
    const entries = newest(feedEntries(source({ meetings, recommendations: recs })));
    expect(entries.map((e) => [e.kind, e.date, e.update])).toEqual([
      ['update', '2018-01-02', 0],
      ['meeting', '2017-07-11', null],
      ['meeting', '2016-05-12', null],
      ['recommendation', '2014-07-10', null],
      ['meeting', null, null],
    ]);
    expect(new Set(entries.map((e) => e.guid)).size).toBe(entries.length);
    expect(newest(entries, 2)).toHaveLength(2);
  });

  it('describe a meeting by its agenda item titles and resolutions, escaped', () => {
    const full = fullMeeting('c/k/2017-07-11', {
      date: '2017-07-11',
      items: [{ number: '48', title: 'Youth <Cabinet>', anchor: 'item-48', resolutions: ['Noted & agreed.'] }],
    }).data;
    const html = meetingDescription(full, 'Committee, 11 July 2017');
    expect(html).toContain('<li>48. Youth &lt;Cabinet&gt;<p>Resolved:</p><ul><li>Noted &amp; agreed.</li></ul></li>');
  });
});
