import { describe, expect, it } from 'vitest';
import { findMeetingMentions } from './meeting-mentions.ts';

const dates = (text: string, own: string | null = null) => findMeetingMentions(text, { own }).map((found) => found.date);

describe('the date a notice was issued', () => {
  it('is no mention of a meeting, though a body is named just before it', () => {
    expect(dates('Signed: Councillor T Okafor, Chair of the Standards Hearing Sub-Committee Date of notice: 12 March 2025')).toEqual([]);
    expect(dates('Chair of the Member Conduct Hearings Panel. Date issued: 16 July 2025')).toEqual([]);
    expect(dates('Signed on behalf of the Licensing Committee. Date of publication: 2 May 2025')).toEqual([]);
  });
  it('leaves the meetings named before a date as they were', () => {
    expect(dates('The minutes of the meeting held on 5 March 2025 were agreed.')).toEqual(['2025-03-05']);
    expect(dates('Complaints about the meeting of Dunmere Town Council on 14 October 2024 were heard.')).toEqual(['2024-10-14']);
  });
});
