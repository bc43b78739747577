import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { readAttendance } from './attendance.ts';
import { adjournment } from './meeting-dates.ts';

describe('a meeting adjourned and reconvened on a later day', () => {
  it('takes the venue after the reconvened day and time, never the words that date it', () => {
    const licensing = readHeader([
      'ORMSBY BOROUGH COUNCIL',
      'LICENSING COMMITTEE',
      'MINUTES of the meeting held on Tuesday 4 March 2025 at 6.00 pm (adjourned) and',
      'reconvened on Tuesday 11 March 2025 at 6.00 pm, Committee Room 3, Town Hall, Ormsby',
    ]);
    expect(licensing).toMatchObject({ committee: 'Licensing Committee', date: '2025-03-04', venue: 'Committee Room 3, Town Hall, Ormsby' });
    const planning = readHeader([
      'Planning Committee',
      'Minutes of the meeting held on 2 June 2025 at 10.00 am, adjourned at 1 pm and',
      'resumed on Thursday 5 June 2025 at 2.30 pm, the Council Chamber, Riverside House.',
    ]);
    expect(planning.venue).toBe('Council Chamber, Riverside House');
  });
  it('reads the list of those present on the second day, headed with a note in brackets, into the attendance', () => {
    const found = readAttendance(
      [
        'Present on 4 March 2025:',
        'Councillors P Abney (Chair), R Bligh, S Corran',
        '',
        'Present on 11 March 2025 (reconvened meeting):',
        'Councillors P Abney (Chair), R Bligh, T Dace (substitute for Councillor Corran)',
      ]
        .join('\n')
        .split('\n'),
    );
    expect(found.attendance.present).toEqual(['P Abney', 'R Bligh', 'S Corran', 'T Dace']);
    expect(found.attendance.substitutes).toEqual(['T Dace (for Corran)']);
    const resumed = readAttendance(['Present on Thursday 5 June 2025 (adjourned meeting resumed): Councillors Egan, Firth and Gale']);
    expect(resumed.attendance.present).toEqual(['Egan', 'Firth', 'Gale']);
  });
  it('names the later days the meeting sat, so none of them is read as another meeting', () => {
    const text = 'Minutes of the meeting held on 4 March 2025 at 6 pm, adjourned, and reconvened on 11 March 2025 at 6 pm.';
    expect(adjournment(text, '2025-03-04')?.days).toEqual(['2025-03-11']);
  });
});
