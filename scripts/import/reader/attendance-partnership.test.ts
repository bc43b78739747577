import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

describe('readAttendance: a board of partners lists each member with the body they come from', () => {
  it("keeps each member's body, a council's as an outside body's, the chair noted as the chair", () => {
    const found = readAttendance([
      'Voting Members Present:',
      'Councillor Morven Ellis (Chair) - Dunkeld Vale Council',
      'Dr Owen Lathe (Vice Chair) - NHS Carrick Moor',
      'Councillor Hugh Pardew - Dunkeld Vale Council',
      'Ms Ida Rook - Carers Representative',
      '',
      'Apologies:',
      'Councillor Tam Birse - Dunkeld Vale Council',
      '',
      '1. WELCOME',
    ]);
    expect(found.attendance.present).toEqual([
      'Morven Ellis, Dunkeld Vale Council',
      'Dr Owen Lathe, NHS Carrick Moor',
      'Hugh Pardew, Dunkeld Vale Council',
      'Ms Ida Rook, Carers Representative',
    ]);
    expect(found.attendance.apologies).toEqual(['Tam Birse, Dunkeld Vale Council']);
    expect(found.posts).toContainEqual({ post: 'Chair', name: 'Morven Ellis' });
  });

  it("keeps a body no body's word names, after initials and a dash, among those present and the apologies", () => {
    const found = readAttendance([
      'Attendees:',
      'Supt Ray Quill (RQ) - Fenmarsh Police',
      'Nadia Port (NP) - Fenmarsh Fire and Rescue Service',
      'Gil Ashe (GA) - Probation Service',
      'Oona Vale (OV) - Integrated Care Board',
      '',
      'Apologies:',
      'Lev Corr (LC) - Fenmarsh Homes',
      '',
      'Item 1 - Introductions',
    ]);
    expect(found.attendance.present).toEqual([
      'Ray Quill, Supt, Fenmarsh Police',
      'Nadia Port, Fenmarsh Fire and Rescue Service',
      'Gil Ashe, Probation Service',
      'Oona Vale, Integrated Care Board',
    ]);
    expect(found.attendance.apologies).toEqual(['Lev Corr, Fenmarsh Homes']);
  });

  it("keeps a council's own members by name where the list names one council alone", () => {
    const found = readAttendance([
      'Present:',
      'Councillor Ann Vey - Brackwater Borough Council',
      'Councillor Ed Tull - Brackwater Borough Council',
      '',
      '1. Minutes',
    ]);
    expect(found.attendance.present).toEqual(['Ann Vey', 'Ed Tull']);
  });
});
