import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

describe('readAttendance: members present listed under the interests they sit for', () => {
  it('reads every member under sub-headings with no colon, indented names under each', () => {
    const found = readAttendance([
      'MEMBERS PRESENT',
      'Walkers, riders and other users',
      '  Mr Owen Pascoe (Chair) - rambling',
      '  Ms Lydia Hurst - equestrian',
      'Owners and occupiers of land',
      '  Mrs Greta Yelland - hill farming and grazing',
      'Other interests',
      '  Cllr Rhoda Penhale - Brackenshaw Council',
      '  Dr Ivo Carne - tourism',
      '',
      '1/25  APOLOGIES',
    ]);
    expect(found.attendance.present).toEqual(['Mr Owen Pascoe', 'Ms Lydia Hurst', 'Mrs Greta Yelland', 'Rhoda Penhale', 'Dr Ivo Carne']);
    expect(found.unread).toEqual([]);
  });

  it('reads every member under labels with a colon, names without titles', () => {
    const found = readAttendance([
      'Members present:',
      'Landowners and land managers:',
      'Gwilym Pryce, Esyllt Haf Morgan',
      'Users of public paths:',
      'Annest Lloyd (Vice-Chair)',
      'Bryn Oakes',
      'Other interests:',
      'Teleri Vaughan',
      '',
      'Apologies: Huw Jenkin',
      '',
      '1. Minutes',
    ]);
    expect(found.attendance.present).toEqual(['Gwilym Pryce', 'Esyllt Haf Morgan', 'Annest Lloyd', 'Bryn Oakes', 'Teleri Vaughan']);
    expect(found.attendance.apologies).toEqual(['Huw Jenkin']);
  });

  it("files the councillors a forum's partner councils send among its members, as the sub-heading lists them", () => {
    const dashed = readAttendance([
      'MEMBERS PRESENT',
      'Users of paths and open country',
      '  Mrs Ruth Garside (Chair) - walking',
      '  Mr Ivo Trent - cycling',
      '  Ms Dora Fyfe - horse riding',
      'Other interests',
      '  Cllr Neil Ambrose - Hartmoor County Council',
      '  Cllr Petra Lowe - Skelwith District Council',
      '  Mr Colm Reddy - tourism',
      '',
      '1/26  APOLOGIES',
    ]);
    expect(dashed.attendance.present).toEqual([
      'Mrs Ruth Garside',
      'Mr Ivo Trent',
      'Ms Dora Fyfe',
      'Neil Ambrose',
      'Petra Lowe',
      'Mr Colm Reddy',
    ]);
    expect(dashed.attendance.alsoPresent).toEqual([]);
    const bracketed = readAttendance([
      'Members present:',
      'Landholders and farmers:',
      'Mr Gareth Moyle, Mrs Iona Beck',
      'Local authority members:',
      'County Councillor Sam Oakes (Hartmoor County Council)',
      'Councillor Lily Ferris (Skelwith District Council)',
      'Access users:',
      'Mr Tom Hardy',
      '',
      '1. Minutes',
    ]);
    expect(bracketed.attendance.present.map((entry) => entry.split(',')[0])).toEqual([
      'Mr Gareth Moyle',
      'Mrs Iona Beck',
      'Sam Oakes',
      'Lily Ferris',
      'Mr Tom Hardy',
    ]);
    expect(bracketed.attendance.alsoPresent).toEqual([]);
  });
});
