import { describe, expect, it } from 'vitest';
import { findApologies } from '../attendance-text.ts';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

describe('readAttendance: labels of those present in other words', () => {
  it('reads "Members of the Committee present:" over the names as "Present:"', () => {
    const found = read(
      'Members of the Committee present:\nCouncillor Rhona Tate (Chair)\nCouncillors Idris Moss, Lena Park and Owen Vance\n\nApologies: Councillor Sam Wood',
    );
    expect(found.attendance.present).toEqual(['Rhona Tate', 'Idris Moss', 'Lena Park', 'Owen Vance']);
    expect(found.attendance.apologies).toEqual(['Sam Wood']);
  });

  it('reads "Members of the Board in attendance:" and "Members in attendance:" as members present', () => {
    expect(read('Members of the Board in attendance: Cllr D Ruddock, Cllr F Gale').attendance.present).toEqual(['D Ruddock', 'F Gale']);
    const found = read('Members in attendance:\nCllr Tess Orme\nCllr Vic Yeo\n\nOfficers: Ula Penn (Clerk)');
    expect(found.attendance.present).toEqual(['Tess Orme', 'Vic Yeo']);
    expect(found.attendance.officers).toEqual(['Ula Penn, Clerk']);
  });

  it('still reads "Committee members present:"', () => {
    expect(read('Committee members present: Councillors Ada Lowe and Ben Marsh').attendance.present).toEqual(['Ada Lowe', 'Ben Marsh']);
  });
});

describe('readAttendance: apologies said in other words', () => {
  it('reads apologies "recorded on behalf of" and "given for"', () => {
    expect(read('Apologies were recorded on behalf of Alderman K Pollock and Councillor J Hurst.').attendance.apologies).toEqual([
      'K Pollock',
      'J Hurst',
    ]);
    expect(read('Apologies were given for Councillors Mia North and Owen Pike.').attendance.apologies).toEqual(['Mia North', 'Owen Pike']);
    expect(read('Apologies had been submitted by Cllr Rae Dunn.').attendance.apologies).toEqual(['Rae Dunn']);
  });

  it('finds the same wordings in a record read by its kind', () => {
    expect(findApologies('Apologies for absence were recorded on behalf of Councillor Nia Bolt.').apologies).toEqual([
      'Councillor Nia Bolt',
    ]);
    expect(findApologies('Apologies were tendered on behalf of Mr Ivo Lamb.').apologies).toEqual(['Mr Ivo Lamb']);
  });

  it('does not take the meeting for a name after "for"', () => {
    expect(read('Apologies were received for this meeting from Cllr Hal Rigg.').attendance.apologies).toEqual(['Hal Rigg']);
  });
});

describe('readAttendance: staff labels', () => {
  it('reads "Staff:" as officers, the first named kept', () => {
    const found = read(
      'Staff: Gwen Hollis (Landscape Manager), Amir Salt (Planning\nOfficer), Cai Rowe (Farming Officer)\n\nApologies: Cllr Bea Yule',
    );
    expect(found.attendance.officers).toEqual([
      'Gwen Hollis, Landscape Manager',
      'Amir Salt, Planning Officer',
      'Cai Rowe, Farming Officer',
    ]);
  });

  it('reads "Staff present:" and "Employees:" as officers', () => {
    expect(read('Staff present: Mrs L Quill (Clerk)').attendance.officers).toEqual(['Mrs L Quill, Clerk']);
    expect(read('Employees: Ned Frame (Town Clerk), Ola Pratt (Deputy Town Clerk)').attendance.officers).toEqual([
      'Ned Frame, Town Clerk',
      'Ola Pratt, Deputy Town Clerk',
    ]);
  });
});

describe('readAttendance: the officers under a heading of their office', () => {
  it('reads "SECRETARIAT AND ADVISERS" alone on its line as the officers, each post kept', () => {
    const found = read(
      'MEMBERS PRESENT\n  Mr Owen Pascoe (Chair)\n  Ms Lydia Hurst\n\nSECRETARIAT AND ADVISERS\n  Petra Lusk - Access Team Leader, Brackenshaw Council (Secretary)\n  Jory Bolitho - Rights of Way Officer\n\n1/25  APOLOGIES',
    );
    expect(found.attendance.present).toEqual(['Mr Owen Pascoe', 'Ms Lydia Hurst']);
    expect(found.attendance.officers.map((entry) => entry.split(',')[0])).toEqual(['Petra Lusk', 'Jory Bolitho']);
  });

  it('reads "Secretariat:" and "Forum secretariat:" over the one who serves the body', () => {
    expect(read('Present: Cllr Ann Tull, Cllr Bo Vane\nSecretariat: Nia Roe, Clerk to the Forum').attendance.officers).toEqual([
      'Nia Roe, Clerk to the Forum',
    ]);
    const found = read('Present:\nCllr Ann Tull\n\nForum secretariat:\nDai Ormond (Partnership Officer)');
    expect(found.attendance.present).toEqual(['Ann Tull']);
    expect(found.attendance.officers).toEqual(['Dai Ormond, Partnership Officer']);
  });
});
