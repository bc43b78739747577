import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe('readAttendance: a roster headed by its members and a status column', () => {
  it('files each row by its status, the seat label before the colon no name, the rows under it its own', () => {
    const found = read(
      [
        'Forum Members                                  Status',
        'Nursery Heads: Corin Ashdown                   Present',
        '               Maud Fenwright                  Apologies',
        'Secondary Heads: Priya Lanyon (Chair)          Present',
        'Academy Trusts: Idris Mallow (Harefield MAT)   Absent',
        '                Tova Quarrie                   Present',
        '',
        'Other Members',
        'Trade Unions: Selwyn Brack                     Present',
        '',
        'Officers: Nina Ruddle (Finance Manager)',
        '',
        'FF/01 Apologies',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Corin Ashdown', 'Priya Lanyon', 'Tova Quarrie', 'Selwyn Brack']);
    expect(found.attendance.apologies).toEqual(['Maud Fenwright']);
    expect(found.attendance.absent).toEqual(['Idris Mallow, Harefield MAT']);
    expect(found.attendance.officers).toEqual(['Nina Ruddle, Finance Manager']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Priya Lanyon' }]);
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 10]);
  });

  it('reads a roster with no label column, worded "Attended" and "Sent apologies", its cells parted by tabs', () => {
    const found = read(
      [
        'Board Members\tAttendance',
        'Mrs Hester Quaile\tAttended',
        'Mr Dafydd Orrin\tSent apologies',
        'Ms Lowenna Tredgett\tAttended',
        'Dr Amos Vetch\tAbsent',
        '',
        '1. Welcome',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Mrs Hester Quaile', 'Ms Lowenna Tredgett']);
    expect(found.attendance.apologies).toEqual(['Mr Dafydd Orrin']);
    expect(found.attendance.absent).toEqual(['Dr Amos Vetch']);
    expect(found.unread).toEqual([]);
  });

  it('reads a table under a label ending in a colon, the label no sentence that runs on into the table', () => {
    const rows = [
      ['Partner authority', 'Member', 'Attendance'],
      ['Dunholm County Council', 'Cllr Petra Vane', 'Present'],
      ['Eastleigh Vale District Council', 'Cllr Omar Rusk', 'Apologies'],
      ['Kelby Town Council', 'Cllr Tilly Marr', 'Absent'],
    ];
    const tabbed = rows.map((cells) => cells.join('\t'));
    const piped = rows.map((cells) => `| ${cells.join(' | ')} |`);
    for (const [label, table] of [
      ['Members of the Joint Committee:', tabbed],
      ['Membership and attendance:', [piped[0] ?? '', '|---|---|---|', ...piped.slice(1)]],
    ] as const) {
      const found = read([label, '', ...table, '', 'JC/01 Apologies'].join('\n'));
      // The partner authority each member sits for is kept after the name (attendance-authority.ts).
      expect(found.attendance.present).toEqual(['Petra Vane, Dunholm County Council']);
      expect(found.attendance.apologies).toEqual(['Omar Rusk, Eastleigh Vale District Council']);
      expect(found.attendance.absent).toEqual(['Tilly Marr, Kelby Town Council']);
      // "Members of the Joint Committee:" is a known label of the body's members, read with its table; the other is not.
      const labelRead = label.startsWith('Members of') ? [0] : [];
      expect(found.lines).toEqual([...labelRead, ...table.map((_row, index) => index + 2)]);
    }
  });
});
