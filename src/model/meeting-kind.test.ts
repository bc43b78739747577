import { describe, expect, it } from 'vitest';
import { meetingSchema } from './schema.ts';

const record = {
  council: 'westlow-parish-council',
  committee: 'westlow-parish-council/council',
  date: '2025-03-03',
  dateStatus: 'exact',
  status: 'minutes',
  provenance: { file: 'westlow.txt', format: 'hand-written', url: null },
};

describe('meetingSchema: the kind of meeting and who requisitioned it', () => {
  it('still parses a record written before the fields, leaving them out', () => {
    const parsed = meetingSchema.parse(record);
    expect(parsed.meetingKind).toBeUndefined();
    expect('requisitionedBy' in parsed).toBe(false);
  });
  it('keeps a stated kind and the requisitioners, and a null kind', () => {
    const parsed = meetingSchema.parse({ ...record, meetingKind: 'extraordinary', requisitionedBy: ['A Quarrie', 'B Rendle'] });
    expect(parsed).toMatchObject({ meetingKind: 'extraordinary', requisitionedBy: ['A Quarrie', 'B Rendle'] });
    expect(meetingSchema.parse({ ...record, meetingKind: null }).meetingKind).toBeNull();
  });
  it('refuses a kind outside the closed list', () => {
    expect(meetingSchema.safeParse({ ...record, meetingKind: 'emergency' }).success).toBe(false);
  });
});
