import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

const LABELLED = [
  'PRESENT:',
  '',
  'ELECTED MEMBERS:          Alderman K Dorrian (Chairperson)',
  '                          Councillor B Fyfe (1)',
  '',
  'COMMUNITY MEMBERS:        Mrs Ines Calder',
  '                          Mr Paddy Vost (2)',
  '',
  '(1) From item 3',
  '(2) Items 1 to 4 only',
];

const LISTED = ['Present: Councillor Ann Leck (Chair), Councillor Bo Tanner*, Councillor Cy Ward', '', '* Left after item 5'];

describe('footnoted part attendance after the list', () => {
  it('keeps each numbered footnote, naming the member it marks and its line, never dropping it', () => {
    const found = readAttendance(LABELLED);
    expect(found.attendance.present).toEqual(expect.arrayContaining(['B Fyfe', 'Mr Paddy Vost']));
    const said = found.unread.map((entry) => entry.said ?? '');
    expect(said.some((text) => text.includes('(1) From item 3') && text.includes('B Fyfe'))).toBe(true);
    expect(said.some((text) => text.includes('(2) Items 1 to 4 only') && text.includes('Mr Paddy Vost'))).toBe(true);
    // The footnotes' lines are read, so no other warning repeats them.
    expect(found.lines).toEqual(expect.arrayContaining([8, 9]));
  });

  it('keeps a footnote marked with an asterisk', () => {
    const found = readAttendance(LISTED);
    expect(found.attendance.present).toEqual(expect.arrayContaining(['Bo Tanner']));
    expect(
      found.unread.some((entry) => (entry.said ?? '').includes('* Left after item 5') && (entry.said ?? '').includes('Bo Tanner')),
    ).toBe(true);
  });
});

describe('a footnote reference glued to a name, its note elsewhere', () => {
  it('reads the name without the mark, in brackets or raised, on one line or wrapped', () => {
    const bracketed = readAttendance(['Present: Cllr Hana Okafor (Chair), Cllr Tomas', 'Rydell[2], Cllr Ines Marr[14] and Cllr Bo Kent.']);
    expect(bracketed.attendance.present).toEqual(['Hana Okafor', 'Tomas Rydell', 'Ines Marr', 'Bo Kent']);
    const raised = readAttendance(['Present: Councillor Dee Pryor¹, Councillor Ash Lumb² (Vice-Chair)', 'Apologies: Councillor Ros Hind³']);
    expect(raised.attendance.present).toEqual(['Dee Pryor', 'Ash Lumb']);
    expect(raised.attendance.apologies).toEqual(['Ros Hind']);
  });
});
