import { describe, expect, it } from 'vitest';
import { headingOf } from './attendance-headings.ts';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe('a label of those attending from a named council or body', () => {
  it('reads "Also present from <council>:" as those also present, each kept with the council', () => {
    const found = read(
      [
        'Present: Councillors R Ames (Chair), T Beal and S Corry.',
        '',
        'Also present from Fenmoor County Council: Cllr A Bell, Cllr C Dunn',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['R Ames', 'T Beal', 'S Corry']);
    expect(found.attendance.alsoPresent).toEqual(['A Bell, Fenmoor County Council', 'C Dunn, Fenmoor County Council']);
    expect(found.unread).toEqual([]);
  });

  it('reads the names under "Also in attendance from the <authority>:" alone on its line, and "Present from <council>:"', () => {
    const found = read(
      [
        'Present from Oakhampton District Council:',
        'Councillor Mia Orr (Chair)',
        'Councillor Jon Pell',
        '',
        'Also in attendance from the Wexley Fire Authority:',
        'Councillor Rhys Tann',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Mia Orr, Oakhampton District Council', 'Jon Pell, Oakhampton District Council']);
    expect(found.attendance.alsoPresent).toEqual(['Rhys Tann, Wexley Fire Authority']);
  });

  it('leaves a label "from" words that are no council or body to the other rules', () => {
    expect(headingOf('Also present from 7.30 pm: Cllr A Bell')).toBeNull();
    expect(headingOf('Also present from Fenmoor County Council: Cllr A Bell')).toMatchObject({
      role: 'alsoPresent',
      rest: 'Cllr A Bell',
      body: 'Fenmoor County Council',
    });
  });
});
