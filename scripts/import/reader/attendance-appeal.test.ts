import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

describe("readAttendance: an appeal panel's clerk, presenting officer and appellants", () => {
  it('reads the clerk and the presenting officer as officers with their posts, and the appellant as a party', () => {
    const found = readAttendance([
      'Panel',
      '  Mrs Ruth Galley (Chair, lay member)',
      '  Mr Ivo Penn (person with experience in education)',
      '',
      'Clerk to the Panel:  Miss Nell Arden',
      'Presenting officer:  Mr Tobias Crane, School Admissions Manager',
      'Appellant:           Mrs Dana Hope (mother)',
      '',
      '1. Introductions',
    ]);
    expect(found.attendance.present).toEqual(['Mrs Ruth Galley', 'Mr Ivo Penn']);
    expect(found.attendance.officers).toEqual(['Miss Nell Arden, Clerk to the Panel', 'Mr Tobias Crane, School Admissions Manager']);
    expect(found.attendance.presenters).toEqual(['Mrs Dana Hope (Appellant, mother)']);
    expect(found.lines).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('reads "Legal Adviser to the Board:" and two appellants, and "Mr and Mrs" as two people who share the surname', () => {
    const found = readAttendance([
      'Legal Adviser to the Board: Ms Pia Lund',
      'Appellants: Mr R Frew and Ms S Dale (parents)',
      '',
      '1. Introductions',
    ]);
    expect(found.attendance.officers).toEqual(['Ms Pia Lund, Legal Adviser to the Board']);
    expect(found.attendance.presenters).toEqual(['Mr R Frew (Appellant, parents)', 'Ms S Dale (Appellant, parents)']);
    // The initial is printed with the second title only: the first person's name is the surname alone, as printed.
    const shared = readAttendance(['Appellants: Mr and Mrs T Quayle (parents)', '', '1. Introductions']);
    expect(shared.attendance.presenters).toEqual(['Mr Quayle (Appellant, parents)', 'Mrs T Quayle (Appellant, parents)']);
    expect(shared.lines).toEqual([0]);
    const plain = readAttendance(['Appellant:   Dr & Mr Renshaw', '', '1. Introductions']);
    expect(plain.attendance.presenters).toEqual(['Dr Renshaw (Appellant)', 'Mr Renshaw (Appellant)']);
  });

  it('reads "Panel" over one line of several names as those present, and warns of "Panel" over one name it does not read', () => {
    const run = readAttendance(['Panel', '  Mrs Ruth Galley (Chair), Mr Ivo Penn and Ms Una Dale', '', '1. Introductions']);
    expect(run.attendance.present).toEqual(['Mrs Ruth Galley', 'Mr Ivo Penn', 'Ms Una Dale']);
    const alone = readAttendance(['The Panel', '  Mrs Ruth Galley (Chair, lay member)', '', '1. Introductions']);
    expect(alone.attendance.present).toEqual([]);
    expect(alone.unread).toEqual([{ heading: 'The Panel', first: 'Mrs Ruth Galley (Chair, lay member)' }]);
  });
});
