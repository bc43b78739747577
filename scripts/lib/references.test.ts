import { describe, expect, it } from 'vitest';
import { findMeetingReferences } from './references.ts';

describe('meeting references', () => {
  it('finds dates that name a meeting, not other dates', () => {
    const text = 'The minutes of the meeting held on 1 February 2017 were approved. The visit on 8 January 2019 was noted.';
    expect(findMeetingReferences(text, 44, null)).toEqual([{ date: '2017-02-01', text: 'meeting held on 1 February 2017', item: 44 }]);
  });

  it('reads "meeting of" and weekday forms, and skips the meeting itself', () => {
    expect(findMeetingReferences('the meeting of Thursday, 13th November, 2014', null, null).map((r) => r.date)).toEqual(['2014-11-13']);
    expect(findMeetingReferences('the meeting held on 11 July 2017', null, '2017-07-11')).toEqual([]);
  });
});
