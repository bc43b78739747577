import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Our own rosters typed with spaces: a header of the columns over one person a row, as a partnership board types it. */
const BOARD = [
  'Attendees',
  'Name                     Organisation                            Role',
  'Cllr Owain Trefor        Glanfor County Council (Leader)          Chair',
  'Dr Ffion Hale            Glanfor Teaching Health Board            Vice Chair',
  'Rhys Mostyn              Tir Uchel Rivers Trust',
  'Station Commander Ruth Ellery Northcliff Fire and Rescue Service',
  '',
  'Apologies',
  'Alun Bevan (Coastal Housing Association)',
];

const FORUM = [
  'Present:',
  'Name               Role                 Organisation',
  'Marian Stoke       Chair                Westbrook Community Forum',
  'Tobias Grell       Treasurer            Westbrook Allotments Society',
  'Hana Ruiz                               Westbrook Youth Club',
];

describe('rosters typed in columns of spaces', () => {
  it('reads "Name  Organisation  Role" as the table it heads, never its headings or a body as a person', () => {
    const found = readAttendance(BOARD);
    const everyone = Object.values(found.attendance).flat();
    for (const word of ['Name', 'Organisation', 'Role', 'Northcliff Fire', 'Tir Uchel Rivers Trust'])
      expect(everyone.some((name) => name === word || name.startsWith(`${word} `))).toBe(false);
    expect(found.attendance.present).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Owain Trefor\b/), expect.stringMatching(/^Dr Ffion Hale\b/)]),
    );
    expect(found.attendance.present).toEqual(expect.arrayContaining([expect.stringMatching(/^Rhys Mostyn\b/)]));
    expect(found.posts).toEqual(expect.arrayContaining([{ post: 'Chair', name: 'Owain Trefor' }]));
    // The row whose name runs into the body's column cannot be parted: warned of by its line, no person made of it.
    expect(everyone.some((name) => name.includes('Ruth Ellery'))).toBe(false);
    expect(found.unread.some((said) => said.first.includes('Station Commander Ruth Ellery'))).toBe(true);
    expect(found.attendance.apologies).toEqual([expect.stringMatching(/^Alun Bevan/)]);
  });

  it('reads "Name  Role  Organisation" in another order, an empty cell left empty', () => {
    const found = readAttendance(FORUM);
    const everyone = Object.values(found.attendance).flat();
    expect(everyone.some((name) => /^(?:Name|Role|Organisation)$/.test(name))).toBe(false);
    expect(found.attendance.present).toHaveLength(3);
    expect(found.attendance.present).toEqual(expect.arrayContaining([expect.stringMatching(/^Tobias Grell\b/)]));
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Marian Stoke' }]);
    expect(found.attendance.present).toEqual(expect.arrayContaining([expect.stringMatching(/^Hana Ruiz\b/)]));
  });
});
