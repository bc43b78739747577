import { describe, expect, it } from 'vitest';
import { meetingSchema } from './schema.ts';

const record = {
  council: 'dunstow-district-council',
  committee: 'dunstow-district-council/cabinet',
  date: '2025-02-18',
  dateStatus: 'exact',
  status: 'minutes',
  provenance: { file: 'notice.txt', format: 'decision-notice', url: null },
};

describe('meetingSchema: the day a notice of decisions was published and the day its call-in ends', () => {
  it('still parses a record written before the fields, leaving them out', () => {
    const parsed = meetingSchema.parse(record);
    expect('publicationDate' in parsed).toBe(false);
    expect('callInExpiry' in parsed).toBe(false);
  });
  it('keeps both days, and null for a day not stated', () => {
    expect(meetingSchema.parse({ ...record, publicationDate: '2025-02-20', callInExpiry: '2025-02-27' })).toMatchObject({
      publicationDate: '2025-02-20',
      callInExpiry: '2025-02-27',
    });
    expect(meetingSchema.parse({ ...record, callInExpiry: null }).callInExpiry).toBeNull();
  });
  it('refuses a day that is no date, or a date with a time', () => {
    expect(meetingSchema.safeParse({ ...record, publicationDate: '20 February 2025' }).success).toBe(false);
    expect(meetingSchema.safeParse({ ...record, callInExpiry: '2025-02-27T17:00' }).success).toBe(false);
  });
});
