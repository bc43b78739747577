import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { readPiece } from './attendance-person.ts';

describe('"Post (Name)": the holder named in brackets after the post', () => {
  it('reads a holder with their firm after a comma in the bracket as that officer, the post and firm kept', () => {
    const adviser = readPiece('Legal Adviser (Ms T Quinlan, Harbison Reid Solicitors)');
    expect(adviser).toMatchObject({ kind: 'person', name: 'Ms T Quinlan' });
    expect(adviser.kind === 'person' ? adviser.role : null).toContain('Legal Adviser');
    const clerk = readPiece('Clerk to the Panel (Mr Hugo Brandt, Fellbury Borough Council)');
    expect(clerk).toMatchObject({ kind: 'person', name: 'Mr Hugo Brandt' });
  });

  it('reads a councillor in a post’s brackets as a member present with the post, never an officer', () => {
    const found = readAttendance([
      'Present:',
      'The Mayor of the Borough (Councillor Pearl Otway)',
      'The Deputy Mayor (Councillor Ned Fisk)',
      'Councillors: A. Amble, B. Birch and C. Crane',
      '',
      'In attendance: Chief Executive (Ms Ruth Ayling)',
    ]);
    expect(found.attendance.present).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Pearl Otway\b/), expect.stringMatching(/^Ned Fisk\b/)]),
    );
    expect(found.attendance.officers.some((name) => /Otway|Fisk/.test(name))).toBe(false);
    expect(found.attendance.officers).toEqual([expect.stringMatching(/^Ms Ruth Ayling, Chief Executive/)]);
    const chair = readAttendance(['Present:', 'The Chairman of the Council (Councillor Ivo Stainer)', 'Councillors: D. Dunn and E. Eyre']);
    expect(chair.attendance.present).toEqual(expect.arrayContaining([expect.stringMatching(/^Ivo Stainer\b/)]));
    expect(chair.attendance.officers).toEqual([]);
  });
});

describe('officers listed by post, wrapped over lines', () => {
  it('reads a column of posts, one held by two ("Principal Planning Officers (GM and SC)"), a holder with a firm', () => {
    const found = readAttendance([
      'PRESENT:            Councillor A Bell (Chair)',
      '',
      'IN ATTENDANCE:      Head of Planning',
      '                    Principal Planning Officers (KD and RM)',
      '                    Legal Adviser (Ms T Quinlan, Harbison Reid Solicitors)',
      '                    Democratic Services Officer',
    ]);
    expect(found.attendance.officers).toEqual([
      'Head of Planning',
      'Principal Planning Officers (KD and RM)',
      'Ms T Quinlan, Legal Adviser, Harbison Reid Solicitors',
      'Democratic Services Officer',
    ]);
  });

  it('reads posts parted by semicolons over a line cut after "and"', () => {
    const found = readAttendance([
      'PRESENT',
      '',
      'Councillor N Ure (Convener)',
      '',
      'IN ATTENDANCE',
      '',
      'Chief Executive; Director of Finance and Corporate Services; Head of Law and',
      'Democratic Services; R Tosh (Committee Services).',
    ]);
    expect(found.attendance.officers).toEqual([
      'Chief Executive',
      'Director of Finance and Corporate Services',
      'Head of Law and Democratic Services',
      'R Tosh, Committee Services',
    ]);
  });

  it('reads "Post (Mr Name)" entries over lines cut after a dash, the dashed post the holder’s whole', () => {
    const found = readAttendance([
      'Present: Councillor A Bell',
      '',
      'In Attendance:',
      'Development Manager (Mr P Ruddock), Team Leader -',
      'Enforcement (Ms J Haigh), Roads Engineer',
      '(Mr D Skene), Clerk (Mrs L Ure)',
    ]);
    expect(found.attendance.officers).toEqual([
      'Mr P Ruddock, Development Manager',
      'Ms J Haigh, Team Leader, Enforcement',
      'Mr D Skene, Roads Engineer',
      'Mrs L Ure, Clerk',
    ]);
  });
});
