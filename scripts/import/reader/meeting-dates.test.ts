import { describe, expect, it } from 'vitest';
import { adjournment, adjournmentWarning, consideredOn, dateFields, FOOTER_DATE_NOTE } from './meeting-dates.ts';

describe('adjournment', () => {
  it('names the days of a meeting adjourned and reconvened, and ends the first day when its adjournment is timed', () => {
    const text = [
      'Minutes of the Special Meeting of the Council held on Monday 3 November 2025 at 6.00pm, adjourned, and reconvened on Wednesday 5 November 2025 at 7.00pm.',
      '7. HARBOUR WALL REPAIRS',
      'At 9.40pm, the business not being finished, the Chair adjourned the meeting under Standing Order 11.4 until 7.00pm on Wednesday 5 November 2025.',
      'The meeting reconvened at 7.00pm on 5 November 2025.',
      'The meeting closed at 8.15pm on 5 November 2025.',
    ].join('\n');
    expect(adjournment(text, '2025-11-03', '20:15')).toEqual({
      note: 'Adjourned on 3 November 2025 and reconvened on 5 November 2025, sitting from 19:00 to 20:15.',
      days: ['2025-11-05'],
      firstDayEnd: '21:40',
    });
  });
  it('gives no first-day end where the record does not time the adjournment', () => {
    const text = 'The Panel adjourned. The Panel resumed on 12 November 2025 at 10.00am. The meeting closed at 11.30am.';
    expect(adjournment(text, '2025-11-10')).toEqual({
      note: 'Adjourned on 10 November 2025 and reconvened on 12 November 2025, sitting from 10:00.',
      days: ['2025-11-12'],
      firstDayEnd: null,
    });
  });
  it('reads the time from "was adjourned at" before the sentence that reconvenes it, a date with no year by the meeting\'s', () => {
    const text = 'The meeting was adjourned at 8.55pm. The meeting reconvened on 20 January at 6.30pm.';
    expect(adjournment(text, '2026-01-15')?.firstDayEnd).toBe('20:55');
  });
  it('finds no second sitting in a break the same evening, or in a later hearing the meeting decided on', () => {
    expect(adjournment('The meeting was adjourned at 8.10pm and reconvened at 8.25pm.', '2025-11-03')).toBeNull();
    expect(adjournment('RESOLVED that the hearing be reconvened on 1 December 2025.', '2025-11-03')).toBeNull();
    expect(adjournment('The meeting closed at 9.00pm.', null)).toBeNull();
  });
});

describe('adjournmentWarning', () => {
  it('names the later day, and the end kept or not', () => {
    const note = 'Adjourned on 9 March 2026 and reconvened on 12 March 2026.';
    expect(adjournmentWarning({ note, days: ['2026-03-12'], firstDayEnd: '21:50' })).toContain(
      `${note} Its end is the first day's adjournment (21:50).`,
    );
    expect(adjournmentWarning({ note, days: ['2026-03-12'], firstDayEnd: null })).toContain('Its end is not imported');
  });
});

describe('dateFields: a date printed only in the page footer', () => {
  const footer = { date: '2024-03-14', before: 'Parks and Leisure Panel' };

  it('takes the footer date when the title block has none, and says so', () => {
    expect(dateFields(null, {}, footer)).toEqual({ date: '2024-03-14', dateStatus: 'exact', dateNote: FOOTER_DATE_NOTE, warnings: [] });
  });

  it('keeps the title block date over the footer date, and the footer date over a date given on the command line', () => {
    expect(dateFields('2024-03-12', {}, footer).date).toBe('2024-03-12');
    expect(dateFields(null, { date: '2024-01-01' }, footer).date).toBe('2024-03-14');
  });
});

describe('consideredOn', () => {
  it('reads the date a sentence says the review or appeal was considered at a meeting', () => {
    const lrb = 'The review was considered at a meeting of the LRB on 20 March 2026. The LRB comprised three members.';
    expect(consideredOn(lrb)).toBe('2026-03-20');
    const panel = 'The Appeals Panel heard the appeal at its meeting held on Tuesday\n4 June 2026 in the Council Offices.';
    expect(consideredOn(panel)).toBe('2026-06-04');
  });
  it('reads no other date in the text: a decision, an application, a meeting that deferred it', () => {
    expect(consideredOn('The application was validated on 3 January 2026 and refused on 14 February 2026.')).toBeNull();
    expect(consideredOn('The application was considered at the meeting on 5 May 2026, when it was deferred.')).toBeNull();
    expect(consideredOn('The review was not considered at a meeting on 20 March 2026.')).toBeNull();
  });
  it('is the date of a meeting whose title block states none, after its running footer', () => {
    const meta = { council: null, committee: null, date: null } as unknown as Parameters<typeof dateFields>[1];
    expect(dateFields(null, meta, null, '2026-03-20')).toMatchObject({ date: '2026-03-20', dateStatus: 'exact' });
    expect(dateFields('2026-03-21', meta, null, '2026-03-20').date).toBe('2026-03-21');
  });
});
