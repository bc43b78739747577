import { describe, expect, it } from 'vitest';
import { findMeeting, referenceIndex, referredBy } from './references.ts';
import { meeting, recommendation } from './fixtures.test-data.ts';

const committeeId = 'epping-forest-district-council/overview-and-scrutiny-committee';
const earlier = meeting('m/earlier', { date: '2017-02-01' });
const later = meeting('m/later', {
  date: '2017-07-11',
  references: [{ date: '2017-02-01', text: 'the minutes of the meeting held on 1 February 2017' }],
});
const elsewhere = meeting('m/elsewhere', { date: '2017-02-01', committee: 'other/committee', council: 'other' });
const index = referenceIndex([earlier, later, elsewhere], []);

describe('meeting references', () => {
  it('finds the meeting of the same committee held on the date', () => {
    expect(findMeeting('2017-02-01', later.data, index)?.id).toBe('m/earlier');
  });

  it('finds nothing when the archive does not hold the meeting', () => {
    expect(findMeeting('2016-01-01', later.data, index)).toBeNull();
  });

  it('falls back to the council when the committee is not stated', () => {
    expect(findMeeting('2017-02-01', { council: 'other', committee: null }, index)?.id).toBe('m/elsewhere');
  });

  it('lists meetings and recommendations that refer to a meeting, once each', () => {
    const tracked = recommendation('r/1', {
      committee: committeeId,
      council: 'epping-forest-district-council',
      meetingDates: ['2017-02-01', '2017-02-01'],
    });
    const unrelated = recommendation('r/2', { committee: 'other/committee', meetingDates: ['2017-02-01'] });
    const byCouncil = recommendation('r/3', { council: 'epping-forest-district-council', meetingDates: ['2017-02-01'] });
    const full = referenceIndex([earlier, later, elsewhere], [tracked, unrelated, byCouncil]);
    expect(referredBy(earlier, full).map((r) => `${r.kind}:${r.entry.id}`)).toEqual([
      'meeting:m/later',
      'recommendation:r/1',
      'recommendation:r/3',
    ]);
  });
});
